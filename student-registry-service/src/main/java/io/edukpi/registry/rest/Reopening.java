package io.edukpi.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why certified data are reopened")
public record Reopening(
        @Schema(description = "The reason, audited (1-1000 characters)", example = "Two students' class levels are wrong") @NotBlank @Size(max = 1000) String reason) {
}
