package io.edukpi.scoring.messaging;

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
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.service.CatalogueService;
import io.edukpi.scoring.service.ScoringService;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps scoring's own copy of every published catalogue version and rescores the open rounds
 * with it. Closed rounds keep their official scores until a recalculation job says otherwise.
 */
@ApplicationScoped
public class CatalogueConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogueConsumer.class);

    private final ProcessedEvents processed;
    private final CatalogueService catalogues;
    private final ScoringService scoring;
    private final ObjectMapper mapper;

    public CatalogueConsumer(ProcessedEvents processed, CatalogueService catalogues, ScoringService scoring,
            ObjectMapper mapper) {
        this.processed = processed;
        this.catalogues = catalogues;
        this.scoring = scoring;
        this.mapper = mapper;
    }

    @Incoming("catalogue-published")
    @Blocking
    @Transactional
    public void published(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(SubmissionConsumer.CONSUMER, record)) {
            return;
        }
        try {
            JsonNode event = mapper.readTree(record.value());
            if (!catalogues.store(event)) {
                return;
            }
            catalogues.byId(UUID.fromString(event.path("catalogueId").asText()))
                    .ifPresent(catalogue -> {
                        int rescored = scoring.catalogueArrived(catalogue);
                        LOG.infof("catalogue %d %s version %d kept; %d office scores changed in open rounds",
                                catalogue.fiscalYear(), catalogue.level(), catalogue.version(), rescored);
                    });
        } catch (JsonProcessingException | InvalidScoringInputException | IllegalArgumentException e) {
            LOG.errorf("skipped catalogue.published %s: %s", SubmissionConsumer.cause(record), e.getMessage());
        }
    }
}
