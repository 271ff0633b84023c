package io.edukpi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A service instance that closes a pooled connection just as the gateway reuses it is not down: a safe call
 * (a read without a body) is sent again on a fresh connection, to the same, only, instance.
 */
@QuarkusTest
@WithTestResource(ClosingInstanceResource.class)
class ClosedConnectionTest {

    private static final String TOKEN = TestTokens.obecAdmin();

    @Test
    void aReadOnAPooledConnectionTheInstanceClosedIsSentAgainOnAFreshOne() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/scores/5001")
                .then().statusCode(200).body("connection", equalTo(1));
        // The second read goes out on the kept-alive connection, which the instance closes unanswered.
        given().auth().oauth2(TOKEN).when().get("/api/v1/scores/5001")
                .then().statusCode(200).body("connection", equalTo(2));
        given().auth().oauth2(TOKEN).when().get("/api/v1/scores/5001")
                .then().statusCode(200).body("connection", equalTo(3));
    }
}
