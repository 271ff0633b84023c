package io.edukpi.commons.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.requestid.RequestIds;

/**
 * The only way a service emits an event: it is stored with the data change, in the caller's
 * transaction, and {@link OutboxRelay} publishes it after commit. A rolled-back change therefore
 * never announces itself, and a committed one is always announced.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;

    public Outbox(ObjectMapper mapper, Event<OutboxWritten> written) {
        this.mapper = mapper;
        this.written = written;
    }

    /**
     * @param topic Kafka topic, e.g. {@code catalogue.published}
     * @param key partition key; the area office code for office data, so one office's events stay in order
     * @param type event type, e.g. {@code edukpi.catalogue.published.v1}
     * @param payload serialised as JSON; must match the topic's schema in {@code docs/events/}
     * @return the event id consumers use to recognise a redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.key = key;
        event.type = type;
        event.payload = json(payload);
        event.requestId = RequestIds.current().orElse(null);
        event.createdAt = OffsetDateTime.now();
        event.persist();
        written.fire(OutboxWritten.INSTANCE);
        return event.eventId;
    }

    private String json(Object payload) {
        try {
            return payload instanceof String s ? s : mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
    }
}
