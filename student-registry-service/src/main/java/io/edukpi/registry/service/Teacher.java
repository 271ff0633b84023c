package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record Teacher(
        @Schema(example = "1050130001") String schoolCode,
        @Schema(example = "3101112345671") String citizenId,
        String prefix, String firstName, String lastName,
        @Schema(example = "2525-01-31") String birthDate,
        String majorSubject, String highestQualification,
        String firstTeachingDate, String firstAppointedDate,
        String position, String address, String personnelType) {
}
