package io.edukpi.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/** The edge: tokens, rate limits, body limits, CORS, tracing headers, a dead service. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class GatewaySecurityTest {

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    VerifiedTokens verifiedTokens;

    static Stream<String> refusedTokens() {
        String good = TestTokens.schoolOfficer("5001", "1050130001");
        return Stream.of(
                TestTokens.builder("area.5001").roles(Set.of("area-officer")).expired(Duration.ofMinutes(1)).sign(),
                TestTokens.builder("area.5001").roles(Set.of("area-officer")).foreignKey().sign(),
                TestTokens.builder("area.5001").roles(Set.of("area-officer")).audience("account").sign(),
                TestTokens.tampered(good, "school_code", "1050340001"),
                "not-a-jwt");
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void aBadTokenIsRefusedWith401BeforeAnyServiceSeesIt(String token) {
        given().auth().oauth2(token).header("X-Request-Id", "bad-token")
                .when().get("/api/v1/catalogues")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("status", equalTo(401))
                .body("titleTh", equalTo("ต้องเข้าสู่ระบบก่อนใช้งาน"))
                .body("requestId", equalTo("bad-token"))
                .body("instance", equalTo("/api/v1/catalogues"));
    }

    /** Verified tokens are kept (VerifiedTokens) until their exp, and no longer; a changed one is verified anew. */
    @Test
    void aCachedTokenIsRefusedOnceExpiredAndATamperedCopyNeverHitsTheCache() throws InterruptedException {
        // A token whose five minutes end four to five seconds from now.
        String token = TestTokens.builder("area.5002").roles(Set.of("area-officer")).expired(Duration.ofSeconds(-5)).sign();
        given().auth().oauth2(token).when().get("/api/v1/catalogues").then().statusCode(200);
        assertTrue(verifiedTokens.find(token, null).isPresent(), "the verified token is kept");
        given().auth().oauth2(token).when().get("/api/v1/catalogues").then().statusCode(200);
        given().auth().oauth2(TestTokens.tampered(token, "realm_access", Map.of("roles", Set.of("obec-admin"))))
                .when().get("/api/v1/catalogues").then().statusCode(401);

        long exp = new JsonObject(new String(Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getLong("exp");
        await().atMost(Duration.ofSeconds(15)).until(() -> System.currentTimeMillis() > exp * 1000 + 100);
        given().auth().oauth2(token).when().get("/api/v1/catalogues")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        assertTrue(verifiedTokens.find(token, null).isEmpty(), "an expired token is not kept");
    }

    @Test
    void noTokenIsRefusedWith401() {
        given().when().post("/api/v1/registry/schools")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"edukpi\""))
                .body("detail", containsString("bearer token"))
                .body("detailTh", containsString("โทเค็น"));
    }

    @Test
    void healthAndTheServicesDocumentsAreAnonymous() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/services/registry-service/q/health/ready").then().statusCode(404);
        given().when().get("/services/student-registry-service/q/openapi").then().statusCode(200);
    }

    @Test
    void relaysTheCallersTokenAndATraceparent() {
        String token = TestTokens.misClient("mis-schoolmis-5001", "1050130001", "1050130002");
        given().auth().oauth2(token).header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .when().get("/api/v1/registry/schools")
                .then().statusCode(200)
                .body("authorization", equalTo("Bearer " + token))
                .body("traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        given().auth().oauth2(token).when().get("/api/v1/registry/schools")
                .then().statusCode(200)
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        String token = TestTokens.builder("service-account-rate-test-client").clientId("rate-test-client")
                .roles(Set.of("dashboard")).sign();
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).when().get("/api/v1/scores/5001")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Policy", "3;w=60");
        }
        Response refused = given().auth().oauth2(token).when().get("/api/v1/scores/5001");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Remaining", "0")
                .body("titleTh", equalTo("มีการเรียกใช้งานถี่เกินกำหนด"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        // Another client keeps its own bucket.
        given().auth().oauth2(TestTokens.dashboard()).when().get("/api/v1/scores/5001").then().statusCode(200);
    }

    @Test
    void aDeclaredBodyOverTheRouteLimitIsRefusedBeforeUpload() {
        given().auth().oauth2(TestTokens.obecAdmin()).contentType("application/json").body(new byte[3 * 1024 * 1024])
                .when().post("/api/v1/scoring/recalculations")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("2 MB"));
    }

    @Test
    void aChunkedBodyOverTheRouteLimitIsCutOffWith413() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(uri("/api/v1/scoring/recalculations"))
                        .header("Authorization", "Bearer " + TestTokens.batch())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedStream(3L * 1024 * 1024)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("2 MB"), response.body());
    }

    /**
     * 800 MB of generated bytes, sent without a declared length, reach the service whole; the
     * service has its first byte long before the client has finished sending, so nothing waited
     * for the whole body in between.
     */
    @Test
    void an800MegabyteUploadStreamsThroughWithoutBuffering() throws Exception {
        long size = 800L * 1024 * 1024;
        GeneratedStream upload = new GeneratedStream(size);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(uri("/api/v1/registry/census-rounds/2567/uploads"))
                        .header("Authorization", "Bearer " + TestTokens.misClient("mis-schoolmis-5001", "1050130001"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> upload))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject seen = new JsonObject(response.body());
        assertEquals(size, seen.getLong("bodyLength"));
        assertTrue(seen.getLong("firstByteAt") < upload.halfSentAt(),
                "the service got its first byte only after half of the body had been sent");
    }

    @Test
    void corsAnswersTheDashboardOriginOnly() {
        given().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/scores/5001")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.org");
        given().auth().oauth2(TestTokens.dashboard()).header("Origin", "https://dashboard.example.org")
                .when().get("/api/v1/scores/5001")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
        given().auth().oauth2(TestTokens.dashboard()).header("Origin", "https://elsewhere.example.com")
                .when().get("/api/v1/scores/5001")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aDeadServiceOpensItsBreakerAndAnswers503AtOnce() {
        String token = TestTokens.reviewer();
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(token).when().get("/api/v1/submissions/rounds").then().statusCode(503);
        }
        long start = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/v1/submissions/rounds")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("detail", containsString("submission-service"));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(took < 500, "answered after " + took + " ms");
    }

    /** Callers that give up (client timeouts, wrk stopping) are not failures of the service. */
    @Test
    void callersThatHangUpDoNotOpenTheBreaker() throws Exception {
        HttpClient impatient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.batch();
        for (int i = 0; i < 6; i++) {
            try {
                impatient.send(HttpRequest.newBuilder(uri("/api/v1/scoring/hang-up/slow"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMillis(200)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException expected) {
                // The caller gave up; the gateway resets its call to the service.
            }
        }
        // The breaker stays closed while the gateway settles the calls it reset.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> given().auth().oauth2(token).when().get("/api/v1/scoring/recalculations")
                        .then().statusCode(200).body("service", equalTo("scoring-service")));
    }

    @Test
    void aRequestWith10000HeadersIsRefusedWith4xx() throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("GET /api/v1/catalogues HTTP/1.1\r\nHost: localhost\r\n");
            for (int i = 0; i < 10_000; i++) {
                request.append("X-Filler-").append(i).append(": x\r\n");
            }
            request.append("\r\n");
            try {
                out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server may answer and close before it has read everything; the answer is still there.
            }
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(statusLine.matches("HTTP/1\\.1 4\\d\\d"), statusLine);
        }
    }

    private URI uri(String path) {
        return URI.create(gateway.toString().replaceAll("/$", "") + path);
    }

    /** A body of {@code size} pseudo-random bytes made on the fly, remembering when half of it was read. */
    static final class GeneratedStream extends InputStream {
        private final long size;
        private long position;
        private volatile long halfSentAt = Long.MAX_VALUE;

        GeneratedStream(long size) {
            this.size = size;
        }

        long halfSentAt() {
            return halfSentAt;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((position + i) * 31 + 7);
            }
            position += n;
            if (halfSentAt == Long.MAX_VALUE && position >= size / 2) {
                halfSentAt = System.currentTimeMillis();
            }
            return n;
        }
    }
}
