package io.edukpi.submission.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.submission.evidence.store.FileSystemEvidenceStore;
import io.edukpi.submission.it.Fixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Evidence files through the API, on a result of fiscal year 2091 (a catalogue of this class's own,
 * published on the real broker), with the small limits of the test configuration (256 KB a file,
 * 640 KB a result).
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class EvidenceApiTest {

    private static final int FISCAL_YEAR = 2091;
    private static final String RESULTS = "/api/v1/submissions/results";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger OFFICES = new AtomicInteger();
    /** Office codes are up to 8 digits: 7, this run's 4 digits, then the office's 3. */
    private static final String RUN = String.format("%04d", System.nanoTime() % 10_000);

    @Inject
    FileSystemEvidenceStore store;

    /** An office of its own, with a fresh DRAFT result of 3.1.1 for round 6. */
    private record Draft(String office, String token, String id) {
    }

    @BeforeEach
    void catalogue() throws Exception {
        // The B.E. 2554 catalogue filed under 2091, as indicator-service publishes it.
        Fixtures.catalogue(FISCAL_YEAR, catalogue -> {
        });
    }

    @Test
    void everyAcceptedTypeGoesInAndComesOutByteForByte() {
        Draft d = draft();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.pdf", SampleFiles.pdf(11, 150_000));
        files.put("photo.png", SampleFiles.png(11, 90_000));
        files.put("photo.jpg", SampleFiles.jpeg(11, 90_000));
        files.put("minutes.docx", SampleFiles.docx(11));
        files.put("sheet.xlsx", SampleFiles.xlsx(11));
        files.put("plan.odt", SampleFiles.odt(11));
        Map<String, String> types = Map.of("report.pdf", "application/pdf", "photo.png", "image/png",
                "photo.jpg", "image/jpeg",
                "minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "plan.odt", "application/vnd.oasis.opendocument.text");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Response created = upload(d, f.getKey(), f.getValue());
            created.then().statusCode(201)
                    .header("Location", containsString("/evidence/"))
                    .body("fileName", equalTo(f.getKey()))
                    .body("contentType", equalTo(types.get(f.getKey())))
                    .body("size", equalTo(f.getValue().length))
                    .body("sha256", equalTo(sha256(f.getValue())))
                    .body("uploadedBy", notNullValue())
                    .body("uploadedAt", notNullValue());
            String link = created.jsonPath().getString("download");
            Response download = given().auth().oauth2(d.token()).get(link);
            download.then().statusCode(200)
                    .header("Content-Type", types.get(f.getKey()))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("ETag", "\"" + sha256(f.getValue()) + "\"")
                    .header("Content-Disposition", containsString("filename*=UTF-8''" + f.getKey()));
            assertArrayEquals(f.getValue(), download.asByteArray(), f.getKey());
            given().auth().oauth2(d.token()).header("If-None-Match", "\"" + sha256(f.getValue()) + "\"").get(link)
                    .then().statusCode(304);
        }
        given().auth().oauth2(d.token()).get(evidence(d)).then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.fileName", equalTo(List.copyOf(files.keySet())))
                .body("totalSize", equalTo(files.values().stream().mapToInt(b -> b.length).sum()))
                .body("maxFileSize", equalTo(256 * 1024))
                .body("maxResultSize", equalTo(640 * 1024));
        given().auth().oauth2(d.token()).get(RESULTS + "/" + d.id() + "/audit").then().statusCode(200)
                .body("findAll { it.action == 'EVIDENCE_ADDED' }", hasSize(6));
        // OBEC reads every office's evidence; a reviewer may not upload
        String first = given().auth().oauth2(TestTokens.reviewer()).get(evidence(d)).then().statusCode(200)
                .extract().jsonPath().getString("items[0].download");
        assertArrayEquals(files.get("report.pdf"), given().auth().oauth2(TestTokens.obecAdmin()).get(first).asByteArray());
        given().auth().oauth2(TestTokens.reviewer()).contentType(ContentType.BINARY)
                .header("Content-Disposition", "attachment; filename=x.pdf").body(SampleFiles.pdf(12, 100))
                .post(evidence(d)).then().statusCode(403);
    }

    @Test
    void anExeRenamedPdfIsRefusedAndNothingStays() throws IOException {
        Draft d = draft();
        Set<Path> before = storedFiles();
        upload(d, "report.pdf", SampleFiles.exe(50_000)).then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("a Windows program (MZ)"))
                .body("detail", containsString("PDF, JPEG, PNG, Word (DOCX), Excel (XLSX), OpenDocument text (ODT)"))
                .body("detailTh", containsString("ไฟล์หลักฐานต้องเป็น"))
                .body("titleTh", notNullValue());
        upload(d, "archive.docx", SampleFiles.plainZip(1)).then().statusCode(415)
                .body("detail", containsString("ZIP archive that is not"));
        assertNothingStored(d, before);
    }

    @Test
    void aDecompressionBombIsRefusedNamingTheFileAndNothingStays() throws IOException {
        Draft d = draft();
        Set<Path> before = storedFiles();
        // 8 MB of sheet in 8 KB: over both the unpacked total (4 MB in tests) and the ratio (100)
        upload(d, "sheet.xlsx", SampleFiles.xlsxBomb(8 * 1024 * 1024)).then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("sheet.xlsx"))
                .body("detailTh", containsString("sheet.xlsx"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo("max-unpacked-ratio"))
                .body("errors[0].value", equalTo("sheet.xlsx"));
        uploadStreamed(d, "sheet.xlsx", SampleFiles.xlsxBomb(8 * 1024 * 1024)).then().statusCode(413);
        assertNothingStored(d, before);
        // an honest spreadsheet still goes in
        upload(d, "sheet.xlsx", SampleFiles.xlsx(70)).then().statusCode(201);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Draft d = draft();
        Set<Path> before = storedFiles();
        upload(d, "empty.pdf", new byte[0]).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("empty-file"));
        // the same without a Content-Length (chunked)
        uploadStreamed(d, "empty.pdf", new byte[0]).then().statusCode(422);
        assertNothingStored(d, before);
    }

    @Test
    void aFileOverTheLimitIsRefusedWhetherDeclaredOrStreamed() throws IOException {
        Draft d = draft();
        Set<Path> before = storedFiles();
        byte[] big = SampleFiles.pdf(21, 256 * 1024 + 1);
        upload(d, "big.pdf", big).then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("256 KB"))
                .body("errors[0].code", equalTo("max-file-size"));
        // no Content-Length: refused while reading, as soon as the limit is passed
        uploadStreamed(d, "big.pdf", big).then().statusCode(413).body("errors[0].code", equalTo("max-file-size"));
        assertNothingStored(d, before);
        // exactly at the limit is fine
        upload(d, "limit.pdf", SampleFiles.pdf(22, 256 * 1024)).then().statusCode(201);
    }

    @Test
    void aResultHoldsAtMostItsTotal() throws IOException {
        Draft d = draft();
        for (int i = 0; i < 3; i++) {
            upload(d, "part" + i + ".pdf", SampleFiles.pdf(30 + i, 200 * 1024)).then().statusCode(201);
        }
        Set<Path> before = storedFiles();
        upload(d, "part3.pdf", SampleFiles.pdf(33, 200 * 1024)).then().statusCode(413)
                .body("errors[0].code", equalTo("max-result-size"))
                .body("detail", containsString("640 KB"));
        uploadStreamed(d, "part3.pdf", SampleFiles.pdf(33, 200 * 1024)).then().statusCode(413)
                .body("errors[0].code", equalTo("max-result-size"));
        assertEquals(before, storedFiles());
        assertNoTempFiles();
        given().auth().oauth2(d.token()).get(evidence(d)).then().body("items", hasSize(3));
        // what still fits goes in
        upload(d, "small.png", SampleFiles.png(34, 40 * 1024)).then().statusCode(201);
    }

    @Test
    void pathsInNamesAreDroppedAndClimbingIsRefused() throws IOException {
        Draft d = draft();
        Set<Path> before = storedFiles();
        for (String name : List.of("../../etc/passwd", "..", "..\\..\\boot.ini")) {
            upload(d, name, SampleFiles.pdf(40, 1000)).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].code", equalTo("invalid-file-name"));
        }
        given().auth().oauth2(d.token()).contentType(ContentType.BINARY).body(SampleFiles.pdf(40, 1000))
                .post(evidence(d)).then().statusCode(422).body("detail", containsString("file name is missing"));
        assertNothingStored(d, before);
        upload(d, "C:\\x\\y.pdf", SampleFiles.pdf(41, 1000)).then().statusCode(201).body("fileName", equalTo("y.pdf"));
        upload(d, ".hidden<1>.pdf", SampleFiles.pdf(42, 1000)).then().statusCode(201)
                .body("fileName", equalTo("hidden_1_.pdf"));
        // the extension follows the bytes: a PNG called .pdf is a .png
        upload(d, "photo.pdf", SampleFiles.png(43, 1000)).then().statusCode(201)
                .body("fileName", equalTo("photo.png")).body("contentType", equalTo("image/png"));
    }

    @Test
    void thaiNamesRoundTrip() {
        Draft d = draft();
        String name = "รายงานผล ไตรมาส 2.pdf";
        String link = upload(d, name, SampleFiles.pdf(50, 5000)).then().statusCode(201)
                .body("fileName", equalTo(name)).extract().jsonPath().getString("download");
        String disposition = given().auth().oauth2(d.token()).get(link).then().statusCode(200)
                .extract().header("Content-Disposition");
        assertEquals(name, FileNames.fromContentDisposition(disposition));
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
    }

    @Test
    void aRawUtf8NameIsReadAsUtf8() throws Exception {
        Draft d = draft();
        byte[] pdf = SampleFiles.pdf(51, 2000);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + evidence(d) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + d.token()
                    + "\r\nContent-Type: application/pdf\r\nContent-Length: " + pdf.length + "\r\nConnection: close\r\n"
                    + "Content-Disposition: attachment; filename=\"").getBytes(StandardCharsets.US_ASCII));
            out.write("ภาพกิจกรรม.pdf".getBytes(StandardCharsets.UTF_8));
            out.write("\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(pdf);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201 "), answer);
        }
        given().auth().oauth2(d.token()).get(evidence(d)).then().statusCode(200)
                .body("items[0].fileName", equalTo("ภาพกิจกรรม.pdf"));
    }

    @Test
    void theSameFileTwiceIsAConflictNamingTheFirst() throws IOException {
        Draft d = draft();
        byte[] pdf = SampleFiles.pdf(60, 8000);
        String first = upload(d, "first.pdf", pdf).then().statusCode(201).extract().jsonPath().getString("id");
        Set<Path> before = storedFiles();
        upload(d, "again.pdf", pdf).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(first))
                .body("detail", containsString("first.pdf"))
                .body("errors[0].code", equalTo("duplicate"));
        assertEquals(before, storedFiles());
        assertNoTempFiles();
        given().auth().oauth2(d.token()).get(evidence(d)).then().body("items", hasSize(1));
    }

    @Test
    void anotherOfficeSeesNothing() throws IOException {
        Draft d = draft();
        String link = upload(d, "mine.pdf", SampleFiles.pdf(70, 3000)).then().statusCode(201)
                .extract().jsonPath().getString("download");
        Set<Path> before = storedFiles();
        String stranger = TestTokens.areaOfficer(draft().office());
        given().auth().oauth2(stranger).get(evidence(d)).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).get(link).then().statusCode(404);
        given().auth().oauth2(stranger).delete(link).then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.BINARY)
                .header("Content-Disposition", "attachment; filename=x.pdf").body(SampleFiles.pdf(71, 3000))
                .post(evidence(d)).then().statusCode(404);
        assertEquals(before, storedFiles());
        given().auth().oauth2(d.token()).get(evidence(d)).then().body("items", hasSize(1));
        // an evidence id of another result is not found under this one
        Draft other = draft();
        given().auth().oauth2(TestTokens.obecAdmin()).get(evidence(other) + link.substring(link.lastIndexOf('/')))
                .then().statusCode(404);
    }

    @Test
    void aSubmittedResultTakesNoEvidence() throws IOException {
        Draft d = draft();
        String link = upload(d, "before.pdf", SampleFiles.pdf(80, 3000)).then().statusCode(201)
                .extract().jsonPath().getString("download");
        given().auth().oauth2(d.token()).post(RESULTS + "/" + d.id() + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        Set<Path> before = storedFiles();
        upload(d, "after.pdf", SampleFiles.pdf(81, 3000)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SUBMITTED"));
        given().auth().oauth2(d.token()).delete(link).then().statusCode(409);
        assertEquals(before, storedFiles());
        assertNoTempFiles();
        given().auth().oauth2(d.token()).get(evidence(d)).then().body("items", hasSize(1));
        given().auth().oauth2(d.token()).get(link).then().statusCode(200);
    }

    @Test
    void deletingDetachesAndFreesBytesNobodyElseHolds() throws IOException {
        Draft a = draft();
        Draft b = draft();
        byte[] shared = SampleFiles.pdf(90, 7000);
        String inA = upload(a, "shared.pdf", shared).then().statusCode(201).extract().jsonPath().getString("download");
        String inB = upload(b, "shared.pdf", shared).then().statusCode(201).extract().jsonPath().getString("download");
        Path bytes = store.root().resolve(sha256(shared).substring(0, 2)).resolve(sha256(shared));
        assertEquals(1, storedFiles().stream().filter(bytes::equals).count(), "stored once");

        given().auth().oauth2(a.token()).delete(inA).then().statusCode(204);
        given().auth().oauth2(a.token()).get(inA).then().statusCode(404);
        given().auth().oauth2(a.token()).get(evidence(a)).then().body("items", hasSize(0));
        given().auth().oauth2(a.token()).get(RESULTS + "/" + a.id() + "/audit").then()
                .body("action", hasItem("EVIDENCE_REMOVED"));
        assertTrue(Files.exists(bytes), "b still holds the bytes");
        assertArrayEquals(shared, given().auth().oauth2(b.token()).get(inB).asByteArray());

        given().auth().oauth2(b.token()).delete(inB).then().statusCode(204);
        assertFalse(Files.exists(bytes), "nobody holds the bytes any more");
        given().auth().oauth2(b.token()).delete(inB).then().statusCode(404);
    }

    @Test
    void aNeverEndingUploadIsCutOffAtTheLimit() throws Exception {
        Draft d = draft();
        Set<Path> before = storedFiles();
        try (Socket socket = rawUpload(d, "Transfer-Encoding: chunked")) {
            OutputStream out = socket.getOutputStream();
            byte[] chunk = SampleFiles.pdf(100, 64 * 1024);
            // 320 KB of a body that never ends: only a server that reads as it goes can answer
            for (int i = 0; i < 5; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                chunk = SampleFiles.png(100 + i, 64 * 1024);
            }
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413 "), status);
        }
        assertNothingStored(d, before);
    }

    @Test
    void anInterruptedUploadLeavesNothingBehind() throws Exception {
        Draft d = draft();
        Set<Path> before = storedFiles();
        try (Socket socket = rawUpload(d, "Content-Length: 200000")) {
            socket.getOutputStream().write(SampleFiles.pdf(110, 100_000));
            socket.getOutputStream().flush();
            // the bytes are on their way to disk before the body is complete: streamed, not buffered
            waitFor(() -> storedFiles().stream().anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                    "a temporary file while the upload runs");
        }
        waitFor(() -> storedFiles().equals(before), "the temporary file removed after the client went away");
        assertNothingStored(d, before);
    }

    // --- helpers ---

    private Draft draft() {
        String office = "7" + RUN + String.format("%03d", OFFICES.incrementAndGet());
        Fixtures.office(office, "สพป.ทดสอบหลักฐาน " + office, "PRIMARY");
        String token = TestTokens.areaOfficer(office);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", FISCAL_YEAR, "level", "OBEC_AGREEMENT", "round", 6,
                        "indicatorCode", "3.1.1", "value", 80))
                .post(RESULTS).then().statusCode(201).extract().jsonPath().getString("id");
        return new Draft(office, token, id);
    }

    private static String evidence(Draft d) {
        return RESULTS + "/" + d.id() + "/evidence";
    }

    private static Response upload(Draft d, String name, byte[] bytes) {
        return named(given().auth().oauth2(d.token()), name).contentType(ContentType.BINARY).body(bytes)
                .post(evidence(d));
    }

    /** Without a Content-Length: the body arrives chunked, so limits apply while reading. */
    private static Response uploadStreamed(Draft d, String name, byte[] bytes) {
        return named(given().auth().oauth2(d.token()), name).contentType(ContentType.BINARY)
                .body(new ByteArrayInputStream(bytes)).post(evidence(d));
    }

    private static RequestSpecification named(RequestSpecification spec, String name) {
        return spec.header("Content-Disposition", FileNames.contentDisposition(name));
    }

    /** An upload over a plain socket, headers sent, body left to the caller. */
    private static Socket rawUpload(Draft d, String framing) throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(20_000);
        String head = "POST " + evidence(d) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + d.token() + "\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "Content-Disposition: " + FileNames.contentDisposition("stream.pdf") + "\r\n"
                + framing + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void waitFor(Condition condition, String what) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (!condition.holds()) {
            assertTrue(System.currentTimeMillis() < until, "never saw " + what);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private void assertNothingStored(Draft d, Set<Path> before) throws IOException {
        assertEquals(before, storedFiles());
        assertNoTempFiles();
        given().auth().oauth2(d.token()).get(evidence(d)).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(d.token()).get(RESULTS + "/" + d.id() + "/audit").then().statusCode(200)
                .body("findAll { it.action == 'EVIDENCE_ADDED' }", hasSize(0));
    }

    private void assertNoTempFiles() throws IOException {
        assertEquals(Set.of(), storedFiles().stream().filter(p -> p.getFileName().toString().endsWith(".tmp"))
                .collect(Collectors.toSet()));
    }

    private Set<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
