package io.edukpi.registry.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Census dates of an academic year (C.E., starting in May): round 1 counts on 10 June, round 2 on
 * 10 November of the same calendar year.
 */
public final class CensusDates {

    public static final MonthDay ROUND_1 = MonthDay.of(6, 10);
    public static final MonthDay ROUND_2 = MonthDay.of(11, 10);

    private CensusDates() {
    }

    public static LocalDate of(int academicYear, int round) {
        return switch (round) {
            case 1 -> ROUND_1.atYear(academicYear);
            case 2 -> ROUND_2.atYear(academicYear);
            default -> throw new IllegalArgumentException("round is 1 or 2: " + round);
        };
    }
}
