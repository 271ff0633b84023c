package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** An accepted result on the real broker becomes a score version, its explanation and score.updated. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class SubmissionFlowTest {

    static final String SCORECARDS = "/api/v1/scores/offices/{office}/scorecards/2011/{round}";

    private static boolean published;

    /** Once per test JVM; RestAssured knows the application's port only inside a test. */
    static synchronized void catalogueIsPublished() {
        if (!published) {
            Events.publishCatalogue(Events.obec2554(Events.CATALOGUE_ID, 1));
            awaitCatalogue();
            published = true;
        }
    }

    static void awaitCatalogue() {
        await("catalogue.published consumed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                        .body("{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"indicatorCode\": \"1.1.3\", \"value\": 1}")
                        .post("/api/v1/scoring/evaluate").statusCode() == 200);
    }

    @Test
    void acceptedResultBecomesAnExplainedScoreVersionAndScoreUpdatedOnce() {
        catalogueIsPublished();
        String office = "71" + (System.nanoTime() % 100000);
        try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "score.updated")) {
            String payload = Events.accepted(office, "PRIMARY", 9, "1.1.1", "74.36", 1).toString();
            String eventId = Events.send("submission.accepted", office, payload, UUID.randomUUID().toString());

            List<ConsumerRecord<String, String>> first = scores.await(r -> office.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, first.size(), "score.updated for office " + office);
            EventSchemas.ofProject().assertValid("score.updated", first.get(0).value());
            JsonNode event = json(first.get(0).value());
            assertEquals(1, event.path("version").asInt());
            assertEquals("3.31667", event.path("total").decimalValue().toPlainString());
            assertEquals("PRIMARY", event.path("officeKind").asText());

            // The same event again (same ce_id), and a redelivery under a new id: nothing changes.
            Events.send("submission.accepted", office, payload, eventId);
            Events.send("submission.accepted", office, payload, UUID.randomUUID().toString());
            // A real change afterwards, on the same partition: its version must be 2.
            Events.send("submission.accepted", office,
                    Events.accepted(office, "PRIMARY", 9, "1.1.3", "96.51", 1).toString(), UUID.randomUUID().toString());
            // The change was sent after the duplicates to the same partition: once its version 2 is out,
            // the duplicates have been consumed, and anything they made would have been published before it.
            List<ConsumerRecord<String, String>> all = await("score.updated of version 2").atMost(Duration.ofSeconds(30))
                    .until(() -> scores.await(r -> office.equals(r.key()), 3, Duration.ofMillis(200)),
                            records -> records.stream().anyMatch(r -> json(r.value()).path("version").asInt() == 2));
            assertEquals(2, all.size(), "one score.updated per change, none for the duplicates");
            JsonNode second = json(all.get(1).value());
            assertEquals(2, second.path("version").asInt());
            assertTrue(second.path("changes").toString().contains("\"indicatorCode\":\"1.1.3\""));
        }

        given().auth().oauth2(TestTokens.areaOfficer(office))
                .get(SCORECARDS + "/versions", office, 9)
                .then().statusCode(200).body("items", hasSize(2));
        // Version 1 stays readable with its explanation.
        given().auth().oauth2(TestTokens.areaOfficer(office))
                .get(SCORECARDS + "/versions/1", office, 9)
                .then().statusCode(200)
                .body("displayTotal", equalTo(3.31667f))
                .body("catalogue.catalogueId", equalTo(Events.CATALOGUE_ID))
                .body("indicators[0].children[0].input.resultId", equalTo("res-" + office + "-1.1.1-9"))
                .body("indicators[0].children[0].segment", equalTo("T3 <= X < T4"))
                // Names and criteria are stored by reference to the catalogue version and shown in full.
                .body("indicators[0].name", not(emptyOrNullString()))
                .body("indicators[0].children[0].name", not(emptyOrNullString()))
                .body("indicators[0].children[0].criterion.type", equalTo("THRESHOLD"))
                .body("indicators[0].children[0].criterion.thresholds[2]", equalTo(74.17f))
                .body("indicators[0]", not(hasKey("criterion")))
                .body("indicators[0].children[0].arithmetic", containsString("3 + (74.36 - 74.17) / (74.77 - 74.17)"))
                .body("indicators[0].children[1].status", equalTo("MISSING_EXCLUDED"));
        given().auth().oauth2(TestTokens.areaOfficer(office))
                .get(SCORECARDS, office, 9)
                .then().statusCode(200).header("ETag", containsString("sv-"))
                .body("version", equalTo(2))
                .body("indicators[0].code", equalTo("1.1"))
                .body("indicators[0].children[2].score", equalTo(3.82828f));
    }

    @Test
    void otherOfficesAndUnpublishedScoresStayHidden() {
        catalogueIsPublished();
        String office = "72" + (System.nanoTime() % 100000);
        try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "score.updated")) {
            Events.send("submission.accepted", office, Events.accepted(office, "SECONDARY", 6, "3.1.1", "80.2", 1)
                    .toString(), UUID.randomUUID().toString());
            assertEquals(1, scores.await(r -> office.equals(r.key()), 1, Duration.ofSeconds(30)).size());
        }
        given().auth().oauth2(TestTokens.areaOfficer("9999")).get(SCORECARDS, office, 6)
                .then().statusCode(404).contentType("application/problem+json");
        // A dashboard sees published (official) scores only: round 6 is still open.
        given().auth().oauth2(TestTokens.dashboard()).get(SCORECARDS, office, 6).then().statusCode(404);
        given().get(SCORECARDS, office, 6).then().statusCode(401);
        given().auth().oauth2(TestTokens.reviewer()).accept("text/csv").get(SCORECARDS, office, 6)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("3.1.1,3.1,"));
    }

    static JsonNode json(String text) {
        try {
            return Events.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
