package io.edukpi.e2e;

import static io.edukpi.e2e.GatewayClient.Who.client;
import static io.edukpi.e2e.GatewayClient.Who.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.GatewayClient.Who;

/**
 * What a careless or hostile caller sent (issue 18's list), through the gateway with real tokens: each
 * answer is the fixed one, a 4xx problem naming the field, row or file, or the ordinary answer; never a
 * 500, a silent 200 or a half-written load. Offices kept apart, citizen IDs in logs and faults have
 * suites of their own (RegistryOfficesTest, FiscalYearTest, ScaleOutTest).
 */
class HostileCallerTest {

    private static final Who ADMIN = user("obec.admin");
    private static final Who REVIEWER = user("obec.reviewer");
    private static final Who CM1 = user("area.cm1");
    private static final Who CM1_SUPERVISOR = user("area.cm1.supervisor");
    private static final Who BATCH = client("batch-client");
    private static final Who MIS = client("mis-schoolmis-5001");

    private static final String OFFICE = "5001";
    private static final String SCHOOL = "1050130001";
    private static final String HEADER = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,วันเกิด,ชั้น,น้ำหนัก";
    private static final String TREE = """
            {"round": 6, "indicators": [
               {"code": "1", "weight": %s},
               {"code": "1.1", "parentCode": "1", "weight": %s, "criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}},
               {"code": "1.2", "parentCode": "1", "weight": %s, "criterion": {"type": "PASS_FAIL", "target": 100}}],
             "results": %s, "whatIf": {"indicatorCode": "1.1", "targetTotal": 4.8}%s}""";
    private static final String RESULTS = "{\"1.1\": {\"value\": 92.7}, \"1.2\": {\"value\": 100}}";
    private static final String THRESHOLD = "{\"type\": \"THRESHOLD\", \"thresholds\": [80, 85, 90, 95, 100]}";

