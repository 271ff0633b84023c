package io.edukpi.registry.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.service.Student;

@Schema(description = "Student records of one round")
public record StudentBatch(
        @Schema(description = "1 to 5,000 records, each answered on its own") @NotEmpty @Size(max = 5000) List<@NotNull Student> records) {
}
