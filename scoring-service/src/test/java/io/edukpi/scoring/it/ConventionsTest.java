package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The API's shared conventions as scoring answers them: C.E. years only (a B.E. year refused with year-era in a
 * path, a body and the evaluation), enum values exactly or refused, pages with Link headers, the feed's next link,
 * named downloads and stable ETags.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class ConventionsTest {

    private static final String OFFICE = "74" + (System.nanoTime() % 100000);
    private static final String OTHER = "75" + (System.nanoTime() % 100000);

    private static boolean scored;

    /** Before each test, once: RestAssured knows the application's port only from the first test on. */
    @BeforeEach
    void twoOfficesAreScored() {
        if (scored) {
            return;
        }
        SubmissionFlowTest.catalogueIsPublished();
        try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "score.updated")) {
            for (String office : new String[] { OFFICE, OTHER }) {
                Events.send("submission.accepted", office, Events.accepted(office, "PRIMARY", 12, "1.1.1", "74.36", 1)
                        .toString(), UUID.randomUUID().toString());
            }
            assertEquals(2, scores.await(r -> OFFICE.equals(r.key()) || OTHER.equals(r.key()), 2,
                    Duration.ofSeconds(30)).size());
        }
        scored = true;
    }

    @Test
    void aBuddhistEraYearIsRefusedNamingTheCommonEraYear() {
        for (String path : new String[] { "/api/v1/scores/rankings/2554/12",
                "/api/v1/scores/offices/" + OFFICE + "/scorecards/2554/12",
                "/api/v1/scores/offices/" + OFFICE + "/scorecards/2554/12/versions",
                "/api/v1/scores/offices/" + OFFICE + "/scorecards/2554/12/versions/1" }) {
            given().auth().oauth2(TestTokens.reviewer()).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.code", hasItem("year-era"))
                    .body("errors.field", hasItem("fiscalYear"))
                    .body("errors.message", hasItem(containsString("send 2011")));
        }
        given().auth().oauth2(TestTokens.obecAdmin()).post("/api/v1/scoring/rounds/2554/12/closure").then()
                .statusCode(400).body("errors.code", hasItem("year-era"));
        given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": 2554, \"round\": 12, \"dryRun\": true}").post("/api/v1/scoring/recalculations")
                .then().statusCode(400).body("errors.code", hasItem("year-era"));
        given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                .body("{\"fiscalYear\": 2554, \"indicatorCode\": \"1.1.3\", \"value\": 1}").post("/api/v1/scoring/evaluate")
                .then().statusCode(400).body("errors.code", hasItem("year-era"));
    }

    @Test
    void anEnumValueMustBeWrittenExactly() {
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/rankings/2011/12?officeKind=primary").then()
                .statusCode(400).body("errors.code", hasItem("unknown-value"))
                .body("errors.field", hasItem("officeKind"))
                .body("errors.message", hasItem(containsString("PRIMARY, SECONDARY")));
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/offices/" + OFFICE + "/history?level=obec")
                .then().statusCode(400).body("errors.code", hasItem("unknown-value"))
                .body("errors.field", hasItem("level"));
        given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": 2011, \"level\": \"obec_agreement\", \"round\": 12, \"dryRun\": true}")
                .post("/api/v1/scoring/recalculations").then().statusCode(400)
                .body("errors.code", hasItem("unknown-value"));
    }

    @Test
    void aRankingIsAPageWithLinks() {
        Response first = given().auth().oauth2(TestTokens.reviewer())
                .get("/api/v1/scores/rankings/2011/12?officeKind=PRIMARY&size=1");
        first.then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1))
                .body("items[0].fiscalYear", equalTo(2011)).body("items[0].officeKind", equalTo("PRIMARY"));
        long total = first.jsonPath().getLong("totalItems");
        assertTrue(total >= 2, first.asString());
        assertEquals(total, first.jsonPath().getLong("totalPages"));
        String links = first.header("Link");
        assertTrue(links.contains("rel=\"next\"") && links.contains("page=1") && links.contains("rel=\"last\"")
                && !links.contains("rel=\"prev\""), links);
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/rankings/2011/12?size=501").then()
                .statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void theChangeFeedLinksItsNextCall() {
        Response feed = given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/changes?since=0&limit=1");
        feed.then().statusCode(200);
        String next = feed.jsonPath().getString("nextCursor");
        assertNotNull(next);
        String link = feed.header("Link");
        assertTrue(link.contains("since=" + next) && link.contains("limit=1") && link.endsWith("; rel=\"next\""), link);
    }

    @Test
    void downloadsAreNamedWithCommonEraYears() {
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/offices/" + OFFICE + "/scorecards/2011/12?format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"scorecard-" + OFFICE + "-2011-12.csv\""));
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/rankings/2011/12?format=csv")
                .then().statusCode(200).header("Content-Disposition",
                        startsWith("attachment; filename=\"ranking-2011-12-PRIMARY.csv\""))
                .body(containsString("rank,of,officeCode,officeNameTh,officeKind,total,percent,band,version\r\n"))
                .body(containsString("," + OFFICE + ",,PRIMARY,3.31667,66.33,STANDARD,1"));
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/offices/" + OFFICE + "/history?format=csv")
                .then().statusCode(200).header("Content-Disposition", containsString("history-" + OFFICE + "-TOTAL.csv"));
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/scores/changes?since=0&limit=1&format=csv")
                .then().statusCode(200).header("Content-Disposition", containsString("score-changes-0.csv"));
    }

    @Test
    void aReadKeepsItsETagAndAnswers304() {
        for (String path : new String[] { "/api/v1/scores/rankings/2011/12?size=5",
                "/api/v1/scores/offices/" + OFFICE + "/scorecards/2011/12",
                "/api/v1/scores/offices/" + OFFICE + "/scorecards/2011/12/versions",
                "/api/v1/scores/offices/" + OFFICE + "/scorecards/2011/12/versions/1",
                "/api/v1/scores/offices/" + OFFICE + "/history" }) {
            String tag = given().auth().oauth2(TestTokens.reviewer()).get(path).then().statusCode(200).extract()
                    .header("ETag");
            assertNotNull(tag, path);
            given().auth().oauth2(TestTokens.reviewer()).get(path).then().statusCode(200).header("ETag", tag);
            given().auth().oauth2(TestTokens.reviewer()).header("If-None-Match", tag).get(path).then().statusCode(304)
                    .header("ETag", tag);
        }
    }
}
