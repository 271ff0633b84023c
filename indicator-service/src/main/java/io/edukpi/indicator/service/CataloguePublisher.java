package io.edukpi.indicator.service;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.edukpi.commons.outbox.Outbox;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.json.CatalogueJson;

/** Writes {@code catalogue.published} (docs/events/catalogue.published.schema.json) into the outbox. */
@ApplicationScoped
public class CataloguePublisher {

    public static final String TOPIC = "catalogue.published";
    public static final String TYPE = "edukpi.catalogue.published.v1";
    /** Below Kafka's 1 MB default record size with room for headers and key. */
    public static final int MAX_PAYLOAD_BYTES = 900_000;

    private final Outbox outbox;

    public CataloguePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void published(StoredCatalogue c) {
        String json = payload(c);
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_PAYLOAD_BYTES) {
            throw ProblemException.unprocessable(IndicatorMessage.TOO_LARGE_TO_ANNOUNCE.text(size, MAX_PAYLOAD_BYTES),
                    List.of());
        }
        outbox.publish(TOPIC, c.content().naturalKey(), TYPE, json);
    }

    /** The event's JSON text, as the outbox will send it. */
    public static String payload(StoredCatalogue c) {
        try {
            return CatalogueJson.MAPPER.writeValueAsString(CataloguePublished.of(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event payload always serialises", e);
        }
    }
}
