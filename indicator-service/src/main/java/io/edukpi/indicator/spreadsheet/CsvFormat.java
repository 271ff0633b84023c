package io.edukpi.indicator.spreadsheet;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.IndicatorMessage;

/**
 * The tabular catalogue as one RFC 4180 CSV file (UTF-8 with BOM so Excel shows Thai): the first column
 * {@code sheet} names the table a row belongs to, the other columns are the union of every table's columns.
 * Numbers are written plainly; on import every cell is text and parsed by the column's type. Text that
 * starts like a formula is written behind an apostrophe, removed again on import ({@link CsvText}).
 */
public final class CsvFormat {

    public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;
    private static final String BOM = "\uFEFF";

    private CsvFormat() {
    }

    public static byte[] write(List<Sheet> sheets) {
        Set<String> columns = new LinkedHashSet<>();
        sheets.forEach(s -> columns.addAll(s.columns()));
        List<String> header = new ArrayList<>();
        header.add("sheet");
        header.addAll(columns);
        Csv csv = new Csv(header.toArray(String[]::new));
        for (Sheet sheet : sheets) {
            for (Map<String, Object> row : sheet.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(sheet.name());
                for (String column : columns) {
                    Object v = sheet.columns().contains(column) ? row.get(column) : null;
                    cells.add(v == null || v instanceof BigDecimal ? v : CsvText.written(v.toString()));
                }
                csv.row(cells);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Map<String, Sheet> read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(IndicatorMessage.NOT_UTF8.text(), IndicatorMessage.NOT_UTF8.at("file"));
        }
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty() || !records.get(0).contains("sheet")) {
            throw invalid(IndicatorMessage.CSV_WITHOUT_SHEET_COLUMN.text(),
                    IndicatorMessage.MISSING_COLUMN.at("file", "csv", "sheet").atLine(1, null));
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        int sheetColumn = header.indexOf("sheet");
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (int n = 1; n < records.size(); n++) {
            List<String> record = records.get(n);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            String name = sheetColumn < record.size() ? record.get(sheetColumn).trim() : "";
            Sheet sheet = sheets.computeIfAbsent(name, k -> new Sheet(k, columnsOf(k, header)));
            Map<String, Object> row = sheet.add(n + 1);
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                if (c != sheetColumn && !record.get(c).isEmpty()) {
                    row.put(header.get(c), CsvText.read(record.get(c)));
                }
            }
        }
        return sheets;
    }

    /** A known table has the header's columns it defines; a missing one is then reported by the importer. */
    private static List<String> columnsOf(String sheet, List<String> header) {
        return CatalogueSheet.named(sheet).map(known -> header.stream().filter(known.columns()::contains).toList())
                .orElse(header);
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            Finding open = IndicatorMessage.UNTERMINATED_QUOTE.at("file").atLine(line, null);
            throw invalid(IndicatorMessage.UNTERMINATED_QUOTE.text(), open);
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    private static ProblemException invalid(Text detail, Finding finding) {
        return ProblemException.invalid(detail, List.of(finding));
    }
}
