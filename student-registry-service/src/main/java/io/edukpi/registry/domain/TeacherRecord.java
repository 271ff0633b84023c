package io.edukpi.registry.domain;

import java.time.LocalDate;

/** A teacher's 10 key items and the school they work at, validated and in stored form. */
public record TeacherRecord(
        String schoolCode,
        PersonId id,
        String prefix,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String majorSubject,
        String highestQualification,
        LocalDate firstTeachingDate,
        LocalDate firstAppointedDate,
        String position,
        String address,
        String personnelType) {

    public boolean complete() {
        return majorSubject != null && highestQualification != null && firstTeachingDate != null
                && firstAppointedDate != null && position != null && address != null && personnelType != null;
    }
}
