package io.edukpi.commons.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.edukpi.commons.events.CloudEventHeaders;
import io.edukpi.devstack.DevStackResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Inject
    EntityManager em;

    @Test
    void secondDeliveryOfAnEventIsRecognised() {
        String id = UUID.randomUUID().toString();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("scoring", id, "t")));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("scoring", id, "t")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("dashboard", id, "t")),
                "each consumer keeps its own record");
    }

    @Test
    void aRolledBackApplicationDoesNotCountAsProcessed() {
        String id = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            processed.firstDelivery("scoring", id, "t");
            throw new IllegalStateException("the effect failed");
        }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("scoring", id, "t")));
    }

    @Test
    void eventRedeliveredThroughTheRealBrokerIsAppliedOnce() throws Exception {
        String name = "application-" + UUID.randomUUID();
        String marker = name + "-marker";
        String eventId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(name, eventId)).get();
            producer.send(record(name, eventId)).get();
            producer.send(record(name, UUID.randomUUID().toString())).get();
            // Same key, same partition: once this marker is applied, every record before it has been handled.
            producer.send(record(marker, UUID.randomUUID().toString())).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> times(marker) == 1);
        assertEquals(2, times(name), "the duplicate was skipped, the distinct event applied");
    }

    private int times(String name) {
        Number times = QuarkusTransaction.requiringNew().call(() -> (Number) em
                .createNativeQuery("select coalesce(max(times), 0) from test_application where name = :name")
                .setParameter("name", name)
                .getSingleResult());
        return times.intValue();
    }

    private static ProducerRecord<String, String> record(String value, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>("test.applications", "5001", value);
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackResource.servers().kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
