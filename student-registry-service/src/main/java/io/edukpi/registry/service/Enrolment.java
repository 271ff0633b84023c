package io.edukpi.registry.service;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Enrolment(long roundId, int academicYear, int roundNo, String schoolCode, String classLevel,
        String studentNumber) {
}
