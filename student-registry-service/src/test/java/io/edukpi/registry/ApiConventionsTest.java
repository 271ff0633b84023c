package io.edukpi.registry;

import static io.edukpi.registry.RegistryFixture.HEADER;
import static io.edukpi.registry.RegistryFixture.OFFICE;
import static io.edukpi.registry.RegistryFixture.SCHOOL_A;
import static io.edukpi.registry.RegistryFixture.newRound;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.edukpi.registry.messaging.AreaOfficeEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The API's shared conventions as the registry applies them: offices, paging, C.E. years, ETags, downloads. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class ApiConventionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AreaOfficeEvents officeEvents;

    /** The offices these tests register go again: closing a round elsewhere announces every office there is. */
    @AfterEach
    void removeOwnOffices() {
        RegistryFixture.execute("delete from area_office where code like '7%'");
    }

    @Test
    void anOfficeIsAnnouncedWhenRegisteredOrRenamedAndOnceAtStartUpIfNeverSent() throws Exception {
        RegistryFixture.ensureTopic(AreaOfficeEvents.TOPIC);
        String admin = TestTokens.obecAdmin();
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                AreaOfficeEvents.TOPIC)) {
            putOffice("7101", "สพป.ทดสอบ เขต 1", "PRIMARY").then().statusCode(201)
                    .header("Location", endsWith("/api/v1/registry/area-offices/7101")).body("kind", equalTo("PRIMARY"));
            putOffice("7101", "สพป.ทดสอบ เขต 1", "PRIMARY").then().statusCode(200);
            putOffice("7101", "สพม.ทดสอบ", "SECONDARY").then().statusCode(200).body("nameTh", equalTo("สพม.ทดสอบ"));
            List<ConsumerRecord<String, String>> events = reader.await(r -> "7101".equals(r.key()), 2, Duration.ofSeconds(30));
            assertEquals(2, events.size(), () -> "the unchanged PUT announced nothing: " + events);
            for (ConsumerRecord<String, String> event : events) {
                EventSchemas.ofProject().assertValid("registry.area-office", event.value());
                assertEquals(AreaOfficeEvents.TYPE,
                        new String(event.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
            }
            JsonNode first = JSON.readTree(events.get(0).value());
            JsonNode renamed = JSON.readTree(events.get(1).value());
            assertEquals("PRIMARY", first.get("kind").asText());
            assertEquals("SECONDARY", renamed.get("kind").asText());
            assertEquals("สพม.ทดสอบ", renamed.get("nameTh").asText());
            Set<String> fields = new TreeSet<>();
            renamed.fieldNames().forEachRemaining(fields::add);
            assertEquals(Set.of("changedAt", "kind", "nameTh", "officeCode"), fields);

            // An office the registry held before the topic existed is announced once, by the next start.
            RegistryFixture.execute("update area_office set announced_at = null where code = '7101'");
            assertTrue(officeEvents.announcePending() >= 1);
            assertEquals(0, officeEvents.announcePending());
            List<ConsumerRecord<String, String>> all = reader.await(r -> "7101".equals(r.key()), 3, Duration.ofSeconds(30));
            assertEquals(3, all.size());
            assertEquals(renamed.get("changedAt").asText(), JSON.readTree(all.get(2).value()).get("changedAt").asText());
        }
        given().auth().oauth2(admin).get("/api/v1/registry/area-offices/7101").then().statusCode(200)
                .body("nameTh", equalTo("สพม.ทดสอบ"));
    }

    @Test
    void officesArePagedWithLinksAndAnUnknownKindIsRefused() {
        for (String code : List.of("7201", "7202", "7203")) {
            putOffice(code, "สพม.หน้า " + code, "SECONDARY").then().statusCode(oneOf(200, 201));
        }
        String reader = TestTokens.obecAdmin();
        Response first = given().auth().oauth2(reader).get("/api/v1/registry/area-offices?kind=SECONDARY&size=1");
        first.then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(3)).body("items[0].kind", equalTo("SECONDARY"))
                .header("Link", containsString("rel=\"next\"")).header("Link", containsString("rel=\"last\""));
        given().auth().oauth2(reader).get("/api/v1/registry/area-offices").then().statusCode(200)
                .body("size", equalTo(20));
        RegistryFixture.ensureOfficesAndSchools();
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).get("/api/v1/registry/area-offices/" + OFFICE + "/schools?size=2")
                .then().statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.code", equalTo(List.of(SCHOOL_A, RegistryFixture.SCHOOL_B)))
                .header("Link", containsString("page=1&size=2>; rel=\"next\""));
        given().auth().oauth2(TestTokens.areaOfficer(RegistryFixture.OTHER_OFFICE))
                .get("/api/v1/registry/area-offices/" + OFFICE + "/schools").then().statusCode(404);
        given().auth().oauth2(reader).get("/api/v1/registry/area-offices?kind=secondary").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-value")).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("PRIMARY, SECONDARY"));
        given().auth().oauth2(reader).get("/api/v1/registry/area-offices?size=501").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void buddhistEraYearsAreRefusedNamingTheCommonEraYear() {
        String admin = TestTokens.obecAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("academicYear", 2567, "roundNo", 1))
                .post("/api/v1/registry/census-rounds").then().statusCode(400)
                .body("errors[0].code", equalTo("year-era")).body("errors[0].field", equalTo("academicYear"))
                .body("errors[0].message", containsString("2024"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("figures", List.of(Map.of("officeCode", OFFICE, "year", 2024, "age", 9, "persons", 1),
                        Map.of("officeCode", OFFICE, "year", 2567, "age", 10, "persons", 1))))
                .put("/api/v1/registry/population-figures").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].code", equalTo("year-era"))
                .body("errors[0].field", equalTo("figures[1].year"));
        long round = newRound();
        int year = given().auth().oauth2(admin).get("/api/v1/registry/census-rounds/" + round).then().statusCode(200)
                .extract().jsonPath().getInt("academicYear");
        assertTrue(year < 2400, "C.E.: " + year);
        given().auth().oauth2(admin).get("/api/v1/registry/census-rounds/" + round).then()
                .body("censusDate", equalTo(year + "-06-10"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("academicYear", year, "roundNo", 1))
                .post("/api/v1/registry/census-rounds").then().statusCode(409)
                .body("detail", equalTo("Round 1 of academic year " + year + " (B.E. " + (year + 543) + ") exists already."));
    }

    @Test
    void statisticsKeepTheirETagWhileTheFiguresStayTheSame() {
        long round = newRound();
        String reader = TestTokens.obecAdmin();
        String path = "/api/v1/registry/census-rounds/" + round + "/area-offices/" + OFFICE + "/statistics";
        String first = given().auth().oauth2(reader).get(path).then().statusCode(200).extract().header("ETag");
        String second = given().auth().oauth2(reader).get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(first, second);
        given().auth().oauth2(reader).header("If-None-Match", first).get(path).then().statusCode(304);
        given().auth().oauth2(reader).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(MisAndCertificationTest.student(SCHOOL_A, "G710000000001", "ป.1"))))
                .post("/api/v1/registry/census-rounds/" + round + "/student-batches").then().statusCode(200)
                .body("created", equalTo(1));
        String changed = given().auth().oauth2(reader).header("If-None-Match", first).get(path).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(first, changed);
    }

    @Test
    void aRosterPageLinksToTheNextAndTheRejectionsAreAnAttachment() throws Exception {
        long round = newRound();
        String admin = TestTokens.obecAdmin();
        byte[] file = (HEADER + "\n" + SCHOOL_A + ",G711000000001,ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_A + ",G711000000002,ก,ข,2557-05-14,ป.4,30\n"
                + SCHOOL_A + ",1101112345678,ก,ข,2557-05-14,ป.4,30\n").getBytes(StandardCharsets.UTF_8);
        Response job = RegistryFixture.upload(admin, round, file, "roster.csv", null);
        job.then().statusCode(202).header("Location", containsString("/api/v1/registry/ingestion-jobs/"));
        Response done = RegistryFixture.awaitJob(admin, job.jsonPath().getString("id"));
        assertEquals(2, done.jsonPath().getInt("accepted"), done.asString());
        given().auth().oauth2(admin).get(done.jsonPath().getString("rejectionsUrl")).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"rejections-" + done.jsonPath().getString("id")
                        + ".csv\"; filename*=UTF-8''rejections-" + done.jsonPath().getString("id") + ".csv"));
        given().auth().oauth2(admin)
                .get("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/students?size=1")
                .then().statusCode(200).header("X-Masked", "false").body("totalItems", equalTo(2))
                .body("items[0].citizenId", equalTo("G711000000001"))
                .body("totalPages", equalTo(2)).body("items", hasSize(1))
                .header("Link", containsString("page=1&size=1>; rel=\"next\""));
        given().auth().oauth2(admin)
                .get("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/students?page=-1")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(admin).multiPart("file", "roster.csv", file, "text/csv")
                .post("/api/v1/registry/census-rounds/" + round + "/ingestion-jobs?mode=accept_valid")
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-value"))
                .body("errors[0].field", equalTo("mode"));
    }

    private static Response putOffice(String code, String nameTh, String kind) {
        return given().auth().oauth2(TestTokens.obecAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameTh", nameTh, "kind", kind)).put("/api/v1/registry/area-offices/" + code);
    }
}
