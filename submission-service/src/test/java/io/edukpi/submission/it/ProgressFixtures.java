package io.edukpi.submission.it;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.PostgresServer;
import io.edukpi.devstack.TestTokens;
import io.restassured.http.ContentType;

/**
 * Test data for the progress and reminder tests, set up the way production gets it: the catalogue as a real
 * catalogue.published event on the broker, offices and results through the API, the registry's school lists
 * (which arrive with registry.statistics) written straight into the service's database.
 */
final class ProgressFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String LEVEL = "OBEC_AGREEMENT";
    static final String RESULTS = "/api/v1/submissions/results";

    private ProgressFixtures() {
    }

    /** A round's dates: round number, period end, deadline. */
    record RoundDates(int round, LocalDate periodEnd, LocalDate deadline) {
    }

    /**
     * Publishes the B.E. 2554 catalogue filed under {@code fiscalYear} with the given round dates, after
     * {@code edit} has changed its indicators, and waits until submission-service holds it.
     */
    static void publishCatalogue(int fiscalYear, List<RoundDates> rounds, Consumer<ArrayNode> edit) {
        Fixtures.publishCatalogue(fiscalYear, catalogue -> {
            for (var r : catalogue.withArray("rounds")) {
                RoundDates dates = rounds.stream().filter(d -> d.round() == r.path("round").asInt()).findFirst()
                        .orElseThrow();
                ((ObjectNode) r).put("periodEnd", dates.periodEnd().toString());
                ((ObjectNode) r).put("deadline", dates.deadline().toString());
            }
            edit.accept(catalogue.withArray("indicators"));
        });
    }

    /** The office's data collector (submits) and indicator supervisor (certifies): two different people. */
    static String collector(String office) {
        return TestTokens.of("collector." + office, Set.of("area-officer"), Map.of("office_code", office));
    }

    static String supervisor(String office) {
        return TestTokens.of("supervisor." + office, Set.of("area-officer"), Map.of("office_code", office));
    }

    static String draft(String office, int fiscalYear, int round, String indicator, String value) {
        return given().auth().oauth2(collector(office)).contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", fiscalYear, "level", LEVEL, "round", round, "indicatorCode", indicator,
                        "value", new BigDecimal(value)))
                .post(RESULTS).then().statusCode(201).extract().path("id");
    }

    static String submitted(String office, int fiscalYear, int round, String indicator, String value) {
        String id = draft(office, fiscalYear, round, indicator, value);
        given().auth().oauth2(collector(office)).post(RESULTS + "/{id}/submit", id).then().statusCode(200);
        return id;
    }

    static String certified(String office, int fiscalYear, int round, String indicator, String value) {
        String id = submitted(office, fiscalYear, round, indicator, value);
        given().auth().oauth2(supervisor(office)).post(RESULTS + "/{id}/certify", id).then().statusCode(200);
        return id;
    }

    static String accepted(String office, int fiscalYear, int round, String indicator, String value) {
        String id = certified(office, fiscalYear, round, indicator, value);
        given().auth().oauth2(TestTokens.reviewer()).contentType(ContentType.JSON).body("{}")
                .post(RESULTS + "/{id}/accept", id).then().statusCode(200);
        return id;
    }

    static String returned(String office, int fiscalYear, int round, String indicator, String value) {
        String id = submitted(office, fiscalYear, round, indicator, value);
        given().auth().oauth2(supervisor(office)).contentType(ContentType.JSON)
                .body(Map.of("reason", "ตัวเลขไม่ตรงกับเอกสาร")).post(RESULTS + "/{id}/return", id).then().statusCode(200);
        return id;
    }

    /** The office's schools as registry.statistics would have delivered them. */
    static void schools(String office, Map<String, String> codeToName) {
        try (Connection c = DriverManager.getConnection(DevStackResource.servers().postgres().jdbcUrl("submission"),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement s = c.prepareStatement("insert into office_school (code, office_code, name_th) "
                        + "values (?, ?, ?) on conflict (code) do update set office_code = excluded.office_code")) {
            for (var e : codeToName.entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, office);
                s.setString(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
