package io.edukpi.registry.service;

import java.util.List;

public record Page<T>(int page, int size, long total, boolean masked, List<T> items) {
}
