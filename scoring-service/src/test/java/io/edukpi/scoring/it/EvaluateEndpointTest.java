package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class EvaluateEndpointTest {

    private static ValidatableResponse evaluate(String body) {
        return given().auth().oauth2(TestTokens.misClient("mis-demo", "1050130001")).contentType("application/json")
                .body(body).post("/api/v1/scoring/evaluate").then();
    }

    @Test
    void scoresACriterionWithItsExplanationAndInverse() {
        evaluate("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [72.97, 73.57, 74.17, 74.77, 75.37], "step": 0.6},
                 "value": 74.36, "targetScore": 4}""")
                .statusCode(200)
                .body("displayScore", equalTo(3.31667f))
                .body("segment", equalTo("T3 <= X < T4"))
                .body("arithmetic", containsString("3 + 0.19 / 0.6"))
                .body("inverse.result", equalTo(74.77f));
        evaluate("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [20, 15, 10, 5, 0]}, "direction": "LOWER_IS_BETTER",
                 "value": 12}""")
                .statusCode(200).body("displayScore", equalTo(2.6f));
    }

    @Test
    void scoresASmallTreeWithWhatIf() {
        var whatIf = evaluate(
                """
                        {"round": 6, "bands": [{"code": "ABOVE_STANDARD", "minPercent": 80}, {"code": "BELOW", "minPercent": 0}],
                         "indicators": [
                           {"code": "1", "weight": 20},
                           {"code": "1.1", "parentCode": "1", "weight": 10, "criterion": {"type": "THRESHOLD", "thresholds": [0, 1, 2, 3, 4]}},
                           {"code": "1.2", "parentCode": "1", "weight": 5, "criterion": {"type": "THRESHOLD", "thresholds": [0, 1, 2, 3, 4]}},
                           {"code": "1.3", "parentCode": "1", "weight": 5, "criterion": {"type": "MILESTONE", "steps": [{"step": 1}, {"step": 2}, {"step": 3}, {"step": 4}, {"step": 5}]}}],
                         "results": {"1.1": {"value": 3.5}, "1.2": {"value": 2.54}, "1.3": {"stepsCompleted": [1, 2, 3, 4, 5]}},
                         "whatIf": {"indicatorCode": "1.2", "targetBand": "ABOVE_STANDARD"}}""")
                .statusCode(200)
                .body("displayTotal", equalTo(4.385f))
                .body("percent", equalTo(87.7f))
                .body("band.code", equalTo("ABOVE_STANDARD"))
                .body("indicators[0].arithmetic", equalTo("(10 x 4.5 + 5 x 3.54 + 5 x 5) / (10 + 5 + 5) = 87.7 / 20 = 4.385"))
                .body("whatIf.reachable", equalTo(true))
                .extract().jsonPath();
        // 80 % = total 4 = 3.5 + 0.25 x score(1.2): 1.2 needs 2, i.e. a result of T2 = 1.
        assertEquals(2.0, whatIf.getDouble("whatIf.neededScore"), 1e-9);
        assertEquals(1.0, whatIf.getDouble("whatIf.neededResult.result"), 1e-9);
    }

    @Test
    void badInputsAreProblemsWithPaths() {
        evaluate("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 84, 95, 100]}, "value": 90}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("criterion.thresholds[2]"));
        evaluate("""
                {"criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}, "value": "ninety"}""")
                .statusCode(400).body("errors.field", hasItem("value"));
        evaluate("""
                {"criterion": {"type": "STARS", "thresholds": [1]}, "value": 1}""")
                .statusCode(400).body("errors.field", hasItem("criterion.type"));
        evaluate(
                """
                        {"criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}, "direction": "LOWER_IS_BETTER", "value": 1}""")
                .statusCode(400).body("errors.field", hasItem("criterion.thresholds"));
        evaluate("""
                {"round": 6, "indicators": [{"code": "1", "weight": 1, "criterion": {"type": "PASS_FAIL", "target": 100}},
                  {"code": "2", "parentCode": "9", "weight": 1}], "results": {}}""")
                .statusCode(400).body("errors.field", hasItem("indicators[1].parentCode"));
        evaluate("{\"criterion\": {\"type\": \"PASS_FAIL\", \"target\": 100}, \"value\": 1,")
                .statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{}").post("/api/v1/scoring/evaluate").then().statusCode(401);
    }

    @Test
    void unknownIndicatorAndRoundOfAPublishedCatalogueAreProblems() {
        SubmissionFlowTest.catalogueIsPublished();
        evaluate("""
                {"fiscalYear": 2011, "indicatorCode": "9.9.9", "value": 1}""")
                .statusCode(400).body("errors.field", hasItem("indicatorCode"));
        evaluate("""
                {"fiscalYear": 2011, "indicatorCode": "1.1.3", "round": 7, "value": 1}""")
                .statusCode(400).body("errors.field", hasItem("round"));
        evaluate("""
                {"fiscalYear": 2011, "indicatorCode": "1.1.3", "round": 9, "value": 96.51}""")
                .statusCode(200).body("displayScore", equalTo(3.82828f));
        evaluate("""
                {"fiscalYear": 2056, "indicatorCode": "1.1.3", "value": 1}""")
                .statusCode(404).contentType("application/problem+json");
    }
}
