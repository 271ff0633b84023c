package io.edukpi.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.edukpi.commons.events.CloudEventHeaders;

/**
 * Makes a consumer idempotent: call {@link #firstDelivery} at the start of the transaction that
 * applies an event. It records the event id and answers false when the event was applied before,
 * so a redelivered event changes nothing. The record commits or rolls back with the effect.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String topic) {
        int inserted = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, topic) values (:consumer, :eventId, :topic)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("topic", topic)
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * For a Kafka record: its {@code ce_id}, or topic-partition-offset for a record from a producer
     * that sends no id (the same record redelivered still has the same offset).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, ConsumerRecord<?, ?> record) {
        String eventId = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID)
                .orElse(record.topic() + "-" + record.partition() + "@" + record.offset());
        return firstDelivery(consumer, eventId, record.topic());
    }
}
