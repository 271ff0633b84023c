package io.edukpi.devstack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every edukpi application (services and gateway) promises its operators and clients,
 * checked against the running application. A test extends this and adds {@code @QuarkusTest}.
 */
public abstract class ApplicationContract {

    @Test
    public void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    public void servesOpenApiAndSwaggerUi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("openapi", startsWith("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    public void exportsPrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    public void echoesAnAcceptableRequestId() {
        given().header("X-Request-Id", "mis-client.20261123-0001")
                .when().get("/q/health/live")
                .then().header("X-Request-Id", "mis-client.20261123-0001");
    }

    @Test
    public void replacesAMissingOrUnsafeRequestId() {
        given().when().get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id\twith spaces and a very suspicious ${jndi:ldap://x}")
                .when().get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    public void unknownPathAnswersProblemJson() {
        given().header("X-Request-Id", "contract-404")
                .when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", startsWith("https://"))
                .body("title", not(emptyOrNullString()))
                .body("titleTh", not(emptyOrNullString()))
                .body("status", equalTo(404))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo("/api/v1/no-such-resource"))
                .body("requestId", equalTo("contract-404"));
    }
}
