package io.edukpi.devstack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The application contract plus what a service with data promises: its own database is migrated
 * by Flyway and usable through its datasource, and it is ready only when that database and the
 * Kafka broker answer. A service's test extends this with {@code @QuarkusTest} and
 * {@link DevStackResource}.
 */
public abstract class ServiceContract extends ApplicationContract {

    @Inject
    DataSource dataSource;

    @Test
    public void readinessChecksDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    public void flywayMigratedTheServiceDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select count(*) filter (where not success), count(*) from flyway_schema_history")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no failed migration");
            assertTrue(rs.getInt(2) > 0, "migrations were applied");
        }
    }

    @Test
    public void writesAndReadsItsOwnDatabase() throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into processed_event (consumer, event_id, topic) values ('service-contract', ?, 'probe')")) {
                insert.setString(1, eventId);
                assertEquals(1, insert.executeUpdate());
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select topic, current_database() from processed_event where consumer = 'service-contract' and event_id = ?")) {
                select.setString(1, eventId);
                try (ResultSet rs = select.executeQuery()) {
                    assertTrue(rs.next(), "the row written is read back");
                    assertEquals("probe", rs.getString(1));
                    assertEquals(expectedDatabase(), rs.getString(2), "the service uses its own database");
                }
            }
        }
    }

    /** The name of the service's own database. */
    protected abstract String expectedDatabase();
}
