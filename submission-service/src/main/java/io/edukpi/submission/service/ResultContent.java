package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an office keys for a result. {@code value} for THRESHOLD and PASS_FAIL indicators,
 * {@code stepsCompleted} for MILESTONE ones; FORM indicators take no value (it is computed from
 * {@code officeForm} and the schools' forms).
 */
public record ResultContent(
        BigDecimal value,
        List<Integer> stepsCompleted,
        @Size(max = 20000) String narrative,
        @Size(max = 20000) String problems,
        @Size(max = 20000) String suggestions,
        @Valid Person dataCollector,
        @Valid Person supervisor,
        @Valid Certifier certifier,
        JsonNode officeForm) {

    /** The data collector or the indicator supervisor named on the KRS form. */
    public record Person(@Size(max = 300) String name, @Size(max = 300) String position,
            @Size(max = 50) String phone, @Size(max = 300) String email) {
    }

    /** The certifier block of the reference forms: who certifies the data and when. */
    public record Certifier(@Size(max = 300) String name, @Size(max = 300) String position,
            LocalDate certifiedOn) {
    }
}
