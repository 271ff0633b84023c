package io.edukpi.registry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.message.Finding;

/**
 * Dates as Thai systems write them: {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, the year in the
 * Buddhist era (see FiscalYear) or in C.E. A year from 2400 on is B.E.: no C.E. date the registry
 * holds is that late, and no B.E. date that early. The result is always C.E.
 */
public final class ThaiDates {

    private ThaiDates() {
    }

    /** The C.E. date, or a violation saying why the text is not a date that exists. */
    public static Parsed parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return new Parsed(null, RegistryMessage.REQUIRED.at(field));
        }
        String text = raw.trim();
        int year;
        int month;
        int day;
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                year = number(text, 0, 4);
                month = number(text, 5, 7);
                day = number(text, 8, 10);
            } else if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
                day = number(text, 0, 2);
                month = number(text, 3, 5);
                year = number(text, 6, 10);
            } else {
                return new Parsed(null, RegistryMessage.DATE_FORMAT.at(field).withValue(raw));
            }
        } catch (NumberFormatException e) {
            return new Parsed(null, RegistryMessage.DATE_FORMAT.at(field).withValue(raw));
        }
        int ceYear = FiscalYear.toGregorian(year);
        try {
            return new Parsed(LocalDate.of(ceYear, month, day), null);
        } catch (DateTimeException e) {
            return new Parsed(null, RegistryMessage.DATE_NOT_EXIST.at(field).withValue(raw));
        }
    }

    private static int number(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
        }
        return Integer.parseInt(text, from, to, 10);
    }

    public record Parsed(LocalDate date, Finding finding) {
    }
}
