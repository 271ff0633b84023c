package io.edukpi.submission.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.devstack.TestEvents;
import io.edukpi.devstack.TestTokens;
import io.restassured.path.json.JsonPath;

/** Real events on the real broker, as indicator-service and the registry produce them, and the test callers. */
public final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String RESULTS = "/api/v1/submissions/results";
    static final String AREA_OFFICES = "registry.area-offices";
    /** How long an event may take to be consumed and show in the API. */
    static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final Set<String> published = new HashSet<>();

    private Fixtures() {
    }

    /** An area officer of an office; different names are different people (who submits, who certifies). */
    static String officer(String name, String office) {
        return TestTokens.of(name, Set.of("area-officer"), Map.of("office_code", office));
    }

    static String school(String name, String office, String school) {
        return TestTokens.of(name, Set.of("school-officer"), Map.of("office_code", office, "school_code", school));
    }

    static String reviewer(String name) {
        return TestTokens.of(name, Set.of("reviewer"), Map.of());
    }

    /**
     * The B.E. 2554 OBEC catalogue as catalogue.published carries it, filed under {@code fiscalYear}, changed by
     * {@code edit}, published once per test JVM and awaited until submission-service holds it.
     */
    public static synchronized void catalogue(int fiscalYear, Consumer<ObjectNode> edit) {
        if (published.add(fiscalYear + "")) {
            publishCatalogue(fiscalYear, edit);
        }
    }

    /**
     * Publishes the B.E. 2554 OBEC catalogue filed under {@code fiscalYear}, after {@code edit} changed it, as
     * indicator-service would (a schema-checked catalogue.published on the real broker), and waits until
     * submission-service holds it. Returns the catalogue id.
     */
    static String publishCatalogue(int fiscalYear, Consumer<ObjectNode> edit) {
        try {
            Path file = Path.of("..", "indicator-service", "src", "main", "resources", "catalogues", "obec-2554.json");
            ObjectNode catalogue = (ObjectNode) MAPPER.readTree(Files.readString(file));
            catalogue.put("fiscalYear", fiscalYear);
            edit.accept(catalogue);
            ObjectNode event = MAPPER.createObjectNode();
            String id = UUID.randomUUID().toString();
            event.put("catalogueId", id);
            event.put("fiscalYear", fiscalYear);
            event.put("fiscalYearBe", FiscalYear.toBuddhist(fiscalYear));
            event.put("level", "OBEC_AGREEMENT");
            event.put("version", 1);
            event.put("title", catalogue.path("title").asText());
            event.put("publishedAt", OffsetDateTime.now().toString());
            event.put("contentHash", "a".repeat(64));
            event.set("catalogue", catalogue);
            send("catalogue.published", fiscalYear + ":OBEC_AGREEMENT", event.toString());
            await("catalogue " + fiscalYear).atMost(ARRIVAL).until(() -> given().auth().oauth2(TestTokens.reviewer())
                    .get("/api/v1/submissions/catalogues").then().extract().jsonPath().getList("catalogueId").contains(id));
            return id;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An office submission-service knows, with a name of its own. */
    static void office(String code, String kind) {
        office(code, "สำนักงานเขตพื้นที่การศึกษาทดสอบ " + code, kind);
    }

    /**
     * Registers an office as the registry does (registry.area-offices on the real broker, the only way an office
     * becomes known) and waits until submission-service lists it with that name and kind.
     */
    public static void office(String code, String nameTh, String kind) {
        ObjectNode event = MAPPER.createObjectNode().put("officeCode", code).put("nameTh", nameTh).put("kind", kind)
                .put("changedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        send(AREA_OFFICES, code, event.toString());
        await("office " + code).atMost(ARRIVAL).until(() -> {
            JsonPath offices = given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/submissions/area-offices").then()
                    .statusCode(200).extract().jsonPath();
            return nameTh.equals(offices.getString("find { it.code == '" + code + "' }.nameTh"))
                    && kind.equals(offices.getString("find { it.code == '" + code + "' }.kind"));
        });
    }

    static void send(String topic, String key, String payload) {
        TestEvents.send(topic, key, payload);
    }
}
