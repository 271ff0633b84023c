package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A person's enrolment in a census round")
public record Enrolment(
        @Schema(description = "The census round's id", example = "1") long roundId,
        @Schema(description = "The round's academic year, C.E.", example = "2024") int academicYear,
        @Schema(description = "1: census of 10 June, 2: of 10 November", example = "1") int roundNo,
        @Schema(description = "The school", example = "1050130001") String schoolCode,
        @Schema(description = "Class level", example = Examples.CLASS_LEVEL) String classLevel,
        @Schema(description = "The school's student number", example = "12345") String studentNumber) {
}
