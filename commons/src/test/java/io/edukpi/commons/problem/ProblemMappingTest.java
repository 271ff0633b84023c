package io.edukpi.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class ProblemMappingTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonSaysLineAndColumn() {
        given().contentType("application/json").header("X-Request-Id", "t-1")
                .body("{\n  \"code\": \"1050130001\",\n  \"name\": }")
                .when().post("/test/problems/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("requestId", equalTo("t-1"))
                .body("instance", equalTo("/test/problems/schools"))
                .body("errors[0].code", equalTo("malformed-json"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].column", notNullValue())
                .body("errors[0].messageTh", notNullValue());
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType("application/json")
                .body("{\"code\":\"1050130001\",\"name\":\"x\",\"founded\":\"2554-13-45\"}")
                .when().post("/test/problems/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("founded"))
                .body("errors[0].code", equalTo("wrong-type"))
                .body("errors[0].value", equalTo("2554-13-45"));
    }

    @Test
    void everyInvalidFieldIsListedWithItsPathInEnglishAndThai() {
        given().contentType("application/json")
                .body("{\"code\":\"12\",\"name\":\" \",\"teachers\":[{\"name\":\"ครูสมศรี\",\"age\":17}]}")
                .when().post("/test/problems/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://edukpi.obec.go.th/problems/bad-request"))
                .body("titleTh", equalTo("คำขอไม่ถูกต้อง"))
                .body("errors", hasSize(4))
                .body("errors.field", hasItems("code", "name", "founded", "teachers[0].age"))
                .body("errors.find { it.field == 'teachers[0].age' }.code", equalTo("Min"))
                .body("errors.find { it.field == 'teachers[0].age' }.messageTh", equalTo("ต้องมีค่าไม่น้อยกว่า 18"))
                .body("errors.find { it.field == 'code' }.value", equalTo("12"))
                .body("errors.find { it.field == 'founded' }.messageTh", equalTo("ต้องระบุค่า"));
    }

    @Test
    void missingBodyIsAClientError() {
        given().contentType("application/json")
                .when().post("/test/problems/schools")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().queryParam("limit", 500)
                .when().get("/test/problems/page")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aRequestTargetOverTheLimitIsA414ProblemNamingTheLongParameter() {
        // Up to 1 MiB the HTTP layer passes the line on (beyond, Vert.x answers a bare 414 itself).
        for (int length : new int[] { 9_000, 300_000 }) {
            given().queryParam("limit", 5).queryParam("note", "ก".repeat(length / 9))
                    .when().get("/test/problems/page")
                    .then().statusCode(414).contentType(PROBLEM)
                    .body("type", equalTo("https://edukpi.obec.go.th/problems/uri-too-long"))
                    .body("errors[0].code", equalTo("request-target-too-long"))
                    .body("errors[0].field", equalTo("note"))
                    .body("detailTh", containsString("8192"));
        }
        given().when().get("/test/problems/schools/" + "9".repeat(8_200))
                .then().statusCode(414).contentType(PROBLEM)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void anUnreadableAcceptHeaderIsNamed() throws Exception {
        // java.net.http sends the header as written (RestAssured adds its own Accept).
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.resolve("/test/problems/formats")).header("Accept", "*/*;q=abc").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"Accept\"") && response.body().contains("header-unreadable")
                && response.body().contains("ส่วนหัว"), response.body());
    }

    @Test
    void problemExceptionKeepsItsStatusAndWords() {
        given().when().get("/test/problems/schools/1050130001")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://edukpi.obec.go.th/problems/not-found"))
                .body("detail", containsString("1050130001"))
                .body("detailTh", containsString("สถานศึกษา"));
    }

    @Test
    void unexpectedFailureHidesItsCause() {
        given().header("X-Request-Id", "t-crash")
                .when().get("/test/problems/crash")
                .then().statusCode(500).contentType(PROBLEM)
                .body("requestId", equalTo("t-crash"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at io.")));
    }

    /** A paused database: no pooled connection comes free in time (Agroal's acquisition timeout). */
    @Test
    void exhaustedConnectionPoolAsksToRetry() {
        given().when().get("/test/problems/database-exhausted")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("type", equalTo("https://edukpi.obec.go.th/problems/unavailable"))
                .body("detail", containsString("database"))
                .body(not(containsString("acquisition")));
    }

    @Test
    void lostDatabaseConnectionAsksToRetry() {
        given().when().get("/test/problems/database-connection-lost")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "5")
                .body(not(containsString("backend")));
    }

    @TestHTTPResource("/")
    URI server;

    @Test
    void bodyOverTheLimitIsRefusedAsAProblemBeforeItIsSent() throws Exception {
        // The client declares 21 MB and waits: the refusal comes before any of it is uploaded.
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /test/problems/schools HTTP/1.1\r\n"
                    + "Host: " + server.getHost() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + 21 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                head.write(in.read());
            }
            String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
            String status = lines[0];
            String headers = String.join("\n", lines);
            int length = Arrays.stream(lines)
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .mapToInt(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
            assertTrue(headers.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), headers);
            assertTrue(body.contains("\"status\":413"), body);
        }
    }

    @Test
    void wrongMethodAndMediaTypeAreProblems() {
        given().when().delete("/test/problems/schools")
                .then().statusCode(405).contentType(PROBLEM)
                .body("status", equalTo(405));
        given().contentType("text/csv").body("a,b")
                .when().post("/test/problems/schools")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void openApiDocumentsTheProblemsOperationsReturn() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Problem.properties.type.type", equalTo("string"))
                .body("components.schemas.Problem.properties.titleTh.type", equalTo(List.of("string", "null")))
                .body("paths.'/test/problems/schools'.post.responses.'400'.$ref", equalTo("#/components/responses/BadRequest"))
                .body("paths.'/test/problems/schools/{code}'.get.responses.'404'.$ref",
                        equalTo("#/components/responses/NotFound"))
                .body("components.responses.BadRequest.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}
