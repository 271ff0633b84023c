package io.edukpi.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Offices, schools and rounds the API tests work on, and helpers to upload files and wait for jobs. */
final class RegistryFixture {

    static final String OFFICE = "5001";
    static final String OTHER_OFFICE = "5002";
    static final String SCHOOL_A = "1050130001";
    static final String SCHOOL_B = "1050130002";
    static final String SCHOOL_C = "1050130003";
    static final String OTHER_SCHOOL = "2050130001";
    /** The SchoolMIS titles of the columns the file tests write. */
    static final String HEADER = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,วันเกิด,ชั้น,น้ำหนัก";

    /** Each test opens rounds of its own, so tests never see each other's enrolments. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(1997);
    private static boolean ready;

    private RegistryFixture() {
    }

    static synchronized void ensureOfficesAndSchools() {
        if (ready) {
            return;
        }
        put("/api/v1/registry/area-offices/" + OFFICE, Map.of("code", OFFICE,
                "nameTh", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครปฐม เขต 2", "kind", "PRIMARY"));
        put("/api/v1/registry/area-offices/" + OTHER_OFFICE, Map.of("code", OTHER_OFFICE,
                "nameTh", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครปฐม", "kind", "SECONDARY"));
        for (String school : new String[] { SCHOOL_A, SCHOOL_B, SCHOOL_C }) {
            put("/api/v1/registry/schools/" + school, Map.of("code", school, "nameTh", "โรงเรียนวัด " + school,
                    "officeCode", OFFICE, "items", Map.of("internet", true, "networkCentre", false, "electricity", true,
                            "telephone", true, "pipedWater", true, "dreamSchoolCohort", 0)));
        }
        put("/api/v1/registry/schools/" + OTHER_SCHOOL, Map.of("code", OTHER_SCHOOL, "nameTh", "โรงเรียนอื่น",
                "officeCode", OTHER_OFFICE));
        ready = true;
    }

    private static void put(String path, Object body) {
        given().auth().oauth2(TestTokens.obecAdmin()).contentType(ContentType.JSON).body(body)
                .put(path).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    /** A new open round 1 of a year no other test uses. */
    static long newRound() {
        ensureOfficesAndSchools();
        int year = NEXT_YEAR.incrementAndGet();
        return given().auth().oauth2(TestTokens.obecAdmin()).contentType(ContentType.JSON)
                .body(Map.of("academicYear", year, "roundNo", 1, "certificationDeadline", "2099-12-31"))
                .post("/api/v1/registry/census-rounds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response upload(String token, long round, Path file, String name, String query) {
        return given().auth().oauth2(token)
                .multiPart("file", name, read(file), "application/octet-stream")
                .post("/api/v1/registry/census-rounds/" + round + "/ingestion-jobs" + (query == null ? "" : "?" + query));
    }

    private static byte[] read(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Response upload(String token, long round, byte[] content, String name, String query) {
        return given().auth().oauth2(token)
                .multiPart("file", name, content, "application/octet-stream")
                .post("/api/v1/registry/census-rounds/" + round + "/ingestion-jobs" + (query == null ? "" : "?" + query));
    }

    /** Uploads and waits for the job to end; returns the job's final JSON. */
    static Response ingest(String token, long round, Path file, String name, String query) {
        Response accepted = upload(token, round, file, name, query);
        if (accepted.statusCode() != 202) {
            fail("upload answered " + accepted.statusCode() + ": " + accepted.asString());
        }
        return awaitJob(token, accepted.jsonPath().getString("id"));
    }

    static Response awaitJob(String token, String id) {
        return await("job " + id + " to end").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(token).get("/api/v1/registry/ingestion-jobs/" + id),
                        job -> !List.of("QUEUED", "RUNNING").contains(job.jsonPath().getString("status")));
    }

    /** A job's rejection CSV, without its byte order mark and header. */
    static List<CsvRecord> rejectionCsv(Response job, String token) {
        byte[] body = given().auth().oauth2(token).get(job.jsonPath().getString("rejectionsUrl"))
                .then().statusCode(200).extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().skip(1).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        try (Connection c = db(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql) {
        try (Connection c = db(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) {
        try (Connection c = db(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reader subscribed before a topic exists would only see it at its next metadata refresh, minutes later. */
    static void ensureTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", DevStackResource.servers().kafka().bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(DevStackResource.servers().postgres().jdbcUrl("registry"), "postgres", "postgres");
    }
}
