package io.edukpi.indicator.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.SeedData;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.CatalogueDiff;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.json.CatalogueJson;

class SheetImportExportTest {

    @Test
    void everySeedSurvivesJsonXlsxAndCsvUnchanged() {
        for (String seed : List.of(SeedData.OBEC_2554, SeedData.AREA_OFFICE_MEASURES)) {
            Catalogue original = SeedData.catalogue(seed);
            Catalogue json = CatalogueJson.read(CatalogueJson.canonicalBytes(original));
            Catalogue xlsx = SheetImporter
                    .fromSheets(XlsxFormat.read(XlsxFormat.write(SheetExporter.toSheets(original))));
            Catalogue csv = SheetImporter.fromSheets(CsvFormat.read(CsvFormat.write(SheetExporter.toSheets(original))));
            assertEquals(CatalogueJson.contentHash(original), CatalogueJson.contentHash(json), seed);
            assertTrue(CatalogueDiff.between(original, xlsx).isEmpty(),
                    seed + " xlsx: " + CatalogueDiff.between(original, xlsx));
            assertTrue(CatalogueDiff.between(original, csv).isEmpty(), seed + " csv: " + CatalogueDiff.between(original, csv));
        }
    }

    @Test
    void thaiTextInANumericCellIsReportedWithRowAndColumn() {
        Map<String, Sheet> sheets = sheetsOfSeed();
        Sheet criteria = sheets.get(CatalogueSheet.CRITERIA.sheetName());
        criteria.rows().get(0).put("t3", "สามสิบ");
        ProblemException e = assertThrows(ProblemException.class, () -> SheetImporter.fromSheets(sheets));
        Finding error = e.findings().get(0);
        assertEquals("criteria.t3", error.field());
        assertEquals(2, error.row());
        assertEquals(criteria.columns().indexOf("t3") + 1, error.column());
        assertEquals("not-a-number", error.code());
        assertEquals("สามสิบ", error.value());
    }

    @Test
    void missingSheetsAndColumnsAreAllListed() {
        Map<String, Sheet> sheets = sheetsOfSeed();
        sheets.remove(CatalogueSheet.BASELINES.sheetName());
        Sheet indicators = sheets.get(CatalogueSheet.INDICATORS.sheetName());
        sheets.put(CatalogueSheet.INDICATORS.sheetName(), new Sheet(CatalogueSheet.INDICATORS.sheetName(),
                indicators.columns().stream().filter(c -> !c.equals("weight") && !c.equals("unit")).toList()));
        ProblemException e = assertThrows(ProblemException.class, () -> SheetImporter.fromSheets(sheets));
        assertEquals(List.of("baselines missing-sheet", "indicators.unit missing-column", "indicators.weight missing-column"),
                e.findings().stream().map(x -> x.field() + " " + x.code()).toList());
    }

