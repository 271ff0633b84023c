package io.edukpi.submission.it;

import static io.edukpi.submission.it.Fixtures.RESULTS;
import static io.edukpi.submission.it.Fixtures.officer;
import static io.edukpi.submission.it.Fixtures.reviewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A transition whose answer was lost (a timeout while the service restarted) is retried with its
 * Idempotency-Key: the retry answers what the first did, and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class RetriedTransitionsTest {

    private String office;

    @BeforeEach
    void catalogueAndOffice() {
        Fixtures.catalogue(2011, c -> {
        });
        office = "83" + (System.nanoTime() % 100000);
        Fixtures.office(office, "PRIMARY");
    }

    private String create(String token, String indicator) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": 6, \"indicatorCode\": \""
                        + indicator + "\", \"value\": 70}")
                .post(RESULTS).then().statusCode(201).extract().path("id");
    }

    private static Response step(String token, String id, String step, String key, String body) {
        var request = given().auth().oauth2(token).header("Idempotency-Key", key);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(RESULTS + "/" + id + "/" + step);
    }

    /** Sends the step twice with one key: the second answer is the first, replayed. */
    private static Response twice(String token, String id, String step, String body) {
        String key = UUID.randomUUID().toString();
        Response first = step(token, id, step, key, body);
        first.then().statusCode(200);
        assertNull(first.header("Idempotent-Replayed"), step + " ran: it is not a replay");
        Response retry = step(token, id, step, key, body);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.header("ETag"), retry.header("ETag"), step + "'s ETag");
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""), step + "'s body");
        return first;
    }

    @Test
    void everyTransitionRetriedWithItsKeyAnswersAsTheFirstDid() {
        String collector = officer("somjai", office);
        String supervisor = officer("prasert", office);
        String id = create(collector, "3.1.1");

        twice(collector, id, "submit", null).then().body("state", equalTo("SUBMITTED"));
        twice(supervisor, id, "certify", null).then().body("state", equalTo("CERTIFIED"));
        twice(reviewer("wanna"), id, "accept", null).then().body("state", equalTo("ACCEPTED"));
        twice(TestTokens.obecAdmin(), id, "reopen", "{\"reason\": \"ข้อมูลแก้ไข\"}").then().body("state",
                equalTo("DRAFT")).body("version", equalTo(2));

        String other = create(collector, "3.1.3");
        step(collector, other, "submit", UUID.randomUUID().toString(), null).then().statusCode(200);
        twice(supervisor, other, "return", "{\"reason\": \"ตัวเลขไม่ตรง\"}").then().body("state", equalTo("RETURNED"));

        given().auth().oauth2(TestTokens.reviewer()).get(RESULTS + "/" + id + "/audit").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "CERTIFY", "ACCEPT", "REOPEN")));
        given().auth().oauth2(TestTokens.reviewer()).get(RESULTS + "/" + other + "/audit").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "RETURN")));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String collector = officer("somjai", office);
        String id = create(collector, "3.1.4");
        String key = UUID.randomUUID().toString();
        step(collector, id, "submit", key, null).then().statusCode(200);
        step(officer("prasert", office), id, "return", key, "{\"reason\": \"a\"}").then().statusCode(200);

        // The key is the collector's: the same key on another result, or another step, is another request.
        String other = create(collector, "3.1.5");
        step(collector, other, "submit", key, null).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].code", equalTo("idempotency-key-reused"));
        given().auth().oauth2(collector).get(RESULTS + "/" + other).then().body("state", equalTo("DRAFT"));

        String returnKey = UUID.randomUUID().toString();
        String reviewed = create(collector, "3.1.6");
        step(collector, reviewed, "submit", UUID.randomUUID().toString(), null).then().statusCode(200);
        String supervisor = officer("prasert", office);
        step(supervisor, reviewed, "return", returnKey, "{\"reason\": \"a\"}").then().statusCode(200);
        step(supervisor, reviewed, "return", returnKey, "{\"reason\": \"b\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(collector).get(RESULTS + "/" + reviewed).then().body("returnReason", equalTo("a"));
    }

    @Test
    void aRetriedCreateCarriesTheETagOfTheResultItMade() {
        String collector = officer("somjai", office);
        String key = UUID.randomUUID().toString();
        String body = "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": 6, \"indicatorCode\": \"3.1.12\"}";
        Response first = given().auth().oauth2(collector).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(RESULTS);
        first.then().statusCode(201).header("ETag", "\"1.0\"");
        given().auth().oauth2(collector).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post(RESULTS).then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", "\"1.0\"")
                .header("Location", first.header("Location"));
    }

    @Test
    void transitionsDeclareTheKeyInTheOpenApiDocument() {
        var document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String step : List.of("submit", "certify", "accept", "return", "reopen")) {
            List<String> headers = document.getList("paths.'" + RESULTS + "/{id}/" + step
                    + "'.post.parameters.findAll { it.in == 'header' }.name");
            assertEquals(true, headers.contains("Idempotency-Key"), step + " declares Idempotency-Key: " + headers);
        }
    }
}
