package io.edukpi.indicator.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.SeedData;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.CatalogueDiff;
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

    private static Map<String, Sheet> sheetsOfSeed() {
        return XlsxFormat.read(XlsxFormat.write(SheetExporter.toSheets(SeedData.catalogue(SeedData.OBEC_2554))));
    }
}
