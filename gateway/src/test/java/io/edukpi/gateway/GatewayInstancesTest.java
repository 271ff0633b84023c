package io.edukpi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Services of several instances behind the gateway: calls spread over them, and a dead one is passed over when that is safe.
 */
@QuarkusTest
@WithTestResource(InstancesResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayInstancesTest {

    private static final String TOKEN = TestTokens.obecAdmin();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    // A default: every test class is a bean checked at start, also where another resource runs.
    @ConfigProperty(name = "test.instances.control", defaultValue = "unset")
    String control;

    @Test
    @Order(1)
    void spreadsCallsOverTheInstancesOfAService() {
        Map<String, Integer> answeredBy = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String instance = given().auth().oauth2(TOKEN).when().get("/api/v1/scores/5001")
                    .then().statusCode(200).extract().path("instance");
            answeredBy.merge(instance, 1, Integer::sum);
        }
        assertTrue(answeredBy.getOrDefault("scoring-a", 0) >= 5 && answeredBy.getOrDefault("scoring-b", 0) >= 5,
                "both instances take their share: " + answeredBy);
    }

    @Test
    @Order(2)
    void aStoppedInstanceIsPassedOverForReadsAndWrites() throws Exception {
        assertEquals("stopped", control("POST", "/stop/scoring-b"));
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(TOKEN).header("X-Request-Id", "after-stop-" + i).when().get("/api/v1/scores/5001")
                    .then().statusCode(200).body("instance", equalTo("scoring-a"));
        }
        byte[] body = randomBody(1024 * 1024);
        given().auth().oauth2(TOKEN).contentType("application/json").body(body)
                .when().post("/api/v1/scoring/recalculations")
                .then().statusCode(200)
                .body("instance", equalTo("scoring-a"))
                .body("bodySha256", equalTo(sha256(body)));
    }

    @Test
    @Order(3)
    void aRefusedConnectionSendsEvenAPostWithItsBodyToTheNextInstance() throws Exception {
        byte[] body = randomBody(4 * 1024 * 1024);
        given().auth().oauth2(TOKEN).contentType("application/octet-stream").body(body)
                .when().post("/api/v1/catalogues/2554/imports")
                .then().statusCode(200)
                .body("instance", equalTo("indicator-b"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(sha256(body)));
    }

    @Test
    @Order(4)
    void aReadDroppedMidCallIsRepeatedAtTheNextInstanceWhichTakesTheCallsForAWhile() throws Exception {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "dropped-get").when().get("/api/v1/submissions/rounds")
                .then().statusCode(200)
                .body("instance", equalTo("submission-b"))
                .body("requestId", equalTo("dropped-get"));
        assertEquals("1", control("GET", "/reset/submission-service"), "the first instance got the call first");
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/submissions/rounds")
                    .then().statusCode(200).body("instance", equalTo("submission-b"));
        }
        assertEquals("1", control("GET", "/reset/submission-service"), "the instance that dropped a call is skipped");
    }

    @Test
    @Order(5)
    void aWriteDroppedMidCallIsNotRepeated() throws Exception {
        Response dropped = given().auth().oauth2(TOKEN).header("X-Request-Id", "dropped-post")
                .contentType("application/json").body("{\"schoolCode\": \"1050340001\"}")
                .when().post("/api/v1/registry/schools");
        dropped.then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("student-registry-service"))
                .body("requestId", equalTo("dropped-post"));
        assertEquals("1", control("GET", "/reset/student-registry-service"));
        assertFalse(control("GET", "/seen/registry-b").contains("dropped-post"),
                "the other instance never saw the write the first one may have applied");
        given().auth().oauth2(TOKEN).header("X-Request-Id", "next-post")
                .contentType("application/json").body("{\"schoolCode\": \"1050340001\"}")
                .when().post("/api/v1/registry/schools")
                .then().statusCode(200).body("instance", equalTo("registry-b"));
    }

    private String control(String method, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(control + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static byte[] randomBody(int size) {
        byte[] body = new byte[size];
        new Random(2554).nextBytes(body);
        return body;
    }

    private static String sha256(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }
}
