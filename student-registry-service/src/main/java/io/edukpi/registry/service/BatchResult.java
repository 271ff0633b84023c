package io.edukpi.registry.service;

import java.util.List;

public record BatchResult(int received, int created, int updated, int unchanged, int rejected,
        List<RecordResult> results) {
}
