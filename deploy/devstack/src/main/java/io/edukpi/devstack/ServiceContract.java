package io.edukpi.devstack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * The application contract plus what a service with data promises: it is ready only when its
 * real database and Kafka broker answer. A service's test extends this with {@code @QuarkusTest}
 * and {@link DevStackResource}.
 */
public abstract class ServiceContract extends ApplicationContract {

    @Test
    public void readinessChecksDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }
}
