package io.edukpi.indicator.service;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.outbox.Outbox;
import io.edukpi.commons.problem.ProblemException;
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
        ObjectNode payload = CatalogueJson.MAPPER.createObjectNode();
        payload.put("catalogueId", c.id().toString());
        payload.put("fiscalYear", c.content().fiscalYear());
        payload.put("fiscalYearBe", c.content().fiscalYearBe());
        payload.put("level", c.content().level().name());
        payload.put("version", c.version());
        payload.put("title", c.content().title());
        payload.put("publishedAt", c.publishedAt().toString());
        payload.put("supersedes", c.copiedFrom() == null ? null : c.copiedFrom().toString());
        payload.put("indicatorCount", c.content().indicators().size());
        payload.put("contentHash", c.contentHash());
        var warnings = payload.putArray("warnings");
        c.findings().stream().filter(f -> !f.blocksPublishing()).forEach(f -> warnings.addObject()
                .put("path", f.path()).put("code", f.code()).put("message", f.message()).put("messageTh", f.messageTh()));
        payload.set("catalogue", CatalogueJson.tree(c.content()));
        String json = payload.toString();
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_PAYLOAD_BYTES) {
            throw new ProblemException(422, "unprocessable", "The catalogue is too large to announce",
                    "ชุดตัวชี้วัดมีขนาดใหญ่เกินกว่าจะประกาศผ่านเหตุการณ์ได้",
                    "The catalogue.published payload would be " + size + " bytes; the limit is " + MAX_PAYLOAD_BYTES + ".",
                    "ข้อมูลเหตุการณ์มีขนาด " + size + " ไบต์ เกินขีดจำกัด " + MAX_PAYLOAD_BYTES + " ไบต์", java.util.List.of());
        }
        outbox.publish(TOPIC, c.content().naturalKey(), TYPE, json);
    }
}
