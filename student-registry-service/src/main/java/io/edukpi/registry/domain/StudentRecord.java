package io.edukpi.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A student's 16 key items and the enrolment they were keyed with, validated and in stored form. */
public record StudentRecord(
        String schoolCode,
        PersonId id,
        String prefix,
        String firstName,
        String lastName,
        LocalDate birthDate,
        ClassLevel classLevel,
        String studentNumber,
        BigDecimal weightKg,
        BigDecimal heightCm,
        String houseCode,
        String ethnicity,
        String nationality,
        String religion,
        String disability,
        String travelMode,
        BigDecimal distanceKm,
        String subdistrictCode,
        String fatherName,
        String motherName,
        String fatherId,
        String motherId) {

    /** True when all 16 key items are present (item 6 and 15/16 need both of their values). */
    public boolean complete() {
        return studentNumber != null && weightKg != null && heightCm != null && houseCode != null
                && ethnicity != null && nationality != null && religion != null && disability != null
                && travelMode != null && distanceKm != null && subdistrictCode != null
                && fatherName != null && motherName != null && fatherId != null && motherId != null;
    }
}
