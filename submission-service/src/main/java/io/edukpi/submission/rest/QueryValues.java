package io.edukpi.submission.rest;

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
    static final String FORMAT = "csv or json; without it the Accept header decides (JSON by default)";
    static final String YEAR_PROBLEMS = "year-era, unknown-value: a B.E. fiscal year (send C.E.) or a level that is not one of the allowed values";

    /** The two catalogues of a fiscal year. */
    enum Level {
        OBEC_AGREEMENT,
        AREA_OFFICE_MEASURES
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
}
