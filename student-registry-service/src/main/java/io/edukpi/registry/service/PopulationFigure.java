package io.edukpi.registry.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PopulationFigure(
        @NotBlank String officeCode,
        @Schema(example = "2567", description = "B.E. year") @NotNull Integer year,
        @NotNull @Min(0) @Max(30) Integer age,
        @NotNull @Min(0) Integer persons) {
}
