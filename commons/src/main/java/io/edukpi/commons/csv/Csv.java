package io.edukpi.commons.csv;

import java.math.BigDecimal;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF line ends; a field with a comma, quote or line break quoted, quotes doubled) with a
 * UTF-8 byte order mark, so that Excel set to Thai shows Thai text. Numbers are written as they are
 * (BigDecimal in plain notation, its scale kept).
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
            String value = cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = "\"" + value.replace("\"", "\"\"") + "\"";
            }
            text.append(value);
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
