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

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.service.ResultContent;

/** A new result: which office, catalogue, round and indicator, and what is keyed so far. */
public record CreateResult(
        @Pattern(regexp = "[0-9A-Za-z-]{1,20}") String officeCode,
        @NotNull @Min(1900) Integer fiscalYear,
        @NotBlank @Pattern(regexp = "OBEC_AGREEMENT|AREA_OFFICE_MEASURES") String level,
        @NotNull @Min(1) @Max(12) Integer round,
        @NotBlank @Pattern(regexp = "[0-9]+(\\.[0-9]+)*") String indicatorCode,
        BigDecimal value,
        List<Integer> stepsCompleted,
        @Size(max = 20000) String narrative,
        @Size(max = 20000) String problems,
        @Size(max = 20000) String suggestions,
        @Valid ResultContent.Person dataCollector,
        @Valid ResultContent.Person supervisor,
        @Valid ResultContent.Certifier certifier,
        JsonNode officeForm) {

    ResultKey key() {
        return new ResultKey(officeCode, fiscalYear, level, round, indicatorCode);
    }

    ResultContent content() {
        return new ResultContent(value, stepsCompleted, narrative, problems, suggestions, dataCollector, supervisor,
                certifier, officeForm);
    }
}
