package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

/**
 * A student record from an MIS. Values are text as the MIS has them: the registry checks and
 * converts them (B.E. dates, class labels) with the same rules as a file upload.
 */
@Schema(description = "A student's record of a round as the MIS has it: text values, checked with the rules of a file upload")
public record Student(
        @Schema(description = "The school enrolling the student", example = "1050130001") String schoolCode,
        @Schema(description = "Citizen ID with check digit, or a G-code (G and 12 digits)", example = "1101112345679") String citizenId,
        @Schema(description = "Name prefix", example = Examples.PREFIX) String prefix,
        @Schema(description = "First name", example = Examples.FIRST_NAME) String firstName,
        @Schema(description = "Last name", example = Examples.LAST_NAME) String lastName,
        @Schema(description = "Date of birth; " + Examples.STUDENT_DATE, example = "2557-05-14") String birthDate,
        @Schema(description = Examples.CLASS_LEVELS, example = Examples.CLASS_LEVEL) String classLevel,
        @Schema(description = "The school's student number", example = "12345") String studentNumber,
        @Schema(description = "Weight in kg", example = "32.5") String weightKg,
        @Schema(description = "Height in cm", example = "135") String heightCm,
        @Schema(description = "House registration code (11 digits)", example = "73020012345") String houseCode,
        @Schema(description = "Code of the ethnicity list", example = "099") String ethnicity,
        @Schema(description = "Code of the nationality list", example = "099") String nationality,
        @Schema(description = "Code of the religion list", example = "1") String religion,
        @Schema(description = "Code of the disability list", example = "00") String disability,
        @Schema(description = "Code of the travel-mode list", example = "5") String travelMode,
        @Schema(description = "Distance from home to school in km", example = "3.5") String distanceKm,
        @Schema(description = "Sub-district code (6 digits)", example = "730201") String subdistrictCode,
        @Schema(description = "Father's name", example = Examples.PARENT) String fatherName,
        @Schema(description = "Mother's name", example = Examples.PARENT) String motherName,
        @Schema(description = "Father's citizen ID", example = "1101112345679") String fatherId,
        @Schema(description = "Mother's citizen ID", example = "3101112345675") String motherId) {
}
