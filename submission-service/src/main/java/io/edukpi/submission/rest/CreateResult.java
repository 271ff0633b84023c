package io.edukpi.submission.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.service.ResultContent;

/** A new result: which office, catalogue, round and indicator, and what is keyed so far. */
public record CreateResult(
        @Schema(description = "Area office code; the caller's own office when left out", example = "5001") @Pattern(regexp = "[0-9A-Za-z-]{1,20}") String officeCode,
        @Schema(description = "Fiscal year, C.E. (a B.E. year is refused with year-era)", example = "2011") @NotNull @Min(1900) Integer fiscalYear,
        @Schema(description = "Catalogue level: OBEC_AGREEMENT or AREA_OFFICE_MEASURES", example = "OBEC_AGREEMENT") @NotBlank @Pattern(regexp = "OBEC_AGREEMENT|AREA_OFFICE_MEASURES") String level,
        @Schema(description = "Round of the catalogue (1-12)", example = "9") @NotNull @Min(1) @Max(12) Integer round,
        @Schema(description = "Indicator code", example = "1.1.1") @NotBlank @Pattern(regexp = "[0-9]+(\\.[0-9]+)*") String indicatorCode,
        @Schema(description = "The keyed value of a THRESHOLD or PASS_FAIL indicator; none for MILESTONE and FORM ones", example = "74.36") BigDecimal value,
        @Schema(description = "The milestone steps reached (MILESTONE indicators)") List<Integer> stepsCompleted,
        @Schema(description = "How the result was obtained, free text") @Size(max = 20000) String narrative,
        @Schema(description = "Problems met, free text") @Size(max = 20000) String problems,
        @Schema(description = "Suggestions, free text") @Size(max = 20000) String suggestions,
        @Schema(description = "The data collector named on the form") @Valid ResultContent.Person dataCollector,
        @Schema(description = "The indicator supervisor named on the form") @Valid ResultContent.Person supervisor,
        @Schema(description = "Who certifies the data, and when") @Valid ResultContent.Certifier certifier,
        @Schema(description = "The office's reference form (1) of a FORM indicator") JsonNode officeForm) {

    ResultKey key() {
        return new ResultKey(officeCode, fiscalYear, level, round, indicatorCode);
    }

    ResultContent content() {
        return new ResultContent(value, stepsCompleted, narrative, problems, suggestions, dataCollector, supervisor,
                certifier, officeForm);
    }
}
