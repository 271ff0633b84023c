package io.edukpi.scoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.inbox.ProcessedEvents;
import io.edukpi.scoring.domain.OfficeKind;
import io.edukpi.scoring.service.ScoringService;
import io.smallrye.common.annotation.Blocking;

/**
 * Offices as student-registry-service registers them (the one place an office is registered): their Thai name and
 * kind, which rankings and scorecards show. Each event is applied once; a payload that breaks its schema is logged
 * and skipped.
 */
@ApplicationScoped
public class AreaOfficeConsumer {

    private static final Logger LOG = Logger.getLogger(AreaOfficeConsumer.class);

    private final ProcessedEvents processed;
    private final ScoringService scoring;
    private final ObjectMapper mapper;

    public AreaOfficeConsumer(ProcessedEvents processed, ScoringService scoring, ObjectMapper mapper) {
        this.processed = processed;
        this.scoring = scoring;
        this.mapper = mapper;
    }

    @Incoming("registry-area-offices")
    @Blocking
    @Transactional
    public void registered(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(SubmissionConsumer.CONSUMER, record)) {
            return;
        }
        try {
            AreaOfficeRegistered event = mapper.readValue(record.value(), AreaOfficeRegistered.class);
            SubmissionConsumer.requireAll(event.officeCode(), event.nameTh(), event.kind(), event.changedAt());
            OfficeKind kind = OfficeKind.valueOf(event.kind());
            if (!scoring.officeRegistered(event.officeCode(), event.nameTh(), kind.name(), event.changedAt())) {
                LOG.debugf("office %s: a name as new as %s is kept already", event.officeCode(), event.changedAt());
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.errorf("skipped registry.area-offices %s (key %s): %s", SubmissionConsumer.cause(record), record.key(),
                    e.getMessage());
        }
    }
}
