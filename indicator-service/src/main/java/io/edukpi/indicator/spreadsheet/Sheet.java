package io.edukpi.indicator.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the tabular catalogue (a workbook sheet, or the rows of one sheet in the CSV). Cells are
 * {@code String}, {@code java.math.BigDecimal} or absent; {@code rowNumbers} are 1-based as a spreadsheet shows them.
 */
public final class Sheet {

    private final String name;
    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();

    public Sheet(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Map<String, Object>> rows() {
        return rows;
    }

    public int rowNumber(int index) {
        return rowNumbers.get(index);
    }

    /** Adds a row; values by column name (unknown names are ignored by writers). */
    public Map<String, Object> add(int rowNumber) {
        Map<String, Object> row = new LinkedHashMap<>();
        rows.add(row);
        rowNumbers.add(rowNumber);
        return row;
    }

    public Map<String, Object> add() {
        return add(rows.size() + 2);
    }
}
