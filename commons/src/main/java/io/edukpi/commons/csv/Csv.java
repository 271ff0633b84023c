package io.edukpi.commons.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV (CRLF line ends; a field with a comma, quote or line break quoted, quotes doubled) with a
 * UTF-8 byte order mark, so that Excel set to Thai shows Thai text. Numbers are written as they are
 * (BigDecimal in plain notation, its scale kept). Text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first; OWASP's CSV injection rule)
 * is written behind an apostrophe, which Excel and LibreOffice show as text.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv(String... header) {
        row(List.of((Object[]) header));
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells.get(i);
            String value = cell == null ? ""
                    : cell instanceof BigDecimal d ? d.toPlainString()
                            : cell instanceof Number ? cell.toString() : formulaSafe(cell.toString());
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = "\"" + value.replace("\"", "\"\"") + "\"";
            }
            text.append(value);
        }
        text.append("\r\n");
        return this;
    }

    /**
     * Text as a spreadsheet will show it, never run it: a cell that starts like a formula gets an
     * apostrophe in front. A number written as text ({@code -12.5}) is a number to Excel, not a formula.
     */
    public static String formulaSafe(String text) {
        if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    @Override
    public String toString() {
        return text.toString();
    }
}
