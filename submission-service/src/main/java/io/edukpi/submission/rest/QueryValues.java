package io.edukpi.submission.rest;

import java.util.Locale;

import io.edukpi.commons.calendar.Years;
import io.edukpi.commons.problem.Enums;

/**
 * The values every operation reads the same way: fiscal years C.E. only, catalogue levels by their exact name.
 * A value in the wrong era or spelling is refused naming what is expected, never answered with nothing.
 */
final class QueryValues {

    static final String FISCAL_YEAR = "Fiscal year, C.E. (a B.E. year such as 2554 is refused with year-era)";
    static final String LEVEL = "Catalogue level: OBEC_AGREEMENT or AREA_OFFICE_MEASURES (anything else is refused with unknown-value)";
    static final String ROUND = "Round of the catalogue (1-12)";
    static final String OFFICE = "Area office code";
    static final String LATE_ONLY = "true: only the offices that are late (the deadline has passed and some expected result is not certified or accepted); false or absent: every office (anything else is refused with unknown-value)";
    static final String FORMAT = "csv or json; without it the Accept header decides (JSON by default)";
    static final String YEAR_PROBLEMS = "year-era, unknown-value: a B.E. fiscal year (send C.E.) or a level that is not one of the allowed values";

    /** The two catalogues of a fiscal year. */
    enum Level {
        OBEC_AGREEMENT,
        AREA_OFFICE_MEASURES
    }

    /** A yes/no query value, spelt as JSON spells it. */
    enum Flag {
        TRUE,
        FALSE
    }

    private QueryValues() {
    }

    static Integer fiscalYear(Integer value) {
        return Years.requireGregorian("fiscalYear", value);
    }

    /** The level's name as the services store it; null stays null. */
    static String level(String value) {
        Level level = Enums.parse(Level.class, "level", value);
        return level == null ? null : level.name();
    }

    /** true or false exactly; absent is false. A typo must not quietly list every office. */
    static boolean flag(String field, String value) {
        return Enums.parse(Flag.class, field, value, f -> f.name().toLowerCase(Locale.ROOT)) == Flag.TRUE;
    }
}
