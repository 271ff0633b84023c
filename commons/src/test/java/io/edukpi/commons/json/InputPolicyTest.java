package io.edukpi.commons.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class InputPolicyTest {

    private static final String MEASURES = "/test/problems/measures";

    @Test
    void aTwentyDigitDecimalKeepsEveryDigit() {
        given().contentType("application/json")
                .body("{\"label\": \"x\", \"value\": 12345678901234567890.123, \"details\": {\"v\": 80.50}}")
                .when().post(MEASURES).then().statusCode(200)
                .body(equalTo("{\"label\":\"x\",\"value\":12345678901234567890.123,\"details\":{\"v\":80.50}}"));
    }

    @Test
    void numbersOfAbsurdSizeAreRefusedWithTheirField() {
        for (String body : new String[] { "{\"value\": 1e400}", "{\"value\": 1E+2147483648}", "{\"value\": -1e-999}",
                "{\"details\": {\"tree\": [{\"weight\": 1e99999}]}}" }) {
            given().contentType("application/json").body(body).when().post(MEASURES).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].code", equalTo("number-out-of-range"))
                    .body("errors[0].field", equalTo(body.contains("tree") ? "details.tree[0].weight" : "value"));
        }
    }

    @Test
    void controlCharactersInTextAreRefusedWithTheirField() {
        given().contentType("application/json").body("{\"label\": \"a\\u0000b\"}")
                .when().post(MEASURES).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("control-character"))
                .body("errors[0].field", equalTo("label"))
                .body("errors[0].message", equalTo("The text contains the control character U+0000 at position 2; remove it."));
        given().contentType("application/json").body("{\"details\": {\"rows\": [\"ok\", \"bell\\u0007\"]}}")
                .when().post(MEASURES).then().statusCode(400)
                .body("errors[0].field", equalTo("details.rows[1]"));
        given().contentType("application/json").body("{\"label\": \"line one\\nline two\\ttabbed\"}")
                .when().post(MEASURES).then().statusCode(200);
    }

    @Test
    void controlCharactersInPathOrQueryAreRefusedBeforeTheResource() {
        given().urlEncodingEnabled(false).when().get("/test/problems/schools/a%00b").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("control-character")).body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).when().get("/test/problems/page?limit=5&level=%1b").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }

    @Test
    void anErrorWithoutABodyLeavesAsAProblem() {
        given().when().get("/test/problems/bare").then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412))
                .body("type", equalTo("https://edukpi.obec.go.th/problems/precondition-failed"));
    }

    @Test
    void limitsAreThoseDocumented() {
        assertTrue(InputLimits.number(new BigDecimal("1e30"), "v").isEmpty());
        assertTrue(InputLimits.number(new BigDecimal("1e31"), "v").isPresent());
        assertTrue(InputLimits.number(new BigDecimal("1e-30"), "v").isEmpty());
        assertTrue(InputLimits.number(BigDecimal.ZERO.setScale(5), "v").isEmpty());
        assertEquals("control-character", InputLimits.text("\u007f", "f").orElseThrow().code());
    }
}
