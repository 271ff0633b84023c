package io.edukpi.commons.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class IdempotentRequestsTest {

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        String name = "retry-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 3; attempt++) {
            given().header("Idempotency-Key", "k-" + name).body("{}").post("/test/idempotent/" + name).then()
                    .statusCode(201)
                    .header("Location", endsWith("/test/idempotent/" + name))
                    .body("times", equalTo(1));
        }
        given().header("Idempotency-Key", "k-" + name).body("{}").post("/test/idempotent/" + name).then()
                .header("Idempotent-Replayed", "true");
        given().body("{}").post("/test/idempotent/" + name).then().statusCode(201).body("times", equalTo(2));
    }

    @Test
    void racingRetriesRunTheWriteOnce() {
        String name = "race-" + UUID.randomUUID();
        List<CompletableFuture<Integer>> attempts = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().header("Idempotency-Key", "k-" + name)
                        .body("{}").post("/test/idempotent/" + name).then().statusCode(201)
                        .extract().<Integer> path("times")))
                .toList();
        attempts.forEach(a -> assertEquals(1, a.join()));
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        String name = "reuse-" + UUID.randomUUID();
        given().header("Idempotency-Key", "k-" + name).body("{\"a\":1}").post("/test/idempotent/" + name)
                .then().statusCode(201);
        given().header("Idempotency-Key", "k-" + name).body("{\"a\":2}").post("/test/idempotent/" + name).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("idempotency-key-reused"));
    }

    @Test
    void aMalformedKeyIsA400ThatSaysWhere() {
        given().header("Idempotency-Key", "no spaces allowed").body("{}").post("/test/idempotent/malformed").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
