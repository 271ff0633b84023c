package io.edukpi.devstack;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts events on the test broker (DevStackResource's Kafka) the way a producing service does: the
 * payload checked against {@code docs/events/<topic>.schema.json} first, CloudEvents headers with a
 * fresh or given {@code ce_id}, acknowledged by all replicas before returning.
 */
public final class TestEvents {

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    /** Sends with a new event id; returns it. */
    public static String send(String topic, String key, String payload) {
        return send(topic, key, payload, UUID.randomUUID().toString());
    }

    /** Sends with the given event id (the same id twice is a redelivery); returns it. */
    public static String send(String topic, String key, String payload, String eventId) {
        EventSchemas.ofProject().assertValid(topic, payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", ("edukpi." + topic + ".v1").getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "edukpi-test".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
        return eventId;
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackResource.servers().kafka().bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
