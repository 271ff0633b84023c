package io.edukpi.registry.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Persons of one age in an office's area for one academic year (Ministry of Interior figures)")
public record PopulationFigure(
        @Schema(description = "The area office", example = "5001") @NotBlank String officeCode,
        @Schema(example = "2024", description = "Academic year, C.E.; a B.E. year is refused with year-era") @NotNull Integer year,
        @Schema(description = "Age in full years", example = "7") @NotNull @Min(0) @Max(30) Integer age,
        @Schema(description = "Persons of that age", example = "1250") @NotNull @Min(0) Integer persons) {
}
