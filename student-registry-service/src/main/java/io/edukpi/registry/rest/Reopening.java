package io.edukpi.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Reopening(@NotBlank @Size(max = 1000) String reason) {
}
