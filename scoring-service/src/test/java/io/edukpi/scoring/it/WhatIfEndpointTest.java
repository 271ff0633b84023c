package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What-if on an office's stored scorecard: results accepted on the real broker, then asked about.
 * Round 6 of the B.E. 2554 catalogue, open: 3.1.1 = 80.2 (score 2.5) and 3.1.3 = 36.58 (score 2,
 * weight 0.77) are the only results, so the total is 3.1's: (2.5 + 0.77 x 2) / 1.77.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class WhatIfEndpointTest {

    private static final String WHAT_IF = SubmissionFlowTest.SCORECARDS + "/what-if";

    private static String office;

    /** Once per test class, inside a test: RestAssured knows the application's port only there. */
    private static synchronized String office() {
        if (office == null) {
            SubmissionFlowTest.catalogueIsPublished();
            String code = "74" + (System.nanoTime() % 100000);
            try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                    "score.updated")) {
                Events.send("submission.accepted", code, Events.accepted(code, "PRIMARY", 6, "3.1.1", "80.2", 1)
                        .toString(), UUID.randomUUID().toString());
                Events.send("submission.accepted", code, Events.accepted(code, "PRIMARY", 6, "3.1.3", "36.58", 1)
                        .toString(), UUID.randomUUID().toString());
                // Both on one partition: the second version holds both results.
                scores.await(r -> code.equals(r.key()) && r.value().contains("\"version\":2"), 1, Duration.ofSeconds(30));
            }
            office = code;
        }
        return office;
    }

    private static ValidatableResponse ask(String token, String office, String query) {
        return given().auth().oauth2(token).get(WHAT_IF + "?" + query, office, 6).then();
    }

    @Test
    void aTotalIsReachedByTheLeastResult() {
        String office = office();
        // 3 = (s + 1.54) / 1.77: s = 3.77, i.e. 81.2 + 0.77 x 2 = 82.74.
        ask(TestTokens.areaOfficer(office), office, "indicator=3.1.1&targetTotal=3")
                .statusCode(200).contentType("application/json")
                .body("officeCode", equalTo(office))
                .body("fiscalYear", equalTo(2011))
                .body("round", equalTo(6))
                .body("version", equalTo(2))
                .body("catalogueVersion", equalTo(1))
                .body("indicatorCode", equalTo("3.1.1"))
                .body("target.total", equalTo(3))
                .body("target.band", nullValue())
                .body("current.value", equalTo(80.2f))
                .body("current.score", equalTo(2.5f))
                .body("current.total", equalTo(2.28249f))
                .body("current.band.code", equalTo("BELOW_STANDARD"))
                .body("outcome", equalTo("REACHABLE"))
                .body("needed.value", equalTo(82.74f))
                .body("needed.score", equalTo(3.77f))
                .body("needed.total", equalTo(3.0f))
                .body("needed.percent", equalTo(60.0f))
                .body("needed.band.code", equalTo("STANDARD"))
                .body("best.value", equalTo(85.2f))
                .body("best.score", equalTo(5.0f))
                .body("messageEn", containsString("at least 82.74"))
                .body("messageTh", containsString("82.74"));
    }

    @Test
    void aBandOutOfReachAndOneAlreadyReached() {
        String office = office();
        // ABOVE_STANDARD from 80 % = total 4 would need a score of 5.54 on 3.1.1.
        ask(TestTokens.reviewer(), office, "indicator=3.1.1&targetBand=ABOVE_STANDARD")
                .statusCode(200)
                .body("target.total", nullValue())
                .body("target.band.code", equalTo("ABOVE_STANDARD"))
                .body("target.band.minPercent", equalTo(80))
                .body("outcome", equalTo("UNREACHABLE"))
                .body("needed", nullValue())
                .body("best.total", equalTo(3.69492f))
                .body("messageEn", containsString("Even the best result of indicator 3.1.1 (85.2"));
        ask(TestTokens.obecAdmin(), office, "indicator=3.1.3&targetBand=STANDARD")
                .statusCode(200)
                .body("outcome", equalTo("REACHABLE"))
                .body("needed.band.code", equalTo("STANDARD"));
        ask(TestTokens.areaOfficer(office), office, "indicator=3.1.1&targetBand=BELOW_STANDARD")
                .statusCode(200).body("outcome", equalTo("ALREADY_MET"));
    }

    @Test
    void anotherOfficeIsHiddenAsItsScorecardIs() {
        String office = office();
        ask(TestTokens.areaOfficer("9999"), office, "indicator=3.1.1&targetTotal=3")
                .statusCode(404).contentType("application/problem+json");
        ask(TestTokens.schoolOfficer(office, "1050130001"), office, "indicator=3.1.1&targetTotal=3")
                .statusCode(403).contentType("application/problem+json");
        given().get(WHAT_IF + "?indicator=3.1.1&targetTotal=3", office, 6).then().statusCode(401);
    }

    @Test
    void badQuestionsAreProblemsNamingTheirParameter() {
        String office = office();
        String token = TestTokens.reviewer();
        ask(token, office, "indicator=3.1.1").statusCode(400).contentType("application/problem+json")
                .body("errors.code", hasItem("what-if-one-target"));
        ask(token, office, "indicator=3.1.1&targetTotal=3&targetBand=STANDARD").statusCode(400)
                .body("errors.code", hasItem("what-if-one-target"));
        ask(token, office, "indicator=3.1.1&targetBand=VERY_GOOD").statusCode(400)
                .body("errors.code", hasItem("unknown-value"))
                .body("errors.field", hasItem("targetBand"))
                .body("errors.message", hasItem(containsString("ABOVE_STANDARD, STANDARD, BELOW_STANDARD")));
        ask(token, office, "indicator=3.1.1&targetTotal=85.5").statusCode(400)
                .body("errors.field", hasItem("targetTotal"));
        ask(token, office, "indicator=3.1.1&targetTotal=four").statusCode(400)
                .body("errors.code", hasItem("not-a-number"));
        ask(token, office, "targetTotal=3").statusCode(400).body("errors.field", hasItem("indicator"));
        given().auth().oauth2(token).get(WHAT_IF.replace("2011", "2554") + "?indicator=3.1.1&targetTotal=3", office, 6)
                .then().statusCode(400).body("errors.code", hasItem("year-era"));
        // 3.1 is scored from its children, 1.1.1 starts in round 9, 9.9.9 is no indicator.
        for (String indicator : new String[] { "3.1", "1.1.1", "9.9.9" }) {
            String code = ask(token, office, "indicator=" + indicator + "&targetTotal=3").statusCode(422)
                    .contentType("application/problem+json").body("errors.field", hasItem("indicator"))
                    .extract().path("errors[0].code");
            assertEquals(indicator.equals("3.1") ? "what-if-not-leaf"
                    : indicator.equals("1.1.1") ? "what-if-not-counted" : "indicator-not-in-catalogue", code);
        }
        ask(token, "75" + (System.nanoTime() % 100000), "indicator=3.1.1&targetTotal=3").statusCode(404);
    }
}
