package io.edukpi.submission.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.inbox.ProcessedEvents;
import io.edukpi.submission.service.CatalogueService;
import io.edukpi.submission.service.JsonColumns;
import io.edukpi.submission.service.RegistryResultService;
import io.smallrye.common.annotation.Blocking;

/** Catalogues published by indicator-service: kept, and the registry figures already held applied to them. */
@ApplicationScoped
public class CataloguePublishedConsumer {

    /** The inbox name of this service: each event is applied once. */
    static final String CONSUMER = "submission-service";
    private static final Logger LOG = Logger.getLogger(CataloguePublishedConsumer.class);

    private final ProcessedEvents processed;
    private final CatalogueService catalogues;
    private final RegistryResultService registry;
    private final JsonColumns json;
    private final ObjectMapper mapper;

    public CataloguePublishedConsumer(ProcessedEvents processed, CatalogueService catalogues, RegistryResultService registry,
            JsonColumns json, ObjectMapper mapper) {
        this.processed = processed;
        this.catalogues = catalogues;
        this.registry = registry;
        this.json = json;
        this.mapper = mapper;
    }

    @Incoming("catalogue-published")
    @Blocking
    @Transactional
    public void cataloguePublished(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(CONSUMER, record)) {
            return;
        }
        try {
            JsonNode event = mapper.readTree(record.value());
            if (catalogues.store(event)) {
                var catalogue = catalogues.byId(UUID.fromString(event.path("catalogueId").asText()));
                int derived = registry.catalogueArrived(catalogue, json);
                LOG.infof("catalogue %d %s version %d kept; %d registry-derived results set", catalogue.fiscalYear(),
                        catalogue.level(), catalogue.version(), derived);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // A payload that breaks the contract must not stop the partition; it is logged for operators.
            LOG.errorf("skipped catalogue.published at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }
}
