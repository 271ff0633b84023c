package io.edukpi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class GatewayRoutingTest {

    private static final String TOKEN = TestTokens.areaOfficer("5001");

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest
    @CsvSource({
            "/api/v1/catalogues, indicator-service",
            "/api/v1/catalogues/2554/indicators?level=area, indicator-service",
            "/api/v1/registry/census-rounds, student-registry-service",
            "/api/v1/scores/5001, scoring-service",
            "/api/v1/scoring/recalculations, scoring-service" })
    void routesEachPathToItsServiceUnchanged(String path, String service) {
        given().auth().oauth2(TOKEN).urlEncodingEnabled(false).when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(path));
    }

    @Test
    void aPathThatOnlyStartsLikeARouteIsNotRouted() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/cataloguesX")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void passesTheCallersRequestIdOn() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "mis-5001-42")
                .when().get("/api/v1/registry/schools")
                .then().statusCode(200)
                .header("X-Request-Id", "mis-5001-42")
                .body("requestId", equalTo("mis-5001-42"))
                .body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void createsARequestIdTheServiceAndCallerShare() {
        Response response = given().auth().oauth2(TOKEN).when().get("/api/v1/registry/schools");
        assertEquals(1, response.headers().getValues("X-Request-Id").size(), "one X-Request-Id, not one per hop");
        String id = response.header("X-Request-Id");
        assertEquals(id, response.jsonPath().getString("requestId"));
        response.then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void streamsARequestBodyUnchanged() throws Exception {
        byte[] body = new byte[8 * 1024 * 1024];
        new Random(2554).nextBytes(body);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        given().auth().oauth2(TOKEN).contentType("application/octet-stream").body(body)
                .when().post("/api/v1/catalogues/2554/imports")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(sha));
    }

    @Test
    void reachesEachServicesHealthUnderServices() {
        given().when().get("/services/indicator-service/q/health/ready")
                .then().statusCode(200)
                .body("service", equalTo("indicator-service"))
                .body("uri", equalTo("/q/health/ready"));
    }

    @Test
    void exposesOnlyHealthAndOpenApiOfAService() {
        given().when().get("/services/scoring-service/q/openapi")
                .then().statusCode(200).body("uri", equalTo("/q/openapi"));
        given().when().get("/services/scoring-service/q/metrics")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/services/scoring-service/q/health/../metrics")
                .then().statusCode(404);
    }

    /**
     * A 304 has no body: forwarded with {@code Transfer-Encoding: chunked}, clients such as Python's
     * requests wait for a body that never comes. Read on a raw connection, two answers in a row.
     */
    @Test
    void aNotModifiedAnswerComesThroughWithoutBodyOrChunking() throws Exception {
        String token = TestTokens.batch();
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            String request = "GET /api/v1/scores/not-modified HTTP/1.1\r\nHost: " + gateway.getHost()
                    + "\r\nAuthorization: Bearer " + token + "\r\nIf-None-Match: \"v1\"\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (int answer = 0; answer < 2; answer++) {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = in.readLine();
                assertEquals("HTTP/1.1 304 Not Modified", status);
                List<String> headers = new ArrayList<>();
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    headers.add(line.toLowerCase(Locale.ROOT));
                }
                assertTrue(headers.stream().noneMatch(h -> h.startsWith("transfer-encoding")), headers.toString());
                assertTrue(headers.contains("etag: \"v1\""), headers.toString());
            }
        }
    }

    @Test
    void aServiceThatIsDownGivesA503Problem() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "down-1")
                .when().get("/api/v1/submissions/rounds")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[0-9]+"))
                .body("status", equalTo(503))
                .body("detail", containsString("submission-service"))
                .body("titleTh", equalTo("บริการไม่พร้อมใช้งานชั่วคราว"))
                .body("requestId", equalTo("down-1"))
                .body("instance", equalTo("/api/v1/submissions/rounds"));
    }

    @Test
    void aServiceTooSlowGivesA504ProblemWithinTheDeadline() {
        long start = System.nanoTime();
        given().auth().oauth2(TOKEN).when().get("/api/v1/scores/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("scoring-service"));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMillis < 2900, "answered after " + tookMillis + " ms, before the upstream did");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/catalogues/../registry/schools",
            "/api/v1/catalogues/%2e%2e/registry/schools",
            "/api/v1/catalogues/a%2Fb",
            "/api/v1/catalogues/a%5Cb" })
    void refusesTraversalAndEncodedSlashes(String path) throws Exception {
        // java.net.http sends the path exactly as written, as an attacker would.
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gateway.toString().replaceAll("/$", "") + path))
                        .header("Authorization", "Bearer " + TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"path\"") && response.body().contains("path-refused"),
                "says where: " + response.body());
    }
}
