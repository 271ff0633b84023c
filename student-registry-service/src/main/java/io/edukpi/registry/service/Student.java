package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

/**
 * A student record from an MIS. Values are text as the MIS has them: the registry checks and
 * converts them (B.E. dates, class labels) with the same rules as a file upload.
 */
public record Student(
        @Schema(example = "1050130001") String schoolCode,
        @Schema(example = "1101112345679") String citizenId,
        @Schema(example = Examples.PREFIX) String prefix,
        @Schema(example = Examples.FIRST_NAME) String firstName,
        @Schema(example = Examples.LAST_NAME) String lastName,
        @Schema(example = "2557-05-14", description = "yyyy-MM-dd or dd/MM/yyyy, B.E. or C.E.") String birthDate,
        @Schema(example = Examples.CLASS_LEVEL) String classLevel,
        @Schema(example = "12345") String studentNumber,
        @Schema(example = "32.5") String weightKg,
        @Schema(example = "135") String heightCm,
        @Schema(example = "73020012345") String houseCode,
        @Schema(example = "099") String ethnicity,
        @Schema(example = "099") String nationality,
        @Schema(example = "1") String religion,
        @Schema(example = "00") String disability,
        @Schema(example = "5") String travelMode,
        @Schema(example = "3.5") String distanceKm,
        @Schema(example = "730201") String subdistrictCode,
        String fatherName, String motherName, String fatherId, String motherId) {
}
