package io.edukpi.indicator.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.IndicatorMessage;

/**
 * The tabular catalogue as an Excel workbook (.xlsx), one sheet per table, headers in row 1. Text that
 * starts like a formula is a string cell marked quote-prefixed (OWASP CSV injection), its value unchanged.
 */
public final class XlsxFormat {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An .xlsx is a ZIP archive: it starts with "PK\3\4". */
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    /** Excel's limit on the text of one cell. */
    private static final int MAX_CELL_CHARS = 32_767;

    static {
        // POI's own guards behind XlsxLimits: the same ratio per part, the same size for any one part.
        ZipSecureFile.setMinInflateRatio(1.0 / XlsxLimits.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(XlsxLimits.MAX_UNPACKED_BYTES);
    }

    private XlsxFormat() {
    }

    public static byte[] write(List<Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
            for (Sheet sheet : sheets) {
                XSSFSheet xs = workbook.createSheet(sheet.name());
                Row header = xs.createRow(0);
                for (int c = 0; c < sheet.columns().size(); c++) {
                    header.createCell(c).setCellValue(sheet.columns().get(c));
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    Row row = xs.createRow(r + 1);
                    Map<String, Object> values = sheet.rows().get(r);
                    for (int c = 0; c < sheet.columns().size(); c++) {
                        Object v = values.get(sheet.columns().get(c));
                        if (v instanceof BigDecimal d) {
                            row.createCell(c).setCellValue(d.doubleValue());
                        } else if (v != null) {
                            String text = v.toString();
                            if (text.length() > MAX_CELL_CHARS) {
                                throw tooLong(sheet.name(), r + 2, c + 1, sheet.columns().get(c), text.length());
                            }
                            Cell cell = row.createCell(c);
                            cell.setCellValue(text);
                            if (!Csv.formulaSafe(text).equals(text)) {
                                // Excel's own apostrophe: shown and edited as text, the value stays as it is.
                                cell.setCellStyle(asText);
                            }
                        }
                    }
                }
                xs.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Sheet> read(byte[] body) {
        if (body.length < 4 || body[0] != ZIP_MAGIC[0] || body[1] != ZIP_MAGIC[1] || body[2] != ZIP_MAGIC[2]
                || body[3] != ZIP_MAGIC[3]) {
            throw notXlsx("the file does not start like an .xlsx (ZIP) file");
        }
        XlsxLimits.check(body);
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                XSSFSheet xs = workbook.getSheetAt(index);
                Row header = xs.getRow(xs.getFirstRowNum());
                List<String> columns = new ArrayList<>();
                if (header != null) {
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        Cell cell = header.getCell(c);
                        columns.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
                    }
                }
                Sheet sheet = new Sheet(xs.getSheetName(), columns);
                for (int r = xs.getFirstRowNum() + 1; r <= xs.getLastRowNum(); r++) {
                    Row row = xs.getRow(r);
                    if (row == null || isBlank(row)) {
                        continue;
                    }
                    Map<String, Object> values = sheet.add(r + 1);
                    for (int c = 0; c < columns.size(); c++) {
                        Object v = value(row.getCell(c));
                        if (v != null && !columns.get(c).isEmpty()) {
                            values.put(columns.get(c), v);
                        }
                    }
                }
                sheets.put(sheet.name(), sheet);
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw notXlsx(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (value(cell) != null) {
                return false;
            }
        }
        return true;
    }

    /** Numbers as the sheet shows them (34.58, not 34.579999...); formulas by their cached result. */
    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            case STRING:
                String s = cell.getStringCellValue();
                return s == null || s.isEmpty() ? null : s;
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return null;
        }
    }

    private static ProblemException tooLong(String sheet, int row, int column, String name, int length) {
        Finding cell = ImportFindings.inCell(IndicatorMessage.CELL_TOO_LONG.at(sheet + "." + name, length, MAX_CELL_CHARS),
                row, column);
        return ProblemException.unprocessable(IndicatorMessage.DOES_NOT_FIT_XLSX.text(), List.of(cell));
    }

    private static ProblemException notXlsx(String why) {
        return ProblemException.invalid(IndicatorMessage.NOT_XLSX.text(why),
                List.of(IndicatorMessage.NOT_XLSX.at("file", why)));
    }
}
