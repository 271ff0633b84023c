package io.edukpi.submission.it;

import static io.edukpi.submission.it.Fixtures.RESULTS;
import static io.edukpi.submission.it.Fixtures.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Requests the rules refuse: each answers 4xx problem+json and changes nothing. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class RefusedRequestsTest {

    /** A catalogue of its own: 3.1.3 cancelled from round 9, late submissions refused, deadlines long past. */
    static final int STRICT_YEAR = 2081;

    private String office;
    private String collector;

    @BeforeEach
    void setUp() {
        Fixtures.catalogue(2011, c -> {
        });
        Fixtures.catalogue(STRICT_YEAR, c -> {
            c.put("lateSubmissionPolicy", "REFUSE");
            for (var indicator : (ArrayNode) c.path("indicators")) {
                if (indicator.path("code").asText().equals("3.1.3")) {
                    ((ObjectNode) indicator).put("cancelledFromRound", 9);
                }
            }
        });
        office = "82" + (System.nanoTime() % 100000);
        Fixtures.office(office, "SECONDARY");
        collector = officer("somjai", office);
    }

    private Response create(int year, String indicator, int round, String value) {
        return given().auth().oauth2(collector).contentType("application/json")
                .body("{\"fiscalYear\": " + year + ", \"level\": \"OBEC_AGREEMENT\", \"round\": " + round
                        + ", \"indicatorCode\": \"" + indicator + "\", \"value\": " + value + "}")
                .post(RESULTS);
    }

    private void noResultsOfTheOffice() {
        given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).get(RESULTS).then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void aResultForAnIndicatorCancelledInThatRound() {
        create(STRICT_YEAR, "3.1.3", 9, "50").then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("indicator-cancelled")).body("detailTh", containsString("ยกเลิก"))
                .body("errors[0].field", equalTo("round")).body("errors[0].code", equalTo("indicator-cancelled"));
        create(2011, "1.1.1", 6, "70").then().statusCode(422).body("type", containsString("indicator-not-started"))
                .body("errors[0].field", equalTo("round"));
        create(2011, "1.1", 6, "70").then().statusCode(422).body("type", containsString("indicator-not-scored"))
                .body("errors[0].field", equalTo("indicatorCode"));
        create(2011, "1.1.1", 7, "70").then().statusCode(422).body("type", containsString("unknown-round"))
                .body("errors[0].field", equalTo("round"));
        create(2011, "9.9.9", 6, "70").then().statusCode(404);
        noResultsOfTheOffice();
    }

    @Test
    void roundNineBeforeRoundSixIsCertified() {
        String id = create(2011, "3.1.1", 9, "80").then().statusCode(201).extract().path("id");
        given().auth().oauth2(collector).post(RESULTS + "/" + id + "/submit").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("earlier-round-not-certified"))
                .body("detail", containsString("round 6"));
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().body("state", equalTo("DRAFT"));

        String six = create(2011, "3.1.1", 6, "78").then().statusCode(201).extract().path("id");
        given().auth().oauth2(collector).post(RESULTS + "/" + six + "/submit").then().statusCode(200);
        given().auth().oauth2(officer("prasert", office)).post(RESULTS + "/" + six + "/certify").then().statusCode(200);
        given().auth().oauth2(collector).post(RESULTS + "/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
    }

    @Test
    void aTransitionNotAllowedFromTheCurrentState() {
        String id = create(2011, "3.1.4", 6, "60").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.reviewer()).post(RESULTS + "/" + id + "/accept").then().statusCode(409)
                .body("type", containsString("transition-not-allowed")).body("detailTh", notNullValue());
        given().auth().oauth2(officer("prasert", office)).post(RESULTS + "/" + id + "/certify").then().statusCode(409);
        given().auth().oauth2(TestTokens.obecAdmin()).contentType("application/json").body("{\"reason\": \"x\"}")
                .post(RESULTS + "/" + id + "/reopen").then().statusCode(409);
        // A reviewer cannot take the office's own steps, whatever the state.
        given().auth().oauth2(TestTokens.reviewer()).post(RESULTS + "/" + id + "/submit").then().statusCode(403);
        given().auth().oauth2(collector).get(RESULTS + "/" + id + "/audit").then().body("action", equalTo(List.of("CREATE")));
    }

    @Test
    void aStaleOrMissingIfMatch() {
        Response created = create(2011, "3.1.5", 6, "60");
        String id = created.path("id");
        String etag = created.header("ETag");
        given().auth().oauth2(collector).contentType("application/json").header("If-Match", etag)
                .body("{\"value\": 61}").put(RESULTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(officer("prasert", office)).contentType("application/json").header("If-Match", etag)
                .body("{\"value\": 99}").put(RESULTS + "/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("type", containsString("precondition-failed"));
        given().auth().oauth2(collector).contentType("application/json").body("{\"value\": 99}")
                .put(RESULTS + "/" + id).then().statusCode(428);
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().body("value", equalTo(61));
    }

    @Test
    void anotherOfficesResultIsNotFound() {
        String id = create(2011, "3.1.6", 6, "60").then().statusCode(201).extract().path("id");
        String stranger = officer("stranger", "8299");
        given().auth().oauth2(stranger).get(RESULTS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).get(RESULTS + "/" + id + "/audit").then().statusCode(404);
        given().auth().oauth2(stranger).contentType("application/json").header("If-Match", "*").body("{\"value\": 1}")
                .put(RESULTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).post(RESULTS + "/" + id + "/submit").then().statusCode(404);
        given().auth().oauth2(stranger).contentType("application/json")
                .body("{\"officeCode\": \"" + office + "\", \"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", "
                        + "\"round\": 6, \"indicatorCode\": \"3.1.12\", \"value\": 1}")
                .post(RESULTS).then().statusCode(404);
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().body("value", equalTo(60));
    }

    @Test
    void aLateSubmissionWhereTheCatalogueRefusesThem() {
        String id = create(STRICT_YEAR, "3.1.4", 6, "60").then().statusCode(201).extract().path("id");
        given().auth().oauth2(collector).post(RESULTS + "/" + id + "/submit").then().statusCode(409)
                .body("type", containsString("deadline-passed"));
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void badQueryParametersAndARetriedCreate() {
        given().auth().oauth2(collector).queryParam("state", "FINISHED").get(RESULTS).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(collector).queryParam("size", 100000).get(RESULTS).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(collector).get(RESULTS + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        String body = "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": 6, \"indicatorCode\": \"3.1.12\", "
                + "\"value\": 40}";
        String first = given().auth().oauth2(collector).contentType("application/json").header("Idempotency-Key", "k-" + office)
                .body(body).post(RESULTS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(collector).contentType("application/json").header("Idempotency-Key", "k-" + office)
                .body(body).post(RESULTS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).get(RESULTS).then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void malformedBodiesAndDuplicates() {
        given().auth().oauth2(collector).contentType("application/json").body("{\"fiscalYear\": 2011, \"level\": \"X\"")
                .post(RESULTS).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(collector).contentType("application/json").body("{\"fiscalYear\": \"soon\"}")
                .post(RESULTS).then().statusCode(400);
        create(2011, "3.1.13", 6, "1").then().statusCode(201);
        create(2011, "3.1.13", 6, "2").then().statusCode(409).body("type", containsString("result-exists"));
        given().auth().oauth2(officer("x", "8298")).contentType("application/json")
                .body("{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": 6, \"indicatorCode\": \"3.1.13\"}")
                .post(RESULTS).then().statusCode(409).body("type", containsString("office-not-registered"));
    }

    @Test
    void numbersBeyondTheInputLimitsAreRefusedNamingTheirField() {
        String id = create(2011, "3.1.12", 6, "50").then().statusCode(201).extract().path("id");
        // refused before scoring-service is asked (in tests it never answers: that would be a 503)
        for (String number : List.of("1e999", "-1e999")) {
            given().auth().oauth2(collector).contentType("application/json").body("{\"value\": " + number + "}")
                    .post(RESULTS + "/" + id + "/preview").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("value"))
                    .body("errors[0].code", equalTo("number-out-of-range"));
        }
        given().auth().oauth2(collector).post(RESULTS + "/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(officer("prasert", office)).post(RESULTS + "/" + id + "/certify").then().statusCode(200);
        given().auth().oauth2(TestTokens.reviewer()).contentType("application/json")
                .body("{\"reviewerScore\": 1e999, \"reviewerReason\": \"x\"}").post(RESULTS + "/" + id + "/accept")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reviewerScore"))
                .body("errors[0].code", equalTo("number-out-of-range"));
        given().auth().oauth2(collector).get(RESULTS + "/" + id).then().body("state", equalTo("CERTIFIED"));
    }
}
