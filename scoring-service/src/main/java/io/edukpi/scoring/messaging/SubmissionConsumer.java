package io.edukpi.scoring.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.inbox.ProcessedEvents;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.persistence.AcceptedResults;
import io.edukpi.scoring.service.ScoringService;
import io.smallrye.common.annotation.Blocking;

/**
 * Accepted and withdrawn results from submission-service. Records are keyed by office code, so
 * one office's events arrive in order; each is applied once (ProcessedEvents) in the transaction
 * that rescores the office. A payload that breaks its schema is logged and skipped, never retried
 * forever.
 */
@ApplicationScoped
public class SubmissionConsumer {

    static final String CONSUMER = "scoring-service";
    private static final Logger LOG = Logger.getLogger(SubmissionConsumer.class);

    private final ProcessedEvents processed;
    private final ScoringService scoring;
    private final ObjectMapper mapper;

    public SubmissionConsumer(ProcessedEvents processed, ScoringService scoring, ObjectMapper mapper) {
        this.processed = processed;
        this.scoring = scoring;
        this.mapper = mapper;
    }

    @Incoming("submission-accepted")
    @Blocking
    @Transactional
    public void accepted(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(CONSUMER, record)) {
            return;
        }
        try {
            SubmissionAccepted event = mapper.readValue(record.value(), SubmissionAccepted.class);
            requireAll(event.resultId(), event.resultVersion(), event.officeCode(), event.officeKind(),
                    event.fiscalYear(), event.level(), event.round(), event.indicatorCode(), event.acceptedAt());
            Result result = new Result(event.resultId(), event.resultVersion(), event.value(),
                    event.stepsCompleted() == null ? null : new HashSet<>(event.stepsCompleted()),
                    event.reviewerScore(), event.reviewerReason());
            scoring.accepted(new AcceptedResults.Key(event.officeCode(), event.fiscalYear(), event.level(),
                    event.round(), event.indicatorCode()), event.officeKind(), result, event.catalogueId(),
                    event.acceptedAt(), cause(record));
        } catch (JsonProcessingException | InvalidScoringInputException | IllegalArgumentException e) {
            LOG.errorf("skipped submission.accepted %s (key %s): %s", cause(record), record.key(), e.getMessage());
        }
    }

    @Incoming("submission-withdrawn")
    @Blocking
    @Transactional
    public void withdrawn(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery(CONSUMER, record)) {
            return;
        }
        try {
            SubmissionWithdrawn event = mapper.readValue(record.value(), SubmissionWithdrawn.class);
            requireAll(event.resultId(), event.resultVersion(), event.officeCode(), event.officeKind(),
                    event.fiscalYear(), event.level(), event.round(), event.indicatorCode());
            scoring.withdrawn(new AcceptedResults.Key(event.officeCode(), event.fiscalYear(), event.level(),
                    event.round(), event.indicatorCode()), event.officeKind(), event.resultId(), event.resultVersion(),
                    cause(record));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.errorf("skipped submission.withdrawn %s (key %s): %s", cause(record), record.key(), e.getMessage());
        }
    }

    static void requireAll(Object... fields) {
        if (Stream.of(fields).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a required field is missing");
        }
    }

    static String cause(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader("ce_id");
        return record.topic() + " " + (id == null ? record.partition() + "@" + record.offset()
                : new String(id.value(), StandardCharsets.UTF_8));
    }
}
