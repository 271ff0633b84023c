package io.edukpi.registry;

import static io.edukpi.registry.RegistryFixture.OFFICE;
import static io.edukpi.registry.RegistryFixture.OTHER_OFFICE;
import static io.edukpi.registry.RegistryFixture.OTHER_SCHOOL;
import static io.edukpi.registry.RegistryFixture.SCHOOL_A;
import static io.edukpi.registry.RegistryFixture.SCHOOL_B;
import static io.edukpi.registry.RegistryFixture.SCHOOL_C;
import static io.edukpi.registry.RegistryFixture.count;
import static io.edukpi.registry.RegistryFixture.newRound;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class MisAndCertificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> student(String school, String id, String level) {
        Map<String, Object> s = new HashMap<>();
        s.put("schoolCode", school);
        s.put("citizenId", id);
        s.put("prefix", "ด.ญ.");
        s.put("firstName", "กมลชนก");
        s.put("lastName", "ศรีสุข");
        s.put("birthDate", "2557-05-14");
        s.put("classLevel", level);
        s.put("studentNumber", "501");
        s.put("religion", "1");
        return s;
    }

    private static Response batch(String token, long round, String key, List<Map<String, Object>> records) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("records", records));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/registry/census-rounds/" + round + "/student-batches");
    }

    @Test
    void aRetriedBatchWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndWritesNothingTwice() {
        long round = newRound();
        String mis = TestTokens.misClient("mis-demo", SCHOOL_A, SCHOOL_B);
        List<Map<String, Object>> records = List.of(
                student(SCHOOL_A, "1101112345679", "ป.4"),
                student(SCHOOL_B, "G555000000001", "ม.1"),
                student(SCHOOL_A, "1101112345678", "ป.4"), // wrong check digit
                student(OTHER_SCHOOL, "G555000000002", "ป.1")); // not one of the client's schools
        String key = UUID.randomUUID().toString();
        Response first = batch(mis, round, key, records);
        first.then().statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(2))
                .body("results[0].status", equalTo("CREATED"))
                .body("results[2].status", equalTo("REJECTED"))
                .body("results[2].errors[0].code", equalTo("citizen-id-check-digit"))
                .body("results[2].errors[0].messageTh", equalTo("เลขตรวจสอบ (หลักที่ 13) ไม่ถูกต้อง ควรเป็น 9"))
                .body("results[3].errors[0].code", equalTo("school-not-permitted"));
        String enrolments = RegistryFixture
                .text("select count(*) || ':' || max(updated_at) from enrolment where round_id = " + round);

        Response retry = batch(mis, round, key, records);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), retry.asString());
        assertEquals(enrolments,
                RegistryFixture.text("select count(*) || ':' || max(updated_at) from enrolment where round_id = " + round));

        // The same key for other data is refused; a new key for the same data finds nothing to change.
        batch(mis, round, key, records.subList(0, 1)).then().statusCode(422)
                .body("errors[0].code", equalTo("idempotency-key-reused"));
        batch(mis, round, UUID.randomUUID().toString(), records.subList(0, 2)).then().statusCode(200)
                .body("unchanged", equalTo(2)).body("created", equalTo(0));
    }

    @Test
    void putByNaturalKeyCreatesUpdatesAndAnswersConflicts() {
        long round = newRound();
        String admin = TestTokens.obecAdmin();
        String path = "/api/v1/registry/census-rounds/" + round + "/students/G555000000010";
        Map<String, Object> body = student(SCHOOL_A, "G555000000010", "ป.2");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(201).body("status", equalTo("CREATED"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(200).body("status", equalTo("UNCHANGED"));
        body.put("classLevel", "ป.3");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(200).body("status", equalTo("UPDATED"));
        assertEquals("ป.3", RegistryFixture
                .text("select class_level from enrolment where person_id = 'G555000000010' and round_id = " + round));

        Map<String, Object> elsewhere = student(SCHOOL_B, "G555000000010", "ป.3");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(elsewhere).put(path)
                .then().statusCode(409).body("errors[0].code", equalTo("second-active-enrolment"));
        body.put("birthDate", "2557-02-30");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].code", equalTo("date-not-exist"));
        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_B)).contentType(ContentType.JSON)
                .body(student(SCHOOL_A, "G555000000011", "ป.1"))
                .put("/api/v1/registry/census-rounds/" + round + "/students/G555000000011").then().statusCode(403);
    }

    @Test
    void certifyingASchoolPublishesStatisticsThatValidateOnTheRealBroker() throws Exception {
        long round = newRound();
        String admin = TestTokens.obecAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("figures", List.of(Map.of("officeCode", OFFICE, "year", yearOf(round), "age", 10, "persons", 4))))
                .put("/api/v1/registry/population-figures").then().statusCode(200);
        Map<String, Object> complete = student(SCHOOL_A, "G555000000020", "ป.4");
        complete.putAll(Map.ofEntries(Map.entry("weightKg", "30"), Map.entry("heightCm", "135"),
                Map.entry("houseCode", "73020012345"), Map.entry("ethnicity", "099"), Map.entry("nationality", "099"),
                Map.entry("disability", "00"), Map.entry("travelMode", "5"), Map.entry("distanceKm", "3.5"),
                Map.entry("subdistrictCode", "730201"), Map.entry("fatherName", "นายสมชาย ศรีสุข"),
                Map.entry("motherName", "นางสมหญิง ศรีสุข"), Map.entry("fatherId", "1101112345679"),
                Map.entry("motherId",
                        "3101112345671".substring(0, 12) + io.edukpi.registry.domain.PersonId.checkDigit("310111234567"))));
        // Born 14 May 2014 (B.E. 2557): 10 years old on the round's census date.
        complete.put("birthDate", (yearOf(round) - 10) + "-05-14");
        batch(admin, round, null, List.of(complete, student(SCHOOL_A, "G555000000021", "ป.5"))).then().statusCode(200)
                .body("created", equalTo(2));

        RegistryFixture.ensureTopic("registry.statistics");
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "registry.statistics")) {
            given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_A))
                    .post("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/certification")
                    .then().statusCode(200).body("state", equalTo("CERTIFIED"));
            List<ConsumerRecord<String, String>> events = reader.await(r -> ofRound(r, round, "CERTIFICATION"), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, events.size(), () -> "events of the topic: " + reader.await(r -> true, 0, Duration.ZERO));
            ConsumerRecord<String, String> event = events.get(0);
            assertEquals(OFFICE, event.key());
            EventSchemas.ofProject().assertValid("registry.statistics", event.value());
            JsonNode stats = JSON.readTree(event.value());
            assertEquals("CERTIFICATION", stats.get("trigger").asText());
            assertEquals(2, stats.at("/students/total").asLong());
            assertEquals(1, stats.at("/students/byLevel/ป.4").asLong());
            assertEquals(1, stats.at("/completeness/students/complete").asLong());
            assertEquals(1, stats.at("/certification/certifiedByDeadline").asLong());
            JsonNode schools = stats.get("schools");
            assertEquals(stats.at("/certification/schools").asLong(), schools.size());
            Map<String, Boolean> certifiedBySchool = new HashMap<>();
            schools.forEach(s -> certifiedBySchool.put(s.get("code").asText(), s.get("certified").asBoolean()));
            assertEquals(Boolean.TRUE, certifiedBySchool.get(SCHOOL_A));
            assertEquals(Boolean.FALSE, certifiedBySchool.get(SCHOOL_B));
            assertEquals(Boolean.FALSE, certifiedBySchool.get(SCHOOL_C));
            JsonNode primary = stats.get("enrolmentRatios").get(1);
            assertEquals("6-11", primary.get("ageGroup").asText());
            assertEquals(4, primary.get("population").asLong());
            assertEquals(25.0, primary.get("ratioPercent").asDouble());
            assertEquals("edukpi.registry.statistics.v1", new String(event.headers().lastHeader("ce_type").value()));
        }

        // Certified data are locked; the area office reopens them (audited) and they can change again.
        batch(admin, round, null, List.of(student(SCHOOL_A, "G555000000022", "ป.1"))).then().statusCode(200)
                .body("results[0].errors[0].code", equalTo("school-certified"));
        given().auth().oauth2(TestTokens.areaOfficer(OTHER_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .post("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/certification/reopening")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "แก้ไขชั้นเรียนของนักเรียน 2 คน"))
                .post("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/certification/reopening")
                .then().statusCode(200).body("state", equalTo("REOPENED"));
        assertEquals("CERTIFY,REOPEN",
                RegistryFixture.text("select string_agg(action, ',' order by id) from certification_audit"
                        + " where school_code = '" + SCHOOL_A + "' and round_id = " + round));
        batch(admin, round, null, List.of(student(SCHOOL_A, "G555000000022", "ป.1"))).then().statusCode(200)
                .body("created", equalTo(1));

        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "registry.statistics")) {
            given().auth().oauth2(admin).post("/api/v1/registry/census-rounds/" + round + "/closing")
                    .then().statusCode(200).body("status", equalTo("CLOSED"));
            List<ConsumerRecord<String, String>> closing = reader.await(r -> ofRound(r, round, "ROUND_CLOSED"), 2,
                    Duration.ofSeconds(30));
            assertEquals(Set.of(OFFICE, OTHER_OFFICE), Set.copyOf(closing.stream().map(ConsumerRecord::key).toList()));
            closing.forEach(r -> EventSchemas.ofProject().assertValid("registry.statistics", r.value()));
        }
        batch(admin, round, null, List.of(student(SCHOOL_A, "G555000000023", "ป.1"))).then().statusCode(409);
    }

    @Test
    void personalDataAreMaskedUnlessTheCallerHasRegistryPiiAndEveryUnmaskedReadIsLogged() {
        long round = newRound();
        Map<String, Object> s = student(SCHOOL_A, "1101112345679", "ป.4");
        s.put("fatherId", "1101112345679");
        batch(TestTokens.obecAdmin(), round, null, List.of(s)).then().statusCode(200);

        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).get("/api/v1/registry/persons/1101112345679")
                .then().statusCode(200).body("citizenId", equalTo("*********5679")).body("masked", equalTo(true))
                .body("items.fatherId", equalTo("*********5679"));
        given().auth().oauth2(TestTokens.areaOfficer(OTHER_OFFICE)).get("/api/v1/registry/persons/1101112345679")
                .then().statusCode(404);
        long logged = count("select count(*) from pii_access_log where person_id = '1101112345679'");
        String pii = TestTokens.of("pii.officer", Set.of("area-officer", "registry-pii"), Map.of("office_code", OFFICE));
        given().auth().oauth2(pii).get("/api/v1/registry/persons/1101112345679")
                .then().statusCode(200).body("citizenId", equalTo("1101112345679")).body("masked", equalTo(false));
        assertEquals(logged + 1, count("select count(*) from pii_access_log where person_id = '1101112345679'"));
        assertEquals("pii.officer", RegistryFixture.text("select actor from pii_access_log order by id desc limit 1"));

        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_A))
                .get("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/students?size=10")
                .then().statusCode(200).header("X-Masked", "true").body("totalItems", equalTo(1)).body("items", hasSize(1))
                .body("items[0].citizenId", equalTo("*********5679")).body("items[0].classLevel", equalTo("ป.4"));
        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_B))
                .get("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/students")
                .then().statusCode(404);
        given().get("/api/v1/registry/persons/1101112345679").then().statusCode(401);
    }

    @Test
    void referenceCodesChangeThroughTheApiWithoutARelease() {
        long round = newRound();
        String admin = TestTokens.obecAdmin();
        Map<String, Object> s = student(SCHOOL_B, "G555000000030", "ม.2");
        s.put("travelMode", "88");
        batch(admin, round, null, List.of(s)).then().body("results[0].errors[0].code", equalTo("code-unknown"))
                .body("results[0].errors[0].field", equalTo("travelMode"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("nameTh", "เรือหางยาว", "nameEn", "Longtail boat"))
                .put("/api/v1/registry/reference-codes/travel-mode/88").then().statusCode(201);
        batch(admin, round, null, List.of(s)).then().body("results[0].status", equalTo("CREATED"));
        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_B)).contentType(ContentType.JSON)
                .body(Map.of("nameTh", "x")).put("/api/v1/registry/reference-codes/travel-mode/89").then().statusCode(403);
        given().auth().oauth2(admin).get("/api/v1/registry/reference-codes/religion").then().statusCode(200)
                .body("find { it.code == '1' }.nameTh", equalTo("พุทธ"));
    }

    @Test
    void schoolsKeepTheirSixItemsAndTeachersTheirTen() {
        RegistryFixture.ensureOfficesAndSchools();
        given().auth().oauth2(TestTokens.misClient("mis-demo", SCHOOL_B)).contentType(ContentType.JSON)
                .body(Map.of("code", SCHOOL_B, "nameTh", "โรงเรียนวัด " + SCHOOL_B, "officeCode", OFFICE,
                        "items", Map.of("internet", true, "networkCentre", true, "electricity", true, "telephone", false,
                                "pipedWater", true, "dreamSchoolCohort", 3)))
                .put("/api/v1/registry/schools/" + SCHOOL_B).then().statusCode(400)
                .body("errors[0].field", equalTo("items.dreamSchoolCohort"));
        String etag = given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).get("/api/v1/registry/schools/" + SCHOOL_B)
                .then().statusCode(200).body("complete", equalTo(true)).extract().header("ETag");
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).header("If-None-Match", etag)
                .get("/api/v1/registry/schools/" + SCHOOL_B).then().statusCode(304);
        given().auth().oauth2(TestTokens.areaOfficer(OTHER_OFFICE)).get("/api/v1/registry/schools/" + SCHOOL_B)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.misClient("mis-demo", SCHOOL_B)).contentType(ContentType.JSON)
                .body(Map.of("code", "1050139999", "nameTh", "ใหม่", "officeCode", OFFICE))
                .put("/api/v1/registry/schools/1050139999").then().statusCode(403);
        Map<String, Object> teacher = new HashMap<>(Map.of("schoolCode", SCHOOL_B, "citizenId", "1101112345679",
                "firstName", "สมศรี", "lastName", "ครูดี", "birthDate", "2525-01-31", "majorSubject", "คณิตศาสตร์",
                "firstTeachingDate", "2550-05-16", "firstAppointedDate", "2550-05-16", "position", "ครูชำนาญการ"));
        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_B)).contentType(ContentType.JSON).body(teacher)
                .put("/api/v1/registry/teachers/1101112345679").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(200), equalTo(201)));
        assertEquals("2007-05-16",
                RegistryFixture.text("select first_teaching_date::text from teacher where person_id = '1101112345679'"));
        teacher.put("firstAppointedDate", "2549-05-16");
        given().auth().oauth2(TestTokens.schoolOfficer(OFFICE, SCHOOL_B)).contentType(ContentType.JSON).body(teacher)
                .put("/api/v1/registry/teachers/1101112345679").then().statusCode(400)
                .body("errors[0].code", equalTo("date-order"));
    }

    private static boolean ofRound(ConsumerRecord<String, String> record, long round, String trigger) {
        try {
            JsonNode event = JSON.readTree(record.value());
            return event.path("roundId").asLong() == round && trigger.equals(event.path("trigger").asText());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static int yearOf(long round) {
        return given().auth().oauth2(TestTokens.obecAdmin()).get("/api/v1/registry/census-rounds/" + round)
                .then().extract().jsonPath().getInt("academicYear");
    }
}
