package io.edukpi.submission.it;

import static io.edukpi.submission.it.Fixtures.RESULTS;
import static io.edukpi.submission.it.Fixtures.officer;
import static io.edukpi.submission.it.Fixtures.reviewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A result through the API with the tokens of different people, and its events on the real broker. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class ResultWorkflowTest {

    private static final AtomicInteger OFFICES = new AtomicInteger();

    /** A fresh office per test, so tests never see each other's results. */
    private String office;

    @BeforeEach
    void catalogueAndOffice() {
        Fixtures.catalogue(2011, c -> {
        });
        office = "81" + String.format("%02d", OFFICES.incrementAndGet()) + (System.nanoTime() % 1000);
        Fixtures.office(office, "PRIMARY");
    }

    private Response create(String token, String indicator, int round, String extra) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": " + round
                        + ", \"indicatorCode\": \"" + indicator + "\"" + (extra.isEmpty() ? "" : ", " + extra) + "}")
                .post(RESULTS);
    }

    private Response step(String token, String id, String step, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(RESULTS + "/" + id + "/" + step);
    }

    @Test
    void keyedSubmittedCertifiedAcceptedAndOnTheBrokerValidAgainstItsSchema() {
        String collector = officer("somjai", office);
        String supervisor = officer("prasert", office);
        try (TopicReader accepted = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "submission.accepted")) {
            Response created = create(collector, "1.1.1", 9, "\"value\": 74.36, \"narrative\": \"ข้อมูล DMC 10 มิ.ย. 2554\","
                    + " \"dataCollector\": {\"name\": \"นางสาวสมใจ ใจดี\", \"phone\": \"053-111111\"}");
            created.then().statusCode(201).header("ETag", "\"1.0\"").body("state", equalTo("DRAFT"))
                    .body("value", equalTo(74.36f)).body("officeKind", equalTo("PRIMARY"))
                    .body("resultSource", equalTo("REGISTRY")).body("valueOrigin", equalTo("KEYED"));
            String id = created.path("id");

            // The 2011 deadlines are long past and the catalogue marks late submissions.
            step(collector, id, "submit", null).then().statusCode(200).body("state", equalTo("SUBMITTED"))
                    .body("late", equalTo(true)).body("submittedBy", equalTo("somjai"));
            step(collector, id, "certify", null).then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("own-submission"));
            step(supervisor, id, "certify", null).then().statusCode(200).body("state", equalTo("CERTIFIED"))
                    .body("certifiedBy", equalTo("prasert"));
            step(reviewer("wanna"), id, "accept", null).then().statusCode(200).body("state", equalTo("ACCEPTED"))
                    .body("acceptedBy", equalTo("wanna"));

            List<ConsumerRecord<String, String>> events = accepted.await(r -> office.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, events.size(), "submission.accepted for office " + office);
            EventSchemas.ofProject().assertValid("submission.accepted", events.get(0).value());
            JsonNode event = Fixtures.MAPPER.readTree(events.get(0).value());
            assertEquals(id, event.path("resultId").asText());
            assertEquals(1, event.path("resultVersion").asInt());
            assertEquals("74.36", event.path("value").decimalValue().stripTrailingZeros().toPlainString());
            assertEquals("PRIMARY", event.path("officeKind").asText());
            assertEquals(9, event.path("round").asInt());
            assertEquals("1.1.1", event.path("indicatorCode").asText());
            assertEquals(1, event.path("catalogueVersion").asInt());
            assertEquals("wanna", event.path("acceptedBy").asText());
            assertEquals("edukpi.submission.accepted.v1",
                    new String(events.get(0).headers().lastHeader("ce_type").value()));

            given().auth().oauth2(TestTokens.reviewer()).get(RESULTS + "/" + id + "/audit").then().statusCode(200)
                    .body("action", equalTo(List.of("CREATE", "SUBMIT", "CERTIFY", "ACCEPT")))
                    .body("actor", equalTo(List.of("somjai", "somjai", "prasert", "wanna")))
                    .body("toState", equalTo(List.of("DRAFT", "SUBMITTED", "CERTIFIED", "ACCEPTED")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void returnedAtEitherReviewStepComesBackAsADraftWithTheReason() {
        String collector = officer("somjai", office);
        String supervisor = officer("prasert", office);
        String id = create(collector, "1.1.3", 9, "\"value\": 96.51").then().statusCode(201).extract().path("id");

        step(collector, id, "submit", null).then().statusCode(200);
        step(supervisor, id, "return", "{}").then().statusCode(422).body("type", containsString("reason-required"))
                .body("errors[0].field", equalTo("reason"));
        step(supervisor, id, "return", "{\"reason\": \"ตัวเลขไม่ตรงกับ DMC\"}").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("editable", equalTo(true))
                .body("returnReason", equalTo("ตัวเลขไม่ตรงกับ DMC"));

        Response current = given().auth().oauth2(collector).get(RESULTS + "/" + id);
        given().auth().oauth2(collector).contentType("application/json").header("If-Match", current.header("ETag"))
                .body("{\"value\": 96.6}").put(RESULTS + "/" + id).then().statusCode(200).body("value", equalTo(96.6f));
        step(collector, id, "submit", null).then().statusCode(200).body("returnReason", nullValue());
        step(supervisor, id, "certify", null).then().statusCode(200);

        step(reviewer("wanna"), id, "return", "{\"reason\": \"แนบหลักฐาน ทร.14 ด้วย\"}").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("returnReason", equalTo("แนบหลักฐาน ทร.14 ด้วย"));
        given().auth().oauth2(TestTokens.reviewer()).get(RESULTS + "/" + id + "/audit").then()
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "CERTIFY", "RETURN")))
                .body("reason[6]", equalTo("แนบหลักฐาน ทร.14 ด้วย"))
                .body("before[3].value", equalTo(96.51f)).body("after[3].value", equalTo(96.6f));
    }

    @Test
    void threeSchoolFormsRollUpToTheOfficeResult() {
        String collector = officer("somjai", office);
        Response created = create(collector, "3.1.2", 6, "\"officeForm\": {\"fields\": {\"targetSchools\": 3}}");
        // No school has filled its form yet: 0 of the 3 target schools.
        created.then().statusCode(201).body("value", equalTo(0)).body("valueOrigin", equalTo("FORM"));
        String id = created.path("id");
        String all = "{\"checklists\": {\"qaActivities\": [\"a1\", \"a2\", \"a3\", \"a4\", \"a5\", \"a6\", \"a7\", \"a8\"]}}";
        String some = "{\"checklists\": {\"qaActivities\": [\"a1\", \"a2\", \"a3\"]}}";
        String path = "/api/v1/submissions/schools/{school}/forms/2011/OBEC_AGREEMENT/6/3.1.2";
        int i = 0;
        for (String body : List.of(all, all, some)) {
            String school = "10" + office + String.format("%02d", ++i);
            school = school.substring(school.length() - 10);
            given().auth().oauth2(Fixtures.school("school" + i, office, school)).contentType("application/json")
                    .body(body).put(path, school).then().statusCode(200).body("resultId", equalTo(id));
        }
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().statusCode(200)
                .body("value", equalTo(66.67f)).body("valueOrigin", equalTo("FORM"));
        given().auth().oauth2(collector).get(RESULTS + "/" + id + "/school-forms").then().statusCode(200)
                .body("filled", equalTo(3)).body("forms", hasSize(3));

        // Never keyed by hand; a school writes only its own form, and only items its checklist has.
        Response current = given().auth().oauth2(collector).get(RESULTS + "/" + id);
        given().auth().oauth2(collector).contentType("application/json").header("If-Match", current.header("ETag"))
                .body("{\"value\": 100, \"officeForm\": {\"fields\": {\"targetSchools\": 3}}}").put(RESULTS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("value"))
                .body("errors[0].code", equalTo("value-computed"));
        given().auth().oauth2(Fixtures.school("school1", office, "1000000001")).contentType("application/json")
                .body(all).put(path, "1000000002").then().statusCode(404);
        given().auth().oauth2(Fixtures.school("school1", office, "1000000001")).contentType("application/json")
                .body("{\"checklists\": {\"qaActivities\": [\"a9\"]}}").put(path, "1000000001").then().statusCode(400)
                .body("errors[0].field", equalTo("data.checklists.qaActivities"))
                .body("errors[0].code", equalTo("unknown-item"));
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().body("value", equalTo(66.67f));
    }

    @Test
    void reopeningAnAcceptedResultMakesANewVersionAndWithdrawsTheOldOne() throws Exception {
        String collector = officer("somjai", office);
        String id = create(collector, "1.1.2", 9, "\"value\": 100").then().statusCode(201).extract().path("id");
        step(collector, id, "submit", null).then().statusCode(200);
        step(officer("prasert", office), id, "certify", null).then().statusCode(200);
        step(reviewer("wanna"), id, "accept", null).then().statusCode(200);
        try (TopicReader withdrawn = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "submission.withdrawn")) {
            step(TestTokens.obecAdmin(), id, "reopen", "{}").then().statusCode(422);
            step(reviewer("wanna"), id, "reopen", "{\"reason\": \"x\"}").then().statusCode(403);
            step(TestTokens.obecAdmin(), id, "reopen", "{\"reason\": \"ข้อมูลประชากรแก้ไขโดยกรมการปกครอง\"}")
                    .then().statusCode(200).body("state", equalTo("DRAFT")).body("version", equalTo(2))
                    .body("acceptedBy", nullValue());
            List<ConsumerRecord<String, String>> events = withdrawn.await(r -> office.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, events.size());
            EventSchemas.ofProject().assertValid("submission.withdrawn", events.get(0).value());
            JsonNode event = Fixtures.MAPPER.readTree(events.get(0).value());
            assertEquals(1, event.path("resultVersion").asInt());
            assertEquals(id, event.path("resultId").asText());
            assertEquals("ข้อมูลประชากรแก้ไขโดยกรมการปกครอง", event.path("reason").asText());
        }
        given().auth().oauth2(collector).get(RESULTS + "/" + id + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1))).body("[0].result.state", equalTo("ACCEPTED"))
                .body("[0].withdrawnAt", notNullValue());
    }

    @Test
    void milestoneStepsAndAReviewersFractionalScore() {
        String collector = officer("somjai", office);
        create(collector, "1.1.10.1", 6, "\"stepsCompleted\": [1, 2, 9]").then().statusCode(400)
                .body("errors[0].field", equalTo("stepsCompleted[2]"));
        create(collector, "1.1.10.1", 6, "\"value\": 3").then().statusCode(400)
                .body("errors[0].code", equalTo("milestone"));
        String id = create(collector, "1.1.10.1", 6, "\"stepsCompleted\": [3, 1, 2]").then().statusCode(201)
                .body("stepsCompleted", equalTo(List.of(1, 2, 3))).extract().path("id");
        step(collector, id, "submit", null).then().statusCode(200);
        step(officer("prasert", office), id, "certify", null).then().statusCode(200);
        step(reviewer("wanna"), id, "accept", "{\"reviewerScore\": 3.5}").then().statusCode(400)
                .body("errors[0].field", equalTo("reviewerReason"));
        step(reviewer("wanna"), id, "accept", "{\"reviewerScore\": 3.5, \"reviewerReason\": \"ขั้นที่ 4 ทำแล้วครึ่งหนึ่ง\"}")
                .then().statusCode(200).body("reviewerScore", equalTo(3.5f));
    }

    @Test
    void listsShowAnOfficeOnlyItsOwnResults() {
        String collector = officer("somjai", office);
        create(collector, "3.1.4", 6, "\"value\": 50").then().statusCode(201);
        given().auth().oauth2(collector).queryParam("fiscalYear", 2011).get(RESULTS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].officeCode", equalTo(office));
        given().auth().oauth2(officer("other", "8999")).queryParam("officeCode", office).get(RESULTS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).get(RESULTS).then()
                .statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Fixtures.school("s", office, "1000000001")).get(RESULTS).then().statusCode(403);
    }

    @Test
    void thePreviewAsksScoringAndSaysSoWhenScoringIsDown() {
        String collector = officer("somjai", office);
        String id = create(collector, "3.1.5", 6, "\"value\": 50").then().statusCode(201).extract().path("id");
        // Tests point the scoring client at a closed port: the answer must be a quick, clear 503.
        given().auth().oauth2(collector).contentType("application/json").body(Map.of("value", 51))
                .post(RESULTS + "/" + id + "/preview").then().statusCode(503)
                .contentType("application/problem+json").body("type", containsString("scoring-unavailable"));
    }
}
