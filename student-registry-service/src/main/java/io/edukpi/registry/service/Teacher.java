package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@Schema(description = "A teacher's 10 key items, as the MIS has them (dates B.E. or C.E.)")
public record Teacher(
        @Schema(description = "The teacher's school", example = "1050130001") String schoolCode,
        @Schema(description = "Citizen ID with check digit; the path's ID wins", example = "3101112345675") String citizenId,
        @Schema(description = "Name prefix", example = Examples.TEACHER_PREFIX) String prefix,
        @Schema(description = "First name", example = Examples.FIRST_NAME) String firstName,
        @Schema(description = "Last name", example = Examples.LAST_NAME) String lastName,
        @Schema(description = "Date of birth; " + Examples.STUDENT_DATE, example = "2525-01-31") String birthDate,
        @Schema(description = "Major subject", example = Examples.SUBJECT) String majorSubject,
        @Schema(description = "Highest qualification", example = Examples.QUALIFICATION) String highestQualification,
        @Schema(description = "First day of teaching; "
                + Examples.STUDENT_DATE, example = "2550-05-16") String firstTeachingDate,
        @Schema(description = "Date of first appointment; "
                + Examples.STUDENT_DATE, example = "2550-05-16") String firstAppointedDate,
        @Schema(description = "Position", example = Examples.POSITION) String position,
        @Schema(description = "Address (not shown without registry-pii)", example = Examples.ADDRESS) String address,
        @Schema(description = "Personnel type", example = Examples.PERSONNEL_TYPE) String personnelType) {
}