    /** Each registry test loads a census round of its own (academic year), so counts stay its own. */
    private static final AtomicInteger YEARS = new AtomicInteger(2027);
    /** G-codes (no check digit) of this class: G + 12 digits. */
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private static TestPlatform platform;
    private static GatewayClient api;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("hostile-caller");
        api = platform.gatewayClient();
        // Created (201) on a fresh platform.
        api.expect(201, ADMIN, "PUT", "/api/v1/registry/area-offices/" + OFFICE, Map.of("code", OFFICE,
                "nameTh", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", "kind", "PRIMARY"));
        api.expect(201, ADMIN, "PUT", "/api/v1/registry/schools/" + SCHOOL, Map.of("code", SCHOOL,
                "nameTh", "โรงเรียนบ้านสันกำแพง", "officeCode", OFFICE));
        // submission-service learns the office from the registry (registry.area-offices).
        api.await(ADMIN, "/api/v1/submissions/area-offices", body -> body.toString().contains("\"" + OFFICE + "\""),
                "office " + OFFICE + " in submission-service");
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    // --- POST /api/v1/scoring/evaluate -------------------------------------------------------------------

    @Test
    void aNumberBeyondDoubleRangeIsRefusedNamingItsField() {
        refused("{\"criterion\": " + THRESHOLD + ", \"value\": 1e400}", "value", "number-out-of-range");
        refused("{\"criterion\": {\"type\": \"THRESHOLD\", \"thresholds\": [80, 85, 1e400, 95, 100]}, \"value\": 90}",
                "criterion.thresholds[2]", "number-out-of-range");
        refused("{\"criterion\": {\"type\": \"PASS_FAIL\", \"target\": -1e400}, \"value\": 100}", "criterion.target",
                "number-out-of-range");
        refused(TREE.formatted("20", "1e400", "10", RESULTS, ""), "indicators[1].weight", "number-out-of-range");
    }

    @Test
    void evaluationTreesAndTargetsOutOfBoundsAreRefusedNamingTheField() {
        assertEquals(200, evaluate(TREE.formatted("20", "10", "10", RESULTS, "")).statusCode(), "the tree as sent is fine");
        refused(TREE.formatted("0", "0", "0", RESULTS, ""), "indicators[1].weight", null);
        refused(TREE.formatted("20", "-10", "10", RESULTS, ""), "indicators[1].weight", null);
        refused(TREE.formatted("20", "10", "10", RESULTS, ", \"bands\": [{\"code\": \"A\", \"minPercent\": 150}]"),
                "bands[0].minPercent", null);
        refused(TREE.formatted("20", "10", "10", "[" + RESULTS + "]", ""), "results", null);
        refused("{\"criterion\": " + THRESHOLD + ", \"value\": 90, \"targetScore\": 9}", "targetScore", null);
        refused(TREE.formatted("20", "10", "10", RESULTS, "").replace("\"targetTotal\": 4.8", "\"targetTotal\": 7"),
                "whatIf.targetTotal", null);
    }

    @Test
    void aTwentyDigitNumberKeepsAllItsDigits() {
        // Thresholds one unit apart in the 20th digit: read through a double they would all be equal.
        HttpResponse<String> answer = evaluate("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [12345678901234567891, 12345678901234567892,
                  12345678901234567893, 12345678901234567894, 12345678901234567895]}, "value": 12345678901234567893}""");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(3, GatewayClient.tree(answer.body()).path("score").asInt(), answer.body());
        assertTrue(answer.body().contains("12345678901234567895"), answer.body());
    }

    // --- student registry --------------------------------------------------------------------------------

    @Test
    void aNulInAnMisRecordIsRefusedNamingTheField() {
        long round = newRound();
        Map<String, Object> fine = student(nextPerson());
        Map<String, Object> nul = student(nextPerson());
        nul.put("houseCode", "x\u0000x");
        JsonNode batch = api.expect(400, MIS, "POST", "/api/v1/registry/census-rounds/" + round + "/student-batches",
                Map.of("records", List.of(fine, nul)));
        assertFinding(batch, "records[1].houseCode", "control-character");
        JsonNode single = api.expect(400, MIS, "PUT", "/api/v1/registry/census-rounds/" + round + "/students/"
                + nul.get("citizenId"), nul);
        assertFinding(single, "houseCode", "control-character");
        assertEquals(0, students(round), "nothing of the refused requests was written");
    }

    @Test
    void aNulInAFileRejectsItsRowAndTheGoodRowsLoad() {
        long round = newRound();
        JsonNode job = ingest(round, "nul.csv", csv(row(nextPerson(), "ก", "30"), row(nextPerson(), "ก\u0000ก", "30"),
                row(nextPerson(), "ก", "30")));
        assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());
        assertEquals(2, job.path("accepted").asInt(), job.toString());
        assertEquals(1, job.path("rejected").asInt(), job.toString());
        List<String> rejections = rejections(job);
        assertEquals(1, rejections.size(), rejections.toString());
        assertTrue(rejections.get(0).startsWith("3,ชื่อ,control-character,"), rejections.toString());
        assertEquals(2, students(round), "the two good rows are enrolled");
    }

    @Test
    void anXlsxDecompressionBombIsRefusedAtUploadAndNothingIsWritten() {
        long round = newRound();
        String rowXml = "<row><c t=\"inlineStr\"><is><t>" + SCHOOL + "</t></is></c></row>";
        byte[] bomb = zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"),
                "xl/worksheets/sheet1.xml", "<worksheet><sheetData>", rowXml, 16 << 20, "</sheetData></worksheet>");
        HttpResponse<String> answer = api.sendBytes(ADMIN, "POST", "/api/v1/registry/census-rounds/" + round
                + "/student-files?fileName=bomb.xlsx", bomb, "application/octet-stream", Map.of());
        assertEquals(422, answer.statusCode(), answer.body());
        assertProblem(answer);
        JsonNode problem = GatewayClient.tree(answer.body());
        assertFinding(problem, "file", "inflate-ratio-limit");
        assertEquals("bomb.xlsx", problem.at("/errors/0/value").asText(), problem.toString());
        assertEquals(0, students(round));
    }

    @Test
    void aFileCutInsideItsLastCellFailsWholeAndLandsNothing() {
        long round = newRound();
        String cut = csv(row(nextPerson(), "ก", "30")) + SCHOOL + "," + nextPerson() + ",ก,ข,2557-05-14,ป.4,\"12";
        JsonNode job = ingest(round, "cut.csv", cut);
        assertEquals("FAILED", job.path("status").asText(), job.toString());
        assertEquals("file-cut-off", job.at("/error/code").asText(), job.toString());
        assertEquals(3, job.at("/error/row").asInt(), job.toString());
        assertEquals("น้ำหนัก", job.at("/error/column").asText(), job.toString());
        assertEquals(0, students(round), "not even the whole first row");
    }

    @Test
    void theRejectionCsvWritesAFormulaBehindAnApostrophe() {
        long round = newRound();
        JsonNode job = ingest(round, "formula.csv", csv(row(nextPerson(), "ก", "=1+1"), row(nextPerson(), "ก", "30")));
        assertEquals(1, job.path("rejected").asInt(), job.toString());
        List<String> rejections = rejections(job);
        assertTrue(rejections.get(0).startsWith("2,น้ำหนัก,"), rejections.toString());
        assertTrue(rejections.get(0).endsWith(",'=1+1"), "OWASP: a formula-starting cell behind an apostrophe: "
                + rejections);
    }

    // --- submissions -------------------------------------------------------------------------------------

    @Test
    void anEvidenceZipBombNamedXlsxIsRefusedNamingTheFileAndNotStored() {
        String id = draftResult("1.1.3");
        String evidence = "/api/v1/submissions/results/" + id + "/evidence";
        byte[] bomb = zip(Map.of("[Content_Types].xml", "<Types/>"), "xl/worksheets/sheet1.xml", "", "\0".repeat(4096),
                16 << 20, "");
        HttpResponse<String> answer = api.sendBytes(CM1, "POST", evidence, bomb, "application/octet-stream",
                Map.of("Content-Disposition", "attachment; filename=\"sheet.xlsx\""));
        assertEquals(413, answer.statusCode(), answer.body());
        assertProblem(answer);
        JsonNode problem = GatewayClient.tree(answer.body());
        assertFinding(problem, "file", "max-unpacked-ratio");
        assertEquals("sheet.xlsx", problem.at("/errors/0/value").asText(), problem.toString());
        assertTrue(problem.path("detail").asText().contains("sheet.xlsx"), problem.toString());
        assertEquals(0, api.expect(200, CM1, "GET", evidence, null).path("items").size(), "nothing stored");
    }

    @Test
    void aTransitionRetriedWithItsIdempotencyKeyAnswersAsTheFirstDid() {
        String id = draftResult("1.1.1");
        api.expect(200, CM1, "POST", "/api/v1/submissions/results/" + id + "/submit", null);
        api.expect(200, CM1_SUPERVISOR, "POST", "/api/v1/submissions/results/" + id + "/certify", null);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String accept = "/api/v1/submissions/results/" + id + "/accept";
        HttpResponse<String> first = api.send(REVIEWER, "POST", accept, null, key);
        assertEquals(200, first.statusCode(), first.body());
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent(), "the first accept ran");
        HttpResponse<String> retry = api.send(REVIEWER, "POST", accept, null, key);
        assertEquals(200, retry.statusCode(), "the retry answers as the first did, not 409: " + retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(first.headers().firstValue("ETag"), retry.headers().firstValue("ETag"));
        assertEquals(GatewayClient.tree(first.body()), GatewayClient.tree(retry.body()));
        assertEquals("ACCEPTED", GatewayClient.tree(retry.body()).path("state").asText());
    }

    // --- scoring recalculations --------------------------------------------------------------------------

    @Test
    void aReusedIdempotencyKeyReplaysTheFirstAnswerOrIsRefusedWith422() {
        awaitCatalogueInScoring();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String path = "/api/v1/scoring/recalculations";
        Map<String, Object> body = Map.of("fiscalYear", 2011, "round", 9, "dryRun", true);
        HttpResponse<String> first = api.send(BATCH, "POST", path, body, key);
        assertEquals(202, first.statusCode(), first.body());
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent(), "the first start ran");
        HttpResponse<String> replay = api.send(BATCH, "POST", path, body, key);
        assertEquals(202, replay.statusCode(), replay.body());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(first.headers().firstValue("Location"), replay.headers().firstValue("Location"));
        assertEquals(GatewayClient.tree(first.body()).path("id"), GatewayClient.tree(replay.body()).path("id"));
        HttpResponse<String> other = api.send(BATCH, "POST", path, Map.of("fiscalYear", 2011, "round", 6, "dryRun", true),
                key);
        assertEquals(422, other.statusCode(), other.body());
        assertProblem(other);
        assertFinding(GatewayClient.tree(other.body()), "Idempotency-Key", "idempotency-key-reused");
    }

    // --- gateway -----------------------------------------------------------------------------------------

    /** Python's requests waits for a body a chunked 304 never sends: two answers in a row on one connection. */
    @Test
    void aNotModifiedPollThroughTheGatewayHasNoBodyAndNoChunking() throws IOException {
        for (String path : List.of("/api/v1/catalogues", "/api/v1/registry/area-offices/" + OFFICE,
                "/api/v1/submissions/area-offices")) {
            HttpResponse<String> read = api.get(ADMIN, path);
            assertEquals(200, read.statusCode(), path + ": " + read.body());
            String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            URI gateway = URI.create(api.gateway());
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                socket.setSoTimeout(10_000);
                String request = "GET " + path + " HTTP/1.1\r\nHost: " + gateway.getAuthority() + "\r\nAuthorization: Bearer "
                        + api.token(ADMIN) + "\r\nAccept: application/json\r\nIf-None-Match: " + etag + "\r\n\r\n";
                OutputStream out = socket.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                for (int answer = 0; answer < 2; answer++) {
                    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    // The second status line comes right after the first answer's headers: no body between.
                    assertEquals("HTTP/1.1 304 Not Modified", in.readLine(), path + ", answer " + (answer + 1));
                    List<String> headers = new ArrayList<>();
                    for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                        headers.add(line.toLowerCase(Locale.ROOT));
                    }
                    assertTrue(headers.stream().noneMatch(h -> h.startsWith("transfer-encoding")), path + ": " + headers);
                    assertTrue(headers.stream().filter(h -> h.startsWith("content-length:"))
                            .allMatch(h -> h.equals("content-length: 0")), path + ": " + headers);
                }
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static HttpResponse<String> evaluate(String body) {
        return api.send(REVIEWER, "POST", "/api/v1/scoring/evaluate", body, Map.of());
    }

    /** A 400 problem whose findings name {@code field} (with {@code code}, when given). */
    private static void refused(String body, String field, String code) {
        HttpResponse<String> answer = evaluate(body);
        assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
        assertProblem(answer);
        JsonNode problem = GatewayClient.tree(answer.body());
        if (code == null) {
            assertTrue(problem.path("errors").findValuesAsText("field").contains(field), field + " in " + problem);
        } else {
            assertFinding(problem, field, code);
        }
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    private static void assertFinding(JsonNode problem, String field, String code) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText()) && code.equals(error.path("code").asText())) {
                return;
            }
        }
        throw new AssertionError(code + " at " + field + " in " + problem);
    }

    private static long newRound() {
        return api.expect(201, ADMIN, "POST", "/api/v1/registry/census-rounds", Map.of("academicYear",
                YEARS.incrementAndGet(), "roundNo", 1, "certificationDeadline", "2099-12-31")).path("id").asLong();
    }

    private static long students(long round) {
        return api.expect(200, ADMIN, "GET", "/api/v1/registry/census-rounds/" + round + "/area-offices/" + OFFICE
                + "/statistics", null).at("/students/total").asLong();
    }

    private static String nextPerson() {
        return "G7180" + String.format("%08d", PEOPLE.incrementAndGet());
    }

    private static Map<String, Object> student(String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("schoolCode", SCHOOL);
        s.put("citizenId", id);
        s.put("prefix", "ด.ช.");
        s.put("firstName", "สมชาย");
        s.put("lastName", "ใจดี");
        s.put("birthDate", "2557-05-14");
        s.put("classLevel", "ป.4");
        return s;
    }

    private static String row(String person, String firstName, String weight) {
        return SCHOOL + "," + person + "," + firstName + ",ข,2557-05-14,ป.4," + weight;
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /** Uploads a student file as the request body and waits for its job to end; the job. */
    private static JsonNode ingest(long round, String fileName, String content) {
        HttpResponse<String> upload = api.sendBytes(ADMIN, "POST", "/api/v1/registry/census-rounds/" + round
                + "/student-files?fileName=" + fileName, content.getBytes(StandardCharsets.UTF_8), "text/csv", Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        return api.await(ADMIN, "/api/v1/registry/ingestion-jobs/" + GatewayClient.tree(upload.body()).path("id").asText(),
                job -> !List.of("QUEUED", "RUNNING").contains(job.path("status").asText()), "the job of " + fileName);
    }

    /** The job's rejection CSV lines, without the byte order mark and header. */
    private static List<String> rejections(JsonNode job) {
        HttpResponse<String> csv = api.send(ADMIN, "GET", job.path("rejectionsUrl").asText(), null,
                Map.of("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = new ArrayList<>(csv.body().replace("\uFEFF", "").lines().toList());
        lines.remove(0);
        return lines;
    }

    /**
     * A ZIP of small parts and one big part: {@code head}, {@code repeated} until {@code size} bytes, then
     * {@code tail}. Compressed, it is a few KB per MB.
     */
    private static byte[] zip(Map<String, String> parts, String big, String head, String repeated, int size,
            String tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry(big));
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] unit = repeated.getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < size; written += unit.length) {
                zip.write(unit);
            }
            zip.write(tail.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A DRAFT result of office 5001 for round 9 of B.E. 2554, once submission-service holds the catalogue. */
    private static String draftResult(String indicator) {
        api.await(REVIEWER, "/api/v1/submissions/catalogues", body -> body.toString().contains("\"fiscalYear\":2011"),
                "the B.E. 2554 catalogue in submission-service");
        return api.expect(201, CM1, "POST", "/api/v1/submissions/results", Map.of("fiscalYear", 2011, "level",
                "OBEC_AGREEMENT", "round", 9, "indicatorCode", indicator, "value", 74.36)).path("id").asText();
    }

    private static void awaitCatalogueInScoring() {
        GatewayClient.awaitAnswer("the B.E. 2554 catalogue in scoring-service",
                () -> evaluate("{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"indicatorCode\": \"1.1.1\", "
                        + "\"value\": 75}"),
                body -> body.path("displayScore").isNumber());
    }
}
