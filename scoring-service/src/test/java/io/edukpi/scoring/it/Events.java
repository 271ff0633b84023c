package io.edukpi.scoring.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.devstack.TestEvents;

/** Produces schema-valid events on the real broker, as indicator-service and submission-service do. */
final class Events {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CATALOGUE_ID = "5f1f7f2e-2554-4b1a-9c2d-000000002554";

    private Events() {
    }

    /** Sends a payload after checking it against docs/events; returns the ce_id it was sent with. */
    static String send(String topic, String key, String payload, String eventId) {
        return TestEvents.send(topic, key, payload, eventId);
    }

    /** The B.E. 2554 OBEC catalogue transcribed in indicator-service, as catalogue.published carries it. */
    static ObjectNode obec2554(String catalogueId, int version) {
        return obecCatalogue(2011, catalogueId, version);
    }

    /** The same content filed under another fiscal year, so that a test class has a catalogue of its own. */
    static ObjectNode obecCatalogue(int fiscalYear, String catalogueId, int version) {
        try {
            Path file = Path.of("..", "indicator-service", "src", "main", "resources", "catalogues", "obec-2554.json");
            ObjectNode catalogue = (ObjectNode) MAPPER.readTree(Files.readString(file));
            catalogue.put("fiscalYear", fiscalYear);
            ObjectNode event = MAPPER.createObjectNode();
            event.put("catalogueId", catalogueId);
            event.put("fiscalYear", fiscalYear);
            event.put("fiscalYearBe", FiscalYear.toBuddhist(fiscalYear));
            event.put("level", "OBEC_AGREEMENT");
            event.put("version", version);
            event.put("title", catalogue.path("title").asText());
            event.put("publishedAt", OffsetDateTime.now().toString());
            event.put("contentHash", "0".repeat(63) + version);
            event.set("catalogue", catalogue);
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void publishCatalogue(ObjectNode event) {
        send("catalogue.published", event.path("fiscalYear").asText() + ":" + event.path("level").asText(),
                event.toString(), UUID.randomUUID().toString());
    }

    static ObjectNode accepted(String office, String kind, int round, String indicator, String value, int resultVersion) {
        return accepted(2011, CATALOGUE_ID, office, kind, round, indicator, value, resultVersion);
    }

    static ObjectNode accepted(int fiscalYear, String catalogueId, String office, String kind, int round,
            String indicator, String value, int resultVersion) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("resultId", "res-" + office + "-" + indicator + "-" + round);
        event.put("resultVersion", resultVersion);
        event.put("officeCode", office);
        event.put("officeKind", kind);
        event.put("fiscalYear", fiscalYear);
        event.put("level", "OBEC_AGREEMENT");
        event.put("round", round);
        event.put("indicatorCode", indicator);
        event.put("catalogueId", catalogueId);
        event.put("catalogueVersion", 1);
        event.put("value", new BigDecimal(value));
        event.put("acceptedAt", OffsetDateTime.now().toString());
        event.put("acceptedBy", "reviewer1");
        return event;
    }
}
