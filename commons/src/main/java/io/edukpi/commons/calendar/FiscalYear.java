package io.edukpi.commons.calendar;

import java.time.LocalDate;

/**
 * A Thai government fiscal year, which runs from 1 October to 30 September and is named by the
 * Buddhist-era year in which it ends: fiscal year 2554 (B.E.) = 1 Oct 2010 to 30 Sep 2011 (C.E.).
 * The one place that knows B.E. = C.E. + 543. Plain Java, usable from every {@code domain} package.
 */
public record FiscalYear(int gregorian) implements Comparable<FiscalYear> {

    /** B.E. years run 543 ahead of C.E. ones. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    /**
     * Years from here on are Buddhist-era: no C.E. year the platform meets is this late, and no B.E.
     * year this early.
     */
    public static final int FIRST_BUDDHIST_YEAR = 2400;

    public static FiscalYear ofGregorian(int year) {
        return new FiscalYear(year);
    }

    public static FiscalYear ofBuddhist(int year) {
        return new FiscalYear(year - BUDDHIST_ERA_OFFSET);
    }

    /** A year in either era: from {@link #FIRST_BUDDHIST_YEAR} on it is read as B.E., below as C.E. */
    public static FiscalYear ofEither(int year) {
        return isBuddhist(year) ? ofBuddhist(year) : ofGregorian(year);
    }

    public static boolean isBuddhist(int year) {
        return year >= FIRST_BUDDHIST_YEAR;
    }

    /** The C.E. year of a year given in either era. */
    public static int toGregorian(int year) {
        return ofEither(year).gregorian();
    }

    /** The B.E. year of a C.E. one (also for calendar years, e.g. a birth year). */
    public static int toBuddhist(int gregorianYear) {
        return gregorianYear + BUDDHIST_ERA_OFFSET;
    }

    public int buddhist() {
        return gregorian + BUDDHIST_ERA_OFFSET;
    }

    /** 1 October of the year before. */
    public LocalDate firstDay() {
        return LocalDate.of(gregorian - 1, 10, 1);
    }

    /** 30 September. */
    public LocalDate lastDay() {
        return LocalDate.of(gregorian, 9, 30);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** The fiscal year a day falls in. */
    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear());
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(gregorian, other.gregorian);
    }

    /** "2554" */
    @Override
    public String toString() {
        return Integer.toString(buddhist());
    }
}
