package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A closed round, a dry-run recalculation that finds nothing, a catalogue fix, and a dry run that
 * lists exactly the office the fix affects; then the real run makes a flagged revision.
 * Fiscal year 2012 (B.E. 2555) keeps this class's data apart from the other tests'.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class RecalculationTest {

    private static final int YEAR = 2012;
    private static final String V1 = "5f1f7f2e-2555-4b1a-9c2d-000000000001";
    private static final String V2 = "5f1f7f2e-2555-4b1a-9c2d-000000000002";

    @Test
    void dryRunOfAClosedRoundFindsNothingUntilACatalogueFixThenListsExactlyTheAffectedOffice() {
        Events.publishCatalogue(Events.obecCatalogue(YEAR, V1, 1));
        awaitCatalogueVersion(1);
        try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "score.updated")) {
            send("8101", "PRIMARY", "3.1.1", "80.2");
            send("8102", "PRIMARY", "3.2.2", "92.7");
            send("8103", "PRIMARY", "3.1.1", "80.2");
            send("8201", "SECONDARY", "3.1.1", "84");
            assertEquals(4, scores.await(r -> r.key().startsWith("81") || r.key().startsWith("82"), 4,
                    Duration.ofSeconds(30)).stream()
                    .filter(r -> SubmissionFlowTest.json(r.value()).path("fiscalYear").asInt() == YEAR).count());
        }

        // Before the closure, rankings are OBEC's only.
        given().auth().oauth2(TestTokens.dashboard()).get("/api/v1/scores/rankings/2012/6")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.areaOfficer("8101")).post("/api/v1/scoring/rounds/2012/6/closure")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.obecAdmin()).post("/api/v1/scoring/rounds/2012/6/closure")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.obecAdmin()).post("/api/v1/scoring/rounds/2012/6/closure")
                .then().statusCode(200);

        // Closed: every indicator without a result scores 0, so 8102 (3.54 on 3.2.2) leads and the two
        // offices with the same result on 3.1.1 tie.
        JsonPath ranking = given().auth().oauth2(TestTokens.areaOfficer("8101"))
                .get("/api/v1/scores/rankings/2012/6?officeKind=PRIMARY").then().statusCode(200)
                .body("items.roundClosed", everyItem(equalTo(true))).extract().jsonPath();
        List<String> order = ranking.getList("items.officeCode");
        List<Integer> ranks = ranking.getList("items.rank");
        assertEquals(List.of("8102", "8101", "8103"), order.subList(0, 3));
        assertEquals(List.of(1, 2, 2), ranks.subList(0, 3));
        given().auth().oauth2(TestTokens.dashboard()).get(SubmissionFlowTest.SCORECARDS.replace("2011", "2012"), "8102", 6)
                .then().statusCode(200).body("official", equalTo(true)).body("revision", equalTo(false));

        JsonPath unchanged = recalculate(true);
        assertEquals(0, unchanged.getInt("summary.scoresChanged"));
        assertEquals(0, unchanged.getInt("summary.publishedScoresChanged"));

        // The fix: 3.2.2's thresholds were mistyped in version 1.
        ObjectNode fixed = Events.obecCatalogue(YEAR, V2, 2);
        for (var indicator : fixed.path("catalogue").path("indicators")) {
            if (indicator.path("code").asText().equals("3.2.2")) {
                ArrayNode thresholds = ((ObjectNode) indicator.path("criterion")).putArray("thresholds");
                List.of(82, 86, 90, 94, 98).forEach(thresholds::add);
            }
        }
        Events.publishCatalogue(fixed);
        awaitCatalogueVersion(2);

        // A CI job may pin the version it checks against: version 1 still changes nothing.
        JsonPath pinned = recalculate(true, ", \"catalogueVersion\": 1");
        assertEquals(1, pinned.getInt("summary.catalogueVersion"));
        assertEquals(0, pinned.getInt("summary.scoresChanged"));
        given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": 2012, \"round\": 6, \"catalogueVersion\": 9, \"dryRun\": true}")
                .post("/api/v1/scoring/recalculations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("catalogueVersion"));

        JsonPath dryRun = recalculate(true);
        assertEquals(List.of("8102"), dryRun.getList("summary.officeCodesChanged"));
        assertEquals(2, dryRun.getInt("summary.catalogueVersion"));
        assertEquals(0, dryRun.getInt("summary.versionsWritten"));
        given().auth().oauth2(TestTokens.batch()).get("/api/v1/scoring/recalculations/{id}/changes", dryRun.getString("id"))
                .then().statusCode(200)
                .body(containsString("8102,3.2.2,3.54000,3.67500,0.13500,true"))
                .body(not(containsString("8101")));

        JsonPath applied = recalculate(false);
        assertEquals(1, applied.getInt("summary.versionsWritten"));
        given().auth().oauth2(TestTokens.dashboard()).get(SubmissionFlowTest.SCORECARDS.replace("2011", "2012"), "8102", 6)
                .then().statusCode(200).body("revision", equalTo(true)).body("version", equalTo(3));
        given().auth().oauth2(TestTokens.dashboard()).get("/api/v1/scores/changes?since=0&limit=1000")
                .then().statusCode(200).body("items.officeCode", hasItem("8102"))
                .body("items.official", not(hasItem(false)));
    }

    @Test
    void onlyBatchAndObecAdminStartJobsAndBadRequestsAreProblems() {
        given().auth().oauth2(TestTokens.dashboard()).contentType("application/json")
                .body("{\"fiscalYear\": 2012, \"round\": 6, \"dryRun\": true}")
                .post("/api/v1/scoring/recalculations").then().statusCode(403);
        given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": 2012, \"officeCodes\": [\"8101\", \"../x\"]}")
                .post("/api/v1/scoring/recalculations").then().statusCode(400)
                .body("errors.field", hasItem("round")).body("errors.field", hasItem("officeCodes[1]"));
        given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": 2011, \"round\": 7, \"dryRun\": true}")
                .post("/api/v1/scoring/recalculations").then().statusCode(anyOf400or404())
                .contentType("application/problem+json");
    }

    /** Round 7 is not in the catalogue (400); without any catalogue yet the year is unknown (404). */
    private static Matcher<Integer> anyOf400or404() {
        return anyOf(equalTo(400), equalTo(404));
    }

    private static void send(String office, String kind, String indicator, String value) {
        Events.send("submission.accepted", office, Events.accepted(YEAR, V1, office, kind, 6, indicator, value, 1)
                .toString(), UUID.randomUUID().toString());
    }

    private static JsonPath recalculate(boolean dryRun) {
        return recalculate(dryRun, "");
    }

    private static JsonPath recalculate(boolean dryRun, String moreFields) {
        String id = given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"fiscalYear\": 2012, \"level\": \"OBEC_AGREEMENT\", \"round\": 6, \"dryRun\": " + dryRun
                        + moreFields + "}")
                .post("/api/v1/scoring/recalculations").then().statusCode(202)
                .header("Location", containsString("/api/v1/scoring/recalculations/"))
                .extract().path("id");
        JsonPath job = await("recalculation " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(TestTokens.batch()).get("/api/v1/scoring/recalculations/{id}", id)
                        .then().statusCode(200).extract().jsonPath(),
                        j -> j.getString("status").equals("SUCCEEDED") || j.getString("status").equals("FAILED"));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        return job;
    }

    private static void awaitCatalogueVersion(int version) {
        await("catalogue version " + version + " of " + YEAR).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    var response = given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                            .body("{\"fiscalYear\": 2012, \"indicatorCode\": \"3.2.2\", \"value\": 90}")
                            .post("/api/v1/scoring/evaluate");
                    return response.statusCode() == 200 && response.jsonPath().getInt("catalogue.version") == version;
                });
    }
}
