package io.edukpi.indicator.spreadsheet;

import static io.edukpi.indicator.domain.IndicatorMessage.NOT_AN_INTEGER;
import static io.edukpi.indicator.domain.IndicatorMessage.NOT_A_DATE;
import static io.edukpi.indicator.domain.IndicatorMessage.NOT_A_NUMBER;
import static io.edukpi.indicator.domain.IndicatorMessage.NOT_JSON;
import static io.edukpi.indicator.domain.IndicatorMessage.UNKNOWN_VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.Finding;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.json.TreeLimits;

/**
 * Typed access to one row of a sheet. A wrong cell is recorded with its sheet, row and column, and reads
 * as absent, so one import reports every problem of the file at once.
 */
final class CellReader {

    private final ImportFindings findings;
    private final Sheet sheet;
    private final int rowNumber;
    private final Map<String, Object> row;

    CellReader(ImportFindings findings, Sheet sheet, int rowNumber, Map<String, Object> row) {
        this.findings = findings;
        this.sheet = sheet;
        this.rowNumber = rowNumber;
        this.row = row;
    }

    /** The cell as text; a control character in it is refused (reads as absent). */
    String text(String column) {
        Object v = row.get(column);
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v == null || v.toString().isEmpty()) {
            return null;
        }
        return refused(column, InputLimits.text(v.toString(), column)) ? null : v.toString();
    }

    /** The cell as a decimal within commons' limits, as JSON numbers are. */
    BigDecimal number(String column) {
        Object v = row.get(column);
        BigDecimal d;
        if (v == null || v instanceof BigDecimal) {
            d = (BigDecimal) v;
        } else if (v.toString().isBlank()) {
            return null;
        } else {
            String s = v.toString().trim();
            try {
                d = new BigDecimal(s);
            } catch (NumberFormatException e) {
                error(column, NOT_A_NUMBER, s, s);
                return null;
            }
        }
        return refused(column, InputLimits.number(d, column)) ? null : d;
    }

    Integer integer(String column) {
        BigDecimal d = number(column);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            error(column, NOT_AN_INTEGER, d.toPlainString(), d.toPlainString());
            return null;
        }
    }

    LocalDate date(String column) {
        String s = text(column);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            error(column, NOT_A_DATE, s, s);
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return parseEnum(column, text(column), type);
    }

    /** One value of the column (which may hold a list), read as a constant of {@code type}. */
    <E extends Enum<E>> E parseEnum(String column, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            error(column, UNKNOWN_VALUE, value, value, allowed);
            return null;
        }
    }

    <T> List<T> jsonList(String column, TypeReference<List<T>> type) {
        List<T> list = jsonValue(column, type);
        return list == null ? List.of() : list;
    }

    <T> T jsonValue(String column, TypeReference<T> type) {
        String s = text(column);
        if (s == null) {
            return null;
        }
        try {
            JsonNode tree = CatalogueJson.MAPPER.readTree(s);
            List<Finding> refusals = TreeLimits.refusals(tree, column);
            refusals.forEach(f -> refused(column, Optional.of(f)));
            return refusals.isEmpty() ? CatalogueJson.MAPPER.convertValue(tree, type) : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            error(column, NOT_JSON, null, why);
            return null;
        }
    }

    /** Records a refusal of commons' input limits in this row's cell; true when there was one. */
    private boolean refused(String column, Optional<Finding> refusal) {
        refusal.ifPresent(f -> findings.add(f.atField(sheet.name() + "." + f.field()), row(), columnNumber(column)));
        return refusal.isPresent();
    }

    /** Records a problem of this row's cell in {@code column}; {@code rejected} is the value as the file holds it. */
    void error(String column, IndicatorMessage message, Object rejected, Object... arguments) {
        findings.add(message.at(sheet.name() + "." + column, arguments).withValue(rejected), row(), columnNumber(column));
    }

    /** The head sheet is read by key, not by row: its findings name the key. */
    private Integer row() {
        return sheet.name().equals(CatalogueSheet.CATALOGUE.sheetName()) ? null : rowNumber;
    }

    private Integer columnNumber(String column) {
        int columnNumber = sheet.columns().indexOf(column) + 1;
        return columnNumber > 0 ? columnNumber : null;
    }
}
