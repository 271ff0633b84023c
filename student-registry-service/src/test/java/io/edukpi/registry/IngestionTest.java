package io.edukpi.registry;

import static io.edukpi.registry.RegistryFixture.OFFICE;
import static io.edukpi.registry.RegistryFixture.SCHOOL_A;
import static io.edukpi.registry.RegistryFixture.SCHOOL_B;
import static io.edukpi.registry.RegistryFixture.SCHOOL_C;
import static io.edukpi.registry.RegistryFixture.count;
import static io.edukpi.registry.RegistryFixture.ingest;
import static io.edukpi.registry.RegistryFixture.newRound;
import static io.edukpi.registry.RegistryFixture.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.registry.bench.StudentFileGenerator;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class IngestionTest {

    private static final List<String> SCHOOLS = List.of(SCHOOL_A, SCHOOL_B, SCHOOL_C);
    private static final String HEADER = RegistryFixture.HEADER;

    @TempDir
    Path dir;

    @Test
    void generatedFileLoadsRejectingExactlyItsBadRowsAndASecondUploadChangesNothing() throws IOException {
        long round = newRound();
        Path file = dir.resolve("students.csv");
        StudentFileGenerator.Result generated = StudentFileGenerator.generate(file, 2000, SCHOOLS, 0.01, 11,
                StandardCharsets.UTF_8);
        assertEquals(20, generated.badRows().size());

        Response job = ingest(TestTokens.obecAdmin(), round, file, "students.csv", null);
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        assertEquals(2000, job.jsonPath().getLong("rowsRead"));
        assertEquals(20, job.jsonPath().getLong("rejected"));
        assertEquals(1980, job.jsonPath().getLong("accepted"));
        assertEquals(1980, job.jsonPath().getLong("merged.enrolmentsInserted"));
        assertEquals(1980, count("select count(*) from enrolment where round_id = " + round));
        assertEquals(generated.badRows(), rejectedRows(job));

        String before = snapshot(round);
        Response again = ingest(TestTokens.obecAdmin(), round, file, "students.csv", null);
        assertEquals("SUCCEEDED", again.jsonPath().getString("status"));
        assertEquals(Map.of("studentsInserted", 0, "studentsUpdated", 0, "enrolmentsInserted", 0, "enrolmentsUpdated", 0),
                again.jsonPath().getMap("merged"));
        assertEquals(before, snapshot(round));
    }

    @Test
    void theFileAsTheRequestBodyLoadsLikeAFormUpload() throws IOException {
        long round = newRound();
        Path file = dir.resolve("body.csv");
        StudentFileGenerator.Result generated = StudentFileGenerator.generate(file, 3000, SCHOOLS, 0.01, 12,
                StandardCharsets.UTF_8);
        String admin = TestTokens.obecAdmin();
        String id = given().auth().oauth2(admin).contentType("text/csv").body(Files.readAllBytes(file))
                .post("/api/v1/registry/census-rounds/" + round + "/student-files?fileName=students.csv")
                .then().statusCode(202).body("fileName", equalTo("students.csv")).extract().jsonPath().getString("id");
        Response job = RegistryFixture.awaitJob(admin, id);
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        // The people went to two connections by partition; together they merged every accepted row once.
        assertEquals(2970, job.jsonPath().getLong("merged.studentsInserted"));
        assertEquals(2970, job.jsonPath().getLong("merged.enrolmentsInserted"));
        assertEquals(2970, count("select count(*) from enrolment where round_id = " + round));
        assertEquals(generated.badRows(), rejectedRows(job));

        given().auth().oauth2(admin).contentType("text/csv").body("a,b\n".getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/registry/census-rounds/" + round + "/student-files")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("fileName"));
        given().auth().oauth2(admin).contentType("application/octet-stream")
                .body("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/registry/census-rounds/" + round + "/student-files?fileName=students.xlsx")
                .then().statusCode(422).body("errors[0].code", equalTo("file-type-mismatch"));
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).contentType("text/csv").body(Files.readAllBytes(file))
                .post("/api/v1/registry/census-rounds/" + round + "/student-files?fileName=students.csv")
                .then().statusCode(403);
    }

    @Test
    void allOrNothingWithABadRowLeavesTheTablesExactlyAsTheyWere() throws IOException {
        long round = newRound();
        Path file = dir.resolve("all.csv");
        StudentFileGenerator.generate(file, 300, SCHOOLS, 0.01, 12, StandardCharsets.UTF_8);
        String students = RegistryFixture.text("select count(*) || ':' || coalesce(max(updated_at)::text, '') from student");

        Response job = ingest(TestTokens.obecAdmin(), round, file, "all.csv", "mode=ALL_OR_NOTHING");
        assertEquals("REJECTED", job.jsonPath().getString("status"));
        assertEquals(3, job.jsonPath().getLong("rejected"));
        assertEquals(0, count("select count(*) from enrolment where round_id = " + round));
        assertEquals(students,
                RegistryFixture.text("select count(*) || ':' || coalesce(max(updated_at)::text, '') from student"));
    }

    @Test
    void dryRunValidatesEverythingAndWritesNothing() throws IOException {
        long round = newRound();
        Path file = dir.resolve("dry.csv");
        StudentFileGenerator.generate(file, 200, SCHOOLS, 0.05, 13, StandardCharsets.UTF_8);
        Response job = ingest(TestTokens.obecAdmin(), round, file, "dry.csv", "dryRun=true");
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"));
        assertTrue(job.jsonPath().getBoolean("dryRun"));
        assertEquals(10, job.jsonPath().getLong("rejected"));
        assertEquals(0, count("select count(*) from enrolment where round_id = " + round));
        assertEquals(0, count("select count(*) from student where person_id like '113%'"));
    }

    @Test
    void thaiWindows874AndUtf8WithBomAreBothRead() throws IOException {
        long round = newRound();
        Path tis = dir.resolve("tis.csv");
        StudentFileGenerator.generate(tis, 40, SCHOOLS, 0, 14, io.edukpi.registry.ingest.TextEncoding.WINDOWS_874);
        Response job = ingest(TestTokens.obecAdmin(), round, tis, "tis.csv", null);
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        assertEquals("Windows-874/TIS-620", job.jsonPath().getString("encoding"));
        assertEquals(40, job.jsonPath().getLong("accepted"));
        // Thai names survive the single-byte encoding: every one is Thai script again in the database.
        assertEquals(39, count("select count(*) from student where person_id like '114%' and last_name ~ '^[ก-๙]+$'"));

        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + HEADER + "\n" + SCHOOL_A + ",1101112345679,สมชาย,ใจดี,2557-05-14,ป.4,32.5\n")
                .getBytes(StandardCharsets.UTF_8));
        Response bomJob = ingest(TestTokens.obecAdmin(), round, bom, "bom.csv", null);
        assertEquals("UTF-8 (BOM)", bomJob.jsonPath().getString("encoding"));
        assertEquals(1, bomJob.jsonPath().getLong("accepted"), bomJob.asString());
    }

    @Test
    void xlsxAndJsonLinesGoThroughTheSameRules() throws IOException {
        long round = newRound();
        Path xlsx = dir.resolve("students.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = book.createSheet("นักเรียน");
            String[][] rows = { HEADER.split(","),
                    { SCHOOL_A, "1101112345679", "สมชาย", "ใจดี", "2557-05-14", "ป.4", "32.5" },
                    { SCHOOL_A, "1101112345678", "สมหญิง", "ใจดี", "2557-05-14", "ป.4", "30" } };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            XSSFRow numeric = sheet.createRow(3);
            numeric.createCell(0).setCellValue(SCHOOL_B);
            numeric.createCell(1).setCellValue(1101112345679d + 0); // a numeric cell: every digit must survive
            numeric.createCell(2).setCellValue("สมศักดิ์");
            numeric.createCell(3).setCellValue("ดีใจ");
            numeric.createCell(4).setCellValue("2556-01-02");
            numeric.createCell(5).setCellValue("ป.5");
            book.write(out);
        }
        Response job = ingest(TestTokens.obecAdmin(), round, xlsx, "students.xlsx", null);
        assertEquals("SUCCEEDED", job.jsonPath().getString("status"), job.asString());
        assertEquals(3, job.jsonPath().getLong("rowsRead"));
        // Row 4 repeats row 2's ID (read from a numeric cell): a duplicate in the file.
        assertEquals("3,citizen-id-check-digit;4,duplicate-in-file", rejections(job));

        Path jsonl = dir.resolve("students.jsonl");
        Files.writeString(jsonl,
                """
                        {"schoolCode":"%s","citizenId":"G123456789012","firstName":"อาเหมิด","lastName":"ไม่มีบัตร","birthDate":"2558-03-01","classLevel":"ป.3"}
                        {"schoolCode":"%s","citizenId":"G12345ABC7890","firstName":"ก","lastName":"ข","birthDate":"2558-03-01","classLevel":"ป.3"}
                        {"schoolCode":"%s","citizenId":"G123456789013","firstName":"ก","lastName":"ข","birthDate":"2558-03-01","classLevel":"ป.3","shoeSize":40}
                        not json
                        """
                        .formatted(SCHOOL_C, SCHOOL_C, SCHOOL_C));
        Response jsonJob = ingest(TestTokens.obecAdmin(), round, jsonl, "students.jsonl", null);
        assertEquals(1, jsonJob.jsonPath().getLong("accepted"), jsonJob.asString());
        assertEquals("2,g-code-format;3,extra-columns;4,malformed-json", rejections(jsonJob));
    }

    @Test
    void rowLevelErrorsNameRowColumnAndReason() throws IOException {
        long round = newRound();
        // G999... enrolled at school A first, then the file enrols the same person at school B.
        Path first = dir.resolve("first.csv");
        Files.writeString(first, HEADER + "\n" + SCHOOL_A + ",G999000000001,ก,ข,2557-05-14,ป.4,30\n");
        assertEquals(1, ingest(TestTokens.obecAdmin(), round, first, "first.csv", null).jsonPath().getLong("accepted"));

        Path file = dir.resolve("rows.csv");
        Files.writeString(file, HEADER + "\n"
                + SCHOOL_B + ",G999000000001,ก,ข,2557-05-14,ป.4,30\n" // 2: second active enrolment
                + SCHOOL_B + ",G999000000002,ก,ข,2557-05-14,ป.4,สามสิบ\n" // 3: Thai text in a number column
                + SCHOOL_B + ",G999000000003,ก,ข,2557-05-14,ป.4,30,เกิน\n" // 4: extra column
                + SCHOOL_B + ",G999000000004,ก,ข,2557-05-14,ป.9,30\n" // 5: class level that does not exist
                + SCHOOL_B + ",G999000000005,ก,ข,2550-02-30,ป.4,30\n" // 6: 30 February B.E.
                + SCHOOL_B + ",G999000000006,ก,ข,2557-05-14\n" // 7: missing columns (not the last row)
                + "9999999999,G999000000007,ก,ข,2557-05-14,ป.4,30\n" // 8: unknown school
                + SCHOOL_B + ",G999000000008,ก,ข,2557-05-14,ป.4,30\n"); // 9: fine
        Response job = ingest(TestTokens.obecAdmin(), round, file, "rows.csv", null);
        assertEquals("2,second-active-enrolment;3,not-a-number;4,extra-columns;5,class-level-unknown;"
                + "6,date-not-exist;7,missing-columns;8,school-unknown", rejections(job));
        List<CsvRecord> csv = rejectionCsv(job);
        CsvRecord thai = csv.stream().filter(r -> r.getField(0).equals("3")).findFirst().orElseThrow();
        assertEquals("น้ำหนัก", thai.getField(1));
        assertEquals("is not a number", thai.getField(3));
        assertEquals("ต้องเป็นตัวเลข", thai.getField(4));
        assertEquals("สามสิบ", thai.getField(5));
        assertEquals(1, job.jsonPath().getLong("accepted"));
    }

    @Test
    void fileLevelProblemsAreAnsweredBeforeAJobOrFailTheJobWritingNothing() throws IOException {
        long round = newRound();
        String admin = TestTokens.obecAdmin();
        upload(admin, round, new byte[0], "empty.csv", null).then().statusCode(422)
                .body("errors[0].code", equalTo("file-empty"));
        byte[] zip = { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4 };
        upload(admin, round, zip, "students.csv", null).then().statusCode(422)
                .body("errors[0].code", equalTo("file-type-mismatch"));
        upload(admin, round, "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "students.xlsx", null).then()
                .statusCode(422).body("errors[0].code", equalTo("file-type-mismatch"));
        upload(admin, round, "a,b".getBytes(StandardCharsets.US_ASCII), "students.docx", null).then()
                .statusCode(415).body("errors[0].code", equalTo("file-type-unknown"));

        Path xlsx = dir.resolve("cut.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            book.createSheet().createRow(0).createCell(0).setCellValue("x");
            book.write(out);
        }
        byte[] whole = Files.readAllBytes(xlsx);
        upload(admin, round, java.util.Arrays.copyOf(whole, whole.length / 2), "cut.xlsx", null).then()
                .statusCode(422).body("errors[0].code", equalTo("file-cut-off"));

        Path cut = dir.resolve("cut.csv");
        Files.writeString(cut, HEADER + "\n" + SCHOOL_A + ",G888000000001,ก,ข,2557-05-14,ป.4,30\n" + SCHOOL_A + ",G8880000");
        Response cutJob = ingest(admin, round, cut, "cut.csv", null);
        assertEquals("FAILED", cutJob.jsonPath().getString("status"));
        assertEquals("file-cut-off", cutJob.jsonPath().getString("error.code"));
        assertEquals(3, cutJob.jsonPath().getLong("error.row"));
        assertEquals(0, count("select count(*) from student where person_id like 'G888%'"));

        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "รหัสโรงเรียน,ชื่อ,นามสกุล,วันเกิด,ชั้น\n" + SCHOOL_A + ",ก,ข,2557-05-14,ป.4\n");
        Response missingJob = ingest(admin, round, missing, "missing.csv", null);
        assertEquals("missing-column", missingJob.jsonPath().getString("error.code"));
        assertTrue(missingJob.jsonPath().getString("error.messageTh").contains("เลขประจำตัวประชาชน"));
        assertEquals(0, count("select count(*) from enrolment where round_id = " + round));
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413BeforeItsBody() throws IOException {
        long round = newRound();
        int port = io.restassured.RestAssured.port;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/registry/census-rounds/" + round + "/ingestion-jobs HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAuthorization: Bearer " + TestTokens.obecAdmin() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 2147483648\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(400), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    @Test
    void aKilledLoadLeavesNothingAndTheJobRunsAgain() throws IOException {
        long round = newRound();
        Path file = dir.resolve("again.csv");
        StudentFileGenerator.generate(file, 100, SCHOOLS, 0, 15, StandardCharsets.UTF_8);
        // A job stopped half-way: its transaction rolled back; the service marks it INTERRUPTED on start.
        Response job = ingest(TestTokens.obecAdmin(), round, dir.resolve("again.csv"), "again.csv", "dryRun=true");
        String id = job.jsonPath().getString("id");
        assertEquals(0, count("select count(*) from enrolment where round_id = " + round));
        Files.copy(file, Path.of(ConfigProvider.getConfig().getValue("edukpi.registry.ingestion.directory", String.class), id));
        RegistryFixture.execute("update ingestion_job set status = 'INTERRUPTED', dry_run = false where id = '" + id + "'");
        given().auth().oauth2(TestTokens.obecAdmin()).get("/api/v1/registry/ingestion-jobs/" + id)
                .then().body("canRerun", equalTo(true));
        // A service killed between two partitions' commits leaves one partition merged (whole rows): here
        // the first 40 people. Running the job again merges the rest and nothing twice.
        Path part = dir.resolve("part.csv");
        Files.write(part, Files.readAllLines(file).subList(0, 41));
        assertEquals("SUCCEEDED", ingest(TestTokens.obecAdmin(), round, part, "part.csv", null).jsonPath().getString("status"));
        given().auth().oauth2(TestTokens.obecAdmin()).post("/api/v1/registry/ingestion-jobs/" + id + "/runs")
                .then().statusCode(202);
        Response rerun = RegistryFixture.awaitJob(TestTokens.obecAdmin(), id);
        assertEquals("SUCCEEDED", rerun.jsonPath().getString("status"));
        assertEquals(60, rerun.jsonPath().getLong("merged.enrolmentsInserted"));
        assertEquals(0, rerun.jsonPath().getLong("merged.enrolmentsUpdated"));
        assertEquals(100, count("select count(*) from enrolment where round_id = " + round));
    }

    @Test
    void schoolOfficersLoadOnlyTheirOwnSchoolAndAreaOfficersCannotUpload() throws IOException {
        long round = newRound();
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, HEADER + "\n" + SCHOOL_A + ",G777000000001,ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_B + ",G777000000002,ก,ข,2557-05-14,ป.4,30\n");
        Response job = ingest(TestTokens.schoolOfficer(OFFICE, SCHOOL_A), round, file, "mine.csv", null);
        assertEquals("3,school-not-permitted", rejections(job, TestTokens.schoolOfficer(OFFICE, SCHOOL_A)));
        upload(TestTokens.areaOfficer(OFFICE), round, file, "mine.csv", null).then().statusCode(403);
        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_B))
                .get("/api/v1/registry/ingestion-jobs/" + job.jsonPath().getString("id")).then().statusCode(404);
    }

    private static String snapshot(long round) {
        return RegistryFixture.text("select (select count(*) || ':' || max(updated_at)::text from student) || '|' || "
                + "(select md5(string_agg(person_id || school_code || class_level || coalesce(student_number, '') || updated_at, ','"
                + " order by person_id)) from enrolment where round_id = " + round + ")");
    }

    private static SortedSet<Long> rejectedRows(Response job) {
        return rejectionCsv(job).stream().map(r -> Long.parseLong(r.getField(0)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String rejections(Response job) {
        return rejections(job, TestTokens.obecAdmin());
    }

    private static String rejections(Response job, String token) {
        return rejectionCsv(job, token).stream().map(r -> r.getField(0) + "," + r.getField(2)).collect(Collectors.joining(";"));
    }

    private static List<CsvRecord> rejectionCsv(Response job) {
        return rejectionCsv(job, TestTokens.obecAdmin());
    }

    private static List<CsvRecord> rejectionCsv(Response job, String token) {
        return RegistryFixture.rejectionCsv(job, token);
    }
}
