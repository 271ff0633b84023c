package io.edukpi.scoring.rest;

import java.util.List;

/** RFC 4180 CSV with a UTF-8 byte order mark, so that spreadsheet programs show Thai text. */
final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    Csv(String... header) {
        row(List.of((Object[]) header));
    }

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells.get(i);
            String value = cell == null ? "" : cell instanceof java.math.BigDecimal d ? d.toPlainString() : cell.toString();
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
