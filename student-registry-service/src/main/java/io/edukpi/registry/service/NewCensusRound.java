package io.edukpi.registry.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A census round to open")
public record NewCensusRound(
        @Schema(example = "2024", description = "Academic year, C.E. (B.E. 2567 is 2024); a B.E. year is refused with year-era") @NotNull @Min(1900) Integer academicYear,
        @Schema(example = "1", description = "1: census of 10 June, 2: of 10 November") @NotNull @Min(1) @Max(2) Integer roundNo,
        @Schema(example = "2024-06-30", description = "When schools must have certified (C.E.); defaults to the census date", implementation = String.class, format = "date") LocalDate certificationDeadline) {
}