    @Test
    void aFileThatIsNotXlsxIsRefused() {
        ProblemException notZip = assertThrows(ProblemException.class,
                () -> XlsxFormat.read("code,name\n1,x\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("not-xlsx", notZip.findings().get(0).code());
        ProblemException brokenZip = assertThrows(ProblemException.class,
                () -> XlsxFormat.read(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 }));
        assertEquals(400, brokenZip.status());
    }

    @Test
    void csvQuotingSurvivesNewlinesCommasAndQuotes() {
        Sheet s = new Sheet("rounds", List.of("round", "label", "periodEnd", "deadline"));
        s.add().putAll(Map.of("round", "6", "label", "รอบ \"6\",\nเดือน", "periodEnd", "2011-03-31", "deadline", "2011-04-15"));
        Map<String, Sheet> back = CsvFormat.read(CsvFormat.write(List.of(s)));
        assertEquals("รอบ \"6\",\nเดือน", back.get("rounds").rows().get(0).get("label"));
    }

    @Test
    void aCsvWithoutItsSheetColumnOrWithAnOpenQuoteIsRefused() {
        ProblemException noSheet = assertThrows(ProblemException.class,
                () -> CsvFormat.read("code,name\r\n1,x\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("missing-column", noSheet.findings().get(0).code());
        ProblemException open = assertThrows(ProblemException.class,
                () -> CsvFormat.read("sheet,code\r\nindicators,\"1\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("unterminated-quote", open.findings().get(0).code());
        ProblemException latin = assertThrows(ProblemException.class,
                () -> CsvFormat.read(new byte[] { 's', (byte) 0xE0, ',', 'x' }));
        assertEquals("not-utf8", latin.findings().get(0).code());
    }

    @Test
    void textLongerThanAnExcelCellIsRefusedBeforeWriting() {
        Sheet s = new Sheet("indicators", List.of("code", "description"));
        s.add().putAll(Map.of("code", "1", "description", "ก".repeat(40_000)));
        ProblemException e = assertThrows(ProblemException.class, () -> XlsxFormat.write(List.of(s)));
        assertEquals(422, e.status());
        assertEquals("indicators.description", e.findings().get(0).field());
    }

    @Test
    void controlCharactersAndNumbersBeyondTheLimitsAreRefusedInTheirCells() {
        Map<String, Sheet> sheets = sheetsOfSeed();
        Sheet indicators = sheets.get(CatalogueSheet.INDICATORS.sheetName());
        indicators.rows().get(0).put("name", "ชื่อ\u0000");
        indicators.rows().get(0).put("formulaNumerator", "ตัวตั้ง\u0000");
        Sheet criteria = sheets.get(CatalogueSheet.CRITERIA.sheetName());
        criteria.rows().get(0).put("t3", "1e40");
        criteria.rows().get(0).put("step", new BigDecimal("1E-31"));
        Sheet head = sheets.get(CatalogueSheet.CATALOGUE.sheetName());
        head.rows().stream().filter(r -> "title".equals(r.get("key"))).findFirst().orElseThrow().put("value", "a\u001b");
        ProblemException e = assertThrows(ProblemException.class, () -> SheetImporter.fromSheets(sheets));
        assertEquals(400, e.status());
        assertEquals(List.of("catalogue.title control-character null", "criteria.step number-out-of-range 2",
                "criteria.t3 number-out-of-range 2", "indicators.formulaNumerator control-character 2",
                "indicators.name control-character 2"),
                e.findings().stream().map(f -> f.field() + " " + f.code() + " " + f.row()).sorted().toList());
    }

    @Test
    void aControlCharacterInsideAJsonCellIsRefusedInThatCell() {
        Map<String, Sheet> sheets = sheetsOfSeed();
        Sheet forms = sheets.get(CatalogueSheet.FORMS.sheetName());
        forms.rows().get(0).put("notes", "[\"ok\", \"\\u0007\"]");
        ProblemException e = assertThrows(ProblemException.class, () -> SheetImporter.fromSheets(sheets));
        Finding error = e.findings().get(0);
        assertEquals("forms.notes[1]", error.field());
        assertEquals("control-character", error.code());
        assertEquals(2, error.row());
        assertEquals(forms.columns().indexOf("notes") + 1, error.column());
    }

    @Test
    void textThatStartsLikeAFormulaIsExportedAsTextAndComesBackUnchanged() throws IOException {
        Catalogue seed = SeedData.catalogue(SeedData.OBEC_2554);
        List<String> risky = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=kept", "''x", "'",
                "-12.5");
        List<Indicator> indicators = new ArrayList<>(seed.indicators());
        for (int n = 0; n < risky.size(); n++) {
            Indicator i = indicators.get(n);
            indicators.set(n, new Indicator(i.code(), i.parentCode(), i.name(), risky.get(n), i.unit(), i.weight(),
                    i.description(), i.formula(), i.direction(), i.criterion(), i.baselines(), i.target(), i.dataSource(),
                    i.collectionMethod(), i.guidance(), i.evaluationGuidance(), i.evidenceTypes(), i.responsible(),
                    i.responsibleGroup(), i.startsInRound(), i.cancelledFromRound(), i.resultSource(), i.forms(), i.notes()));
        }
        Catalogue original = seed.withIndicators(indicators);

        String csv = new String(CsvFormat.write(SheetExporter.toSheets(original)), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'=HYPERLINK(\"\"http://x\"\")") || csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        for (String cell : List.of("'+1+1", "'-2+3", "'@SUM(A1)", "''=kept")) {
            assertTrue(csv.contains("," + cell + ","), cell);
        }
        assertTrue(csv.contains(",-12.5,"));
        Catalogue fromCsv = SheetImporter.fromSheets(CsvFormat.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(original.indicators().subList(0, risky.size()).stream().map(Indicator::nameEn).toList(),
                fromCsv.indicators().subList(0, risky.size()).stream().map(Indicator::nameEn).toList());
        assertTrue(CatalogueDiff.between(original, fromCsv).isEmpty(), CatalogueDiff.between(original, fromCsv).toString());

        byte[] xlsx = XlsxFormat.write(SheetExporter.toSheets(original));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet(CatalogueSheet.INDICATORS.sheetName());
            int column = CatalogueSheet.INDICATORS.columns().indexOf("nameEn");
            for (int n = 0; n < risky.size(); n++) {
                Cell cell = sheet.getRow(n + 1).getCell(column);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(risky.get(n), cell.getStringCellValue());
                assertEquals(!Csv.formulaSafe(risky.get(n)).equals(risky.get(n)), cell.getCellStyle().getQuotePrefixed(),
                        risky.get(n));
            }
        }
        Catalogue fromXlsx = SheetImporter.fromSheets(XlsxFormat.read(xlsx));
        assertTrue(CatalogueDiff.between(original, fromXlsx).isEmpty(), CatalogueDiff.between(original, fromXlsx).toString());
    }

    @Test
    void aDecompressionBombIsRefusedBeforeTheWorkbookIsOpened() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[XlsxLimits.MAX_UNPACKED_BYTES + 1]);
        ProblemException e = assertThrows(ProblemException.class, () -> XlsxFormat.read(bomb));
        assertEquals(413, e.status());
        assertEquals("workbook-too-compressed", e.findings().get(0).code());
    }

    @Test
    void anOversizedSheetIsRefusedByItsUnpackedSize() throws IOException {
        StringBuilder xml = new StringBuilder("<worksheet><sheetData>");
        Random random = new Random(7);
        for (int r = 1; xml.length() <= XlsxLimits.MAX_UNPACKED_BYTES; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(random.nextLong())
                    .append("</v></c></row>");
        }
        byte[] big = zip("xl/worksheets/sheet1.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(big.length * 100L > XlsxLimits.MAX_UNPACKED_BYTES, "not a bomb, just big: " + big.length);
        ProblemException e = assertThrows(ProblemException.class, () -> XlsxFormat.read(big));
        assertEquals(413, e.status());
        assertEquals("workbook-too-large", e.findings().get(0).code());
    }

    @Test
    void aTruncatedWorkbookIsReportedAsCutOff() {
        byte[] whole = XlsxFormat.write(SheetExporter.toSheets(SeedData.catalogue(SeedData.OBEC_2554)));
        for (int length : List.of(whole.length / 2, whole.length - 10)) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> XlsxFormat.read(Arrays.copyOf(whole, length)));
            assertEquals(400, e.status());
            assertEquals("workbook-truncated", e.findings().get(0).code(), "cut at " + length);
        }
    }

    @Test
    void aControlCharacterEscapedInTheWorkbooksXmlIsRefusedToo() throws IOException {
        // POI writes '?' for a control character; Excel and hand-made files write it as _x0007_, which POI decodes.
        byte[] xlsx = XlsxFormat.write(SheetExporter.toSheets(SeedData.catalogue(SeedData.OBEC_2554)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("ระดับคะแนนเฉลี่ย", "_x0007_")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        ProblemException e = assertThrows(ProblemException.class,
                () -> SheetImporter.fromSheets(XlsxFormat.read(out.toByteArray())));
        assertEquals("control-character", e.findings().get(0).code());
        assertEquals("indicators.name", e.findings().get(0).field());
        assertTrue(e.findings().get(0).row() > 1);
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }

    private static Map<String, Sheet> sheetsOfSeed() {
        return XlsxFormat.read(XlsxFormat.write(SheetExporter.toSheets(SeedData.catalogue(SeedData.OBEC_2554))));
    }
}
