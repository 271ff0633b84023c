package io.edukpi.commons.calendar;

import java.util.List;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;

/**
 * The one year rule of the API: every year a program reads or sends is C.E. A B.E. year is refused with
 * the C.E. year meant, never converted silently and never answered with an empty list.
 */
public final class Years {

    private Years() {
    }

    /** The finding for a year given in the B.E. era, or none. */
    public static List<Finding> eraFindings(String field, Integer year) {
        if (year == null || !FiscalYear.isBuddhist(year)) {
            return List.of();
        }
        return List.of(Finding.of(CommonMessage.YEAR_ERA, field, year, year - FiscalYear.BUDDHIST_ERA_OFFSET)
                .withValue(year));
    }

    /** The year itself when it is C.E.; a 400 problem naming the field otherwise. Null stays null. */
    public static Integer requireGregorian(String field, Integer year) {
        List<Finding> findings = eraFindings(field, year);
        if (!findings.isEmpty()) {
            throw ProblemException.invalid(findings);
        }
        return year;
    }
}
