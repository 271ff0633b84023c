package io.edukpi.registry.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.edukpi.registry.service.Student;

public record StudentBatch(@NotEmpty @Size(max = 5000) List<@NotNull Student> records) {
}
