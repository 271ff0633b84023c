package io.edukpi.registry.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewCensusRound(
        @Schema(example = "2567", description = "academic year, B.E.") @NotNull @Min(2500) @Max(2700) Integer academicYear,
        @Schema(example = "1", description = "1: census of 10 June, 2: of 10 November") @NotNull @Min(1) @Max(2) Integer roundNo,
        @Schema(description = "when schools must have certified; defaults to the census date") LocalDate certificationDeadline) {
}
