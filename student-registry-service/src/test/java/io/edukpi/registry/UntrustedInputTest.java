package io.edukpi.registry;

import static io.edukpi.registry.RegistryFixture.HEADER;
import static io.edukpi.registry.RegistryFixture.OFFICE;
import static io.edukpi.registry.RegistryFixture.SCHOOL_A;
import static io.edukpi.registry.RegistryFixture.SCHOOL_B;
import static io.edukpi.registry.RegistryFixture.count;
import static io.edukpi.registry.RegistryFixture.ingest;
import static io.edukpi.registry.RegistryFixture.newRound;
import static io.edukpi.registry.RegistryFixture.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.registry.ingest.TextEncoding;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Whatever a file or a request holds, the service answers it with a row or a field, never with a failure of its own. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class UntrustedInputTest {

    @TempDir
    Path dir;

    @Test
    void aControlCharacterInACsvCellRejectsItsRowAndTheOtherRowsLoad() throws IOException {
        long round = newRound();
        Path csv = dir.resolve("nul.csv");
        Files.writeString(csv, HEADER + "\n" + SCHOOL_A + ",G701000000001,ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_A + ",G701000000002,ก\u0000ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_A + ",G701000000003,ก,ข,2557-05-14,ป.4,30\n");
        loadsAllBut(round, csv, "nul.csv", "3,ชื่อ,control-character");
    }

    @Test
    void aControlCharacterInAJsonLinesValueRejectsItsLine() throws IOException {
        long round = newRound();
        Path jsonl = dir.resolve("nul.jsonl");
        Files.writeString(jsonl,
                """
                        {"schoolCode":"%1$s","citizenId":"G702000000001","firstName":"ก","lastName":"ข","birthDate":"2558-03-01","classLevel":"ป.3"}
                        {"schoolCode":"%1$s","citizenId":"G702000000002","firstName":"ก","lastName":"ข\\u0000","birthDate":"2558-03-01","classLevel":"ป.3"}
                        {"schoolCode":"%1$s","citizenId":"G702000000003","firstName":"ก","lastName":"ข","birthDate":"2558-03-01","classLevel":"ป.3"}
                        """
                        .formatted(SCHOOL_A));
        loadsAllBut(round, jsonl, "nul.jsonl", "2,lastName,control-character");
    }

    @Test
    void aControlCharacterInAWorkbookCellRejectsItsRow() throws IOException {
        long round = newRound();
        Path xlsx = dir.resolve("nul.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = book.createSheet();
            String[][] rows = { HEADER.split(","), { SCHOOL_A, "G703000000001", "ก", "ข", "2557-05-14", "ป.4", "30" },
                    { SCHOOL_A, "G703000000002", "ก", "ข", "2557-05-14", "ป.4NUL", "30" },
                    { SCHOOL_A, "G703000000003", "ก", "ข", "2557-05-14", "ป.4", "30" } };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        // POI writes a control character as "?"; Excel writes it as _x0000_, which readers decode.
        Path nul = dir.resolve("nul-excel.xlsx");
        replacePart(xlsx, nul, "xl/sharedStrings.xml", out -> out.write(new String(part(xlsx, "xl/sharedStrings.xml"),
                StandardCharsets.UTF_8).replace("NUL", "_x0000_").getBytes(StandardCharsets.UTF_8)));
        loadsAllBut(round, nul, "nul.xlsx", "3,ชั้น,control-character");
    }

    @Test
    void aControlCharacterInAnMisRecordIsRefusedNamingTheRecordAndField() {
        long round = newRound();
        String mis = TestTokens.misClient("mis-untrusted", SCHOOL_A);
        Map<String, Object> fine = MisAndCertificationTest.student(SCHOOL_A, "G704000000001", "ป.4");
        Map<String, Object> nul = MisAndCertificationTest.student(SCHOOL_A, "G704000000002", "ป.4");
        nul.put("houseCode", "x\u0000x");
        given().auth().oauth2(mis).contentType(ContentType.JSON).body(Map.of("records", List.of(fine, nul)))
                .post("/api/v1/registry/census-rounds/" + round + "/student-batches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("records[1].houseCode"))
                .body("errors[0].code", equalTo("control-character"));
        given().auth().oauth2(mis).contentType(ContentType.JSON).body(nul)
                .put("/api/v1/registry/census-rounds/" + round + "/students/G704000000002")
                .then().statusCode(400).body("errors[0].field", equalTo("houseCode"))
                .body("errors[0].code", equalTo("control-character"));
        assertEquals(0, count("select count(*) from enrolment where round_id = " + round));
    }

    @Test
    void aWorkbookThatInflatesAThousandTimesIsRefusedBeforeAJob() throws IOException {
        long round = newRound();
        Path small = dir.resolve("small.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(small)) {
            book.createSheet().createRow(0).createCell(0).setCellValue("รหัสโรงเรียน");
            book.write(out);
        }
        // The same workbook with a first sheet of 64 MB of identical rows: a few hundred KB zipped.
        Path bomb = dir.resolve("bomb.xlsx");
        replacePart(small, bomb, "xl/worksheets/sheet1.xml", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>1050130001</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 64L << 20; written += row.length) {
                out.write(row);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        upload(TestTokens.obecAdmin(), round, bomb, "bomb.xlsx", null).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].code", equalTo("inflate-ratio-limit"));
        assertEquals(0, count("select count(*) from ingestion_job where round_id = " + round));
    }

    @Test
    void aFileCutInsideAQuotedLastCellFailsNamingRowAndColumnWhileALastLineWithoutLineBreakLoads() throws IOException {
        long round = newRound();
        String admin = TestTokens.obecAdmin();
        Path cut = dir.resolve("cut.csv");
        Files.writeString(cut, HEADER + "\n" + SCHOOL_A + ",G705000000001,ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_A + ",G705000000002,ก,ข,2557-05-14,ป.4,\"12");
        Response job = ingest(admin, round, cut, "cut.csv", null);
        assertEquals("FAILED", job.jsonPath().getString("status"), job.asString());
        assertEquals("file-cut-off", job.jsonPath().getString("error.code"));
        assertEquals(3, job.jsonPath().getLong("error.row"));
        assertEquals("น้ำหนัก", job.jsonPath().getString("error.column"));
        assertEquals(0, count("select count(*) from student where person_id like 'G705%'"));

        Path whole = dir.resolve("whole.csv");
        Files.writeString(whole, HEADER + "\n" + SCHOOL_A + ",G705000000001,ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_A + ",G705000000002,\"ก, ข\",ข,2557-05-14,ป.4,\"12\"");
        Response loaded = ingest(admin, round, whole, "whole.csv", null);
        assertEquals("SUCCEEDED", loaded.jsonPath().getString("status"), loaded.asString());
        assertEquals(2, loaded.jsonPath().getLong("accepted"));
    }

    @Test
    void theRejectionReportNeverHandsASpreadsheetAFormula() throws IOException {
        long round = newRound();
        Path file = dir.resolve("formula.csv");
        Files.writeString(file, HEADER + "\n" + SCHOOL_B + ",G706000000001,ก,ข,2557-05-14,ป.4,=1+1\n"
                + SCHOOL_B + ",G706000000002,ก,ข,2557-05-14,ป.4,\"@SUM(A1,A2)\"\n");
        Response job = ingest(TestTokens.obecAdmin(), round, file, "formula.csv", null);
        List<CsvRecord> rows = rejectionCsv(job);
        assertEquals("'=1+1", rows.get(0).getField(5));
        assertEquals("'@SUM(A1,A2)", rows.get(1).getField(5));
    }

    @Test
    void bytesOfAnotherEncodingFarIntoAFileRejectTheirOwnRowAndTheRestLoads() throws IOException {
        long round = newRound();
        // Over 64 KB of UTF-8 (the part the encoding is judged on), then one row saved as TIS-620, then UTF-8 again.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        int rows = 1_200;
        int tisRow = 1_100;
        for (int i = 1; i <= rows; i++) {
            String name = i == tisRow ? "ทองดี" : "สมชาย";
            String line = SCHOOL_A + ",G7090%08d,%s,ใจดี,2557-05-14,ป.4,30\n".formatted(i, name);
            file.writeBytes(line.getBytes(i == tisRow ? TextEncoding.WINDOWS_874 : StandardCharsets.UTF_8));
        }
        Path csv = dir.resolve("switch.csv");
        Files.write(csv, file.toByteArray());
        Response job = ingest(TestTokens.obecAdmin(), round, csv, "switch.csv", null);
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        assertEquals("UTF-8", job.jsonPath().getString("encoding"));
        // The header is row 1: the TIS-620 row is row tisRow + 1.
        assertEquals((tisRow + 1) + ",ชื่อ,encoding", rejections(job));
        assertEquals(rows - 1, job.jsonPath().getLong("accepted"));
        assertEquals(rows - 1, count("select count(*) from enrolment where round_id = " + round));
    }

    @Test
    void aMappingThatIsNotAnObjectOfColumnTitlesIsRefusedNamingTheParameter() {
        long round = newRound();
        for (String mapping : List.of("null", "[]", "42", "\"x\"", "{\"citizenId\":null}", "{\"citizenId\":\" \"}",
                "{\"citizenId\":{}}", "{")) {
            given().auth().oauth2(TestTokens.obecAdmin()).contentType("text/csv").queryParam("fileName", "s.csv")
                    .queryParam("mapping", mapping).body(HEADER + "\n")
                    .post("/api/v1/registry/census-rounds/" + round + "/student-files")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", startsWith("mapping"));
        }
    }

    @Test
    void referenceCodesAndRequestTargetsAreAnsweredWithout500() {
        RegistryFixture.ensureOfficesAndSchools();
        String admin = TestTokens.obecAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("active", false, "list", "ก".repeat(70_000), "nameTh", "ทดสอบ"))
                .put("/api/v1/registry/reference-codes/disability/Test name").then().statusCode(lessThan(500));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", "9".repeat(30))
                .body(Map.of("code", "00", "nameTh", "Test name"))
                .put("/api/v1/registry/reference-codes/nationality/Test name").then().statusCode(lessThan(500));
        given().auth().oauth2(admin).urlEncodingEnabled(false).get("/api/v1/registry/area-offices/%00").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).urlEncodingEnabled(false)
                .get("/api/v1/registry/census-rounds/1/area-offices/%00/statistics").then().statusCode(400);
    }

    /** Loads a file of three rows and checks that exactly the one given was rejected, the other two enrolled. */
    private static void loadsAllBut(long round, Path file, String name, String rejection) {
        Response job = ingest(TestTokens.obecAdmin(), round, file, name, null);
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        assertEquals(2, job.jsonPath().getLong("accepted"));
        assertEquals(rejection, rejections(job));
        assertEquals(2, count("select count(*) from enrolment where round_id = " + round));
    }

    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A copy of a workbook with one part written anew. */
    private static void replacePart(Path from, Path to, String name, PartWriter writer) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    writer.write(out);
                } else {
                    try (InputStream part = in.getInputStream(entry)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static byte[] part(Path workbook, String name) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static String rejections(Response job) {
        return rejectionCsv(job).stream().map(r -> r.getField(0) + "," + r.getField(1) + "," + r.getField(2))
                .collect(Collectors.joining(";"));
    }

    private static List<CsvRecord> rejectionCsv(Response job) {
        return RegistryFixture.rejectionCsv(job, TestTokens.obecAdmin());
    }
}
