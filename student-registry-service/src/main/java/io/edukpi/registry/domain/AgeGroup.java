package io.edukpi.registry.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The official age bands of enrolment ratios (ages in full years on the census date): 3-5 for
 * pre-primary, 6-11 primary, 12-14 lower secondary, 15-17 upper secondary.
 */
public enum AgeGroup {
    AGE_3_5("3-5", 3, 5),
    AGE_6_11("6-11", 6, 11),
    AGE_12_14("12-14", 12, 14),
    AGE_15_17("15-17", 15, 17);

    private final String label;
    private final int from;
    private final int to;

    AgeGroup(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public static int ageOn(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }

    public static Optional<AgeGroup> of(int age) {
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
