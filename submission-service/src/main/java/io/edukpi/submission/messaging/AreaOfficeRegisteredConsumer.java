package io.edukpi.submission.messaging;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.inbox.ProcessedEvents;
import io.edukpi.submission.service.OfficeDirectory;
import io.smallrye.common.annotation.Blocking;

/**
 * Area offices as the registry registers them (registry.area-offices): how an office becomes known here, so
 * that an office is registered once, in the registry. Each event is applied once, and only when it is not
 * older than the registration held.
 */
@ApplicationScoped
public class AreaOfficeRegisteredConsumer {

    private static final Logger LOG = Logger.getLogger(AreaOfficeRegisteredConsumer.class);

    private final ProcessedEvents processed;
    private final OfficeDirectory offices;
    private final ObjectMapper mapper;

    public AreaOfficeRegisteredConsumer(ProcessedEvents processed, OfficeDirectory offices, ObjectMapper mapper) {
        this.processed = processed;
        this.offices = offices;
        this.mapper = mapper;
    }

    @Incoming("registry-area-offices")
    @Blocking
    @Transactional
    public void areaOfficeRegistered(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(CataloguePublishedConsumer.CONSUMER, record)) {
            return;
        }
        try {
            JsonNode event = mapper.readTree(record.value());
            String code = event.path("officeCode").asText();
            if (code.isBlank() || !event.path("nameTh").isTextual() || !event.path("kind").isTextual()) {
                throw new IllegalArgumentException("officeCode, nameTh and kind are required");
            }
            boolean applied = offices.registered(code, event.path("nameTh").asText(), event.path("kind").asText(),
                    OffsetDateTime.parse(event.path("changedAt").asText()));
            LOG.infof("area office %s registered (%s)%s", code, event.path("kind").asText(),
                    applied ? "" : ": older than the registration held, not applied");
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf("skipped registry.area-offices at %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
