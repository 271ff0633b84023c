package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

/**
 * What a careless or hostile caller sends (the fuzzer's findings): each answer is a 4xx problem naming
 * the field, or the ordinary answer; never a 500 and never a silent 200.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class HostileInputTest {

    private static final String TREE = """
            {"round": 6, "indicators": [
               {"code": "1", "weight": %s},
               {"code": "1.1", "parentCode": "1", "weight": %s, "criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}},
               {"code": "1.2", "parentCode": "1", "weight": %s, "criterion": {"type": "PASS_FAIL", "target": 100}}],
             "results": %s, "whatIf": {"indicatorCode": "1.1", "targetTotal": 4.8}%s}""";
    private static final String RESULTS = "{\"1.1\": {\"value\": 92.7}, \"1.2\": {\"value\": 100}}";

    private static ValidatableResponse evaluate(String body) {
        return given().auth().oauth2(TestTokens.reviewer()).contentType("application/json").body(body)
                .post("/api/v1/scoring/evaluate").then();
    }

    private static ValidatableResponse refused(String body, String field) {
        return evaluate(body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void evaluationTreesAreCheckedBeforeTheyAreScored() {
        evaluate(TREE.formatted("20", "10", "10", RESULTS, "")).statusCode(200).body("whatIf.reachable",
                equalTo(true));
        refused(TREE.formatted("0", "0", "0", RESULTS, ""), "indicators[1].weight");
        refused(TREE.formatted("20", "-10", "10", RESULTS, ""), "indicators[1].weight");
        refused(TREE.formatted("20", "10", "10", "[" + RESULTS + "]", ""), "results");
        refused(TREE.formatted("20", "10", "10", RESULTS, ", \"bands\": [{\"code\": \"A\", \"minPercent\": 150}]"),
                "bands[0].minPercent");
        refused(TREE.formatted("20", "10", "10", RESULTS,
                ", \"bands\": [{\"code\": \"B\", \"minPercent\": 50}, {\"code\": \"A\", \"minPercent\": 80}]"),
                "bands[1].minPercent");
        refused(TREE.formatted("20", "10", "10", RESULTS, "").replace("\"targetTotal\": 4.8", "\"targetTotal\": 7"),
                "whatIf.targetTotal");
        refused("""
                {"round": 1, "indicators": [{"code": "1", "parentCode": "2", "weight": 1},
                  {"code": "2", "parentCode": "1", "weight": 1}, {"code": "3", "weight": 1,
                  "criterion": {"type": "PASS_FAIL", "target": 1}}], "results": {}}""", "indicators[0].parentCode");
        StringBuilder chain = new StringBuilder(
                "{\"round\": 1, \"results\": {}, \"indicators\": [{\"code\": \"c0\", \"weight\": 1}");
        for (int i = 1; i < 40; i++) {
            chain.append(", {\"code\": \"c").append(i).append("\", \"parentCode\": \"c").append(i - 1)
                    .append("\", \"weight\": 1")
                    .append(i == 39 ? ", \"criterion\": {\"type\": \"PASS_FAIL\", \"target\": 1}" : "")
                    .append('}');
        }
        refused(chain.append("]}").toString(), "indicators[39].parentCode");
    }

    @Test
    void deeplyNestedBodiesAreRefusedNotFailed() {
        for (int depth : new int[] { 999, 1000, 1001 }) {
            String body = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            evaluate(body).statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void criterionTargetsAndNumbersAreCheckedAndKeepTheirDigits() {
        refused("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}, "value": 90, "targetScore": 9}""",
                "targetScore");
        refused("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}, "value": 1e400}""", "value");
        // Thresholds one unit apart in the 20th digit: as doubles they would be equal and refused.
        String answer = evaluate("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [12345678901234567891, 12345678901234567892,
                  12345678901234567893, 12345678901234567894, 12345678901234567895]}, "value": 12345678901234567893}""")
                .statusCode(200).body("score", equalTo(3)).extract().asString();
        assertEquals(true, answer.contains("12345678901234567895"), answer);
    }

    @Test
    void aReusedIdempotencyKeyReplaysTheFirstAnswerOrIsRefused() {
        String key = UUID.randomUUID().toString();
        String body = "{\"fiscalYear\": 2011, \"round\": 9, \"dryRun\": true}";
        SubmissionFlowTest.catalogueIsPublished();
        String first = start(key, body).statusCode(202).header("Idempotent-Replayed", nullValue())
                .extract().path("id");
        String again = start(key, body).statusCode(202).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", containsString(first)).extract().path("id");
        assertEquals(first, again);
        start(key, body.replace("9", "6")).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    private static ValidatableResponse start(String key, String body) {
        return given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/v1/scoring/recalculations").then();
    }

    @Test
    void oddAcceptHeadersAreNotAcceptableOrAnsweredAsJson() {
        List<String> reads = List.of("/api/v1/scores/changes?limit=29",
                "/api/v1/scores/rankings/2011/9?level=OBEC_AGREEMENT&size=41",
                "/api/v1/scores/offices/5034/history?indicatorCode=3.1",
                "/api/v1/scores/offices/5001/scorecards/2011/6/versions");
        List<String> unreadable = List.of("a\tb", "x".repeat(9000), "999999999999999999999999999999", "\"\"",
                "\"999999999999999999999999999999\"");
        for (String read : reads) {
            given().auth().oauth2(TestTokens.obecAdmin()).header("Accept", "").get(read).then()
                    .statusCode(anyOf(equalTo(200), equalTo(404), equalTo(409)));
            for (String accept : unreadable) {
                given().auth().oauth2(TestTokens.obecAdmin()).header("Accept", accept).get(read).then()
                        .statusCode(anyOf(equalTo(404), equalTo(406), equalTo(409)))
                        .contentType("application/problem+json");
            }
        }
        // A second Accept header (as a proxy may add one) lets an unreadable value past routing to the read.
        for (String accept : unreadable) {
            given().config(RestAssuredConfig.config().headerConfig(HeaderConfig.headerConfig().mergeHeadersWithName("Accept")))
                    .auth().oauth2(TestTokens.obecAdmin()).header("Accept", "application/json").header("Accept", accept)
                    .get(reads.get(0)).then().statusCode(406).contentType("application/problem+json")
                    .body("errors.field", hasItem("Accept"));
        }
        // The change feed always reaches the negotiation: an empty Accept is JSON, an unreadable one 406.
        given().auth().oauth2(TestTokens.obecAdmin()).header("Accept", "").get(reads.get(0)).then().statusCode(200)
                .contentType("application/json");
        for (String accept : unreadable) {
            given().auth().oauth2(TestTokens.obecAdmin()).header("Accept", accept).get(reads.get(0)).then()
                    .statusCode(406).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.obecAdmin()).urlEncodingEnabled(false)
                .get("/api/v1/scores/offices/5001/scorecards/2011/9?level=%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("level"));
    }
}
