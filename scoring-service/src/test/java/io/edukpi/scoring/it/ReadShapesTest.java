package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The field names of every read, as dashboards, the e2e suites and docs/openapi.json know them: a
 * renamed or lost field fails here. Also: an area officer's feed and a recalculation of named offices
 * reach those offices only.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class ReadShapesTest {

    private static final Set<String> SUMMARY = Set.of("cursor", "officeCode", "officeKind", "fiscalYear", "level",
            "round", "version", "official", "revision", "total", "percent", "band", "cause", "createdAt",
            "explanation");

    @Test
    void everyReadKeepsItsFieldNames() {
        SubmissionFlowTest.catalogueIsPublished();
        String office = "73" + (System.nanoTime() % 100000);
        try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "score.updated")) {
            Events.send("submission.accepted", office, Events.accepted(office, "PRIMARY", 9, "1.1.1", "74.36", 1)
                    .toString(), UUID.randomUUID().toString());
            assertEquals(1, scores.await(r -> office.equals(r.key()), 1, Duration.ofSeconds(30)).size());
        }

        JsonNode card = read(SubmissionFlowTest.SCORECARDS.replace("{office}", office).replace("{round}", "9"));
        assertEquals(Set.of("officeCode", "officeNameTh", "officeKind", "fiscalYear", "level", "round", "version",
                "official", "revision", "catalogue", "total", "percent", "band", "createdAt", "explanation",
                "indicators"), names(card));
        assertEquals(2011, card.path("fiscalYear").asInt());
        assertEquals(Set.of("catalogueId", "version"), names(card.path("catalogue")));
        JsonNode parent = card.path("indicators").get(0);
        Set<String> node = Set.of("code", "name", "weight", "score", "percent", "status", "counted", "reason",
                "explanation");
        assertEquals(union(node, Set.of("children")), names(parent));
        assertEquals(node, names(parent.path("children").get(0)));

        JsonNode versions = read(SubmissionFlowTest.SCORECARDS.replace("{office}", office).replace("{round}", "9")
                + "/versions");
        assertEquals(Set.of("items"), names(versions));
        assertEquals(SUMMARY, names(versions.path("items").get(0)));

        JsonNode changes = read("/api/v1/scores/changes?since=0&limit=1");
        assertEquals(Set.of("items", "nextCursor"), names(changes));
        assertEquals(SUMMARY, names(changes.path("items").get(0)));
        JsonNode band = versions.path("items").get(0).path("band");
        assertEquals(Set.of("code", "labelTh", "labelEn", "minPercent"), names(band));
        assertEquals(card.path("band"), band);

        // An area officer's feed holds its own office only.
        JsonNode own = SubmissionFlowTest.json(given().auth().oauth2(TestTokens.areaOfficer(office))
                .get("/api/v1/scores/changes?since=0&limit=1000").then().statusCode(200).extract().asString());
        assertEquals(Set.of(office), officeCodes(own.path("items")));

        JsonNode history = read("/api/v1/scores/offices/" + office + "/history");
        assertEquals(Set.of("officeCode", "level", "indicatorCode", "items"), names(history));
        assertEquals(Set.of("fiscalYear", "round", "version", "official", "score", "percent", "explanation"),
                names(history.path("items").get(0)));

        JsonNode ranking = read("/api/v1/scores/rankings/2011/9?officeKind=PRIMARY&size=1");
        assertEquals(Set.of("items", "page", "size", "totalItems", "totalPages"), names(ranking));
        assertEquals(Set.of("fiscalYear", "level", "round", "roundClosed", "rank", "of", "officeCode", "officeNameTh",
                "officeKind", "total", "percent", "band", "version", "scorecard"), names(ranking.path("items").get(0)));
        assertEquals(Set.of("code", "labelTh", "labelEn", "minPercent"), names(ranking.path("items").get(0)
                .path("band")));

        String id = given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": 2011, \"round\": 9, \"dryRun\": true, \"officeCodes\": [\"" + office + "\"]}")
                .post("/api/v1/scoring/recalculations").then().statusCode(202).extract().path("id");
        JsonNode job = await("recalculation " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> SubmissionFlowTest.json(given().auth().oauth2(TestTokens.batch())
                        .get("/api/v1/scoring/recalculations/{id}", id).then().statusCode(200).extract().asString()),
                        j -> j.path("finishedAt").isTextual());
        assertEquals(Set.of("id", "status", "fiscalYear", "level", "round", "catalogueId", "officeCodes", "dryRun",
                "requestedBy", "progress", "summary", "error", "createdAt", "finishedAt", "changes"), names(job));
        assertEquals(1, job.path("summary").path("officesEvaluated").asInt(), job.toString());
        assertEquals(Set.of("officesDone", "officesTotal"), names(job.path("progress")));
    }

    private static JsonNode read(String path) {
        return SubmissionFlowTest.json(given().auth().oauth2(TestTokens.reviewer()).get(path).then().statusCode(200)
                .extract().asString());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext();) {
            names.add(i.next());
        }
        return names;
    }

    private static Set<String> officeCodes(JsonNode items) {
        Set<String> codes = new TreeSet<>();
        items.forEach(item -> codes.add(item.path("officeCode").asText()));
        return codes;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
