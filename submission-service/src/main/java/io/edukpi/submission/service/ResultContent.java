package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.submission.domain.SubmissionMessage.Examples;

/**
 * What an office keys for a result. {@code value} for THRESHOLD and PASS_FAIL indicators,
 * {@code stepsCompleted} for MILESTONE ones; FORM indicators take no value (it is computed from
 * {@code officeForm} and the schools' forms).
 */
public record ResultContent(
        @Schema(description = "The keyed value of a THRESHOLD or PASS_FAIL indicator; none for MILESTONE and FORM ones", example = "74.36") BigDecimal value,
        @Schema(description = "The milestone steps reached (MILESTONE indicators)") List<Integer> stepsCompleted,
        @Schema(description = "How the result was obtained, free text", example = Examples.NARRATIVE) @Size(max = 20000) String narrative,
        @Schema(description = "Problems met, free text") @Size(max = 20000) String problems,
        @Schema(description = "Suggestions, free text") @Size(max = 20000) String suggestions,
        @Schema(description = "The data collector named on the form") @Valid Person dataCollector,
        @Schema(description = "The indicator supervisor named on the form") @Valid Person supervisor,
        @Schema(description = "Who certifies the data, and when") @Valid Certifier certifier,
        @Schema(description = "The office's reference form (1): fields, tables and checklists of the indicator's form") JsonNode officeForm) {

    /** The data collector or the indicator supervisor named on the KRS form. */
    @Schema(description = "A person named on the result's form (data collector or indicator supervisor); every field optional")
    public record Person(@Schema(description = "Full name", example = Examples.PERSON_NAME) @Size(max = 300) String name,
            @Schema(description = "Position", example = Examples.PERSON_POSITION) @Size(max = 300) String position,
            @Schema(description = "Telephone", example = "053-123456") @Size(max = 50) String phone,
            @Schema(description = "E-mail", example = "somsri@example.go.th") @Size(max = 300) String email) {
    }

    /** The certifier block of the reference forms: who certifies the data and when. */
    @Schema(description = "The certifier block of the reference forms: who certifies the data, and when")
    public record Certifier(@Schema(description = "Full name", example = Examples.CERTIFIER_NAME) @Size(max = 300) String name,
            @Schema(description = "Position", example = Examples.CERTIFIER_POSITION) @Size(max = 300) String position,
            @Schema(description = "The day the data were certified (C.E.)", example = "2011-06-30") LocalDate certifiedOn) {
    }
}
