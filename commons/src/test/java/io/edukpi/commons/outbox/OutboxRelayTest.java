package io.edukpi.commons.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.events.CloudEventHeaders;
import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void committedEventReachesKafkaWithKeyAndCloudEventHeaders() {
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish("test.outbox", "5001", "edukpi.test.recorded.v1", Map.of("office", "5001")));

        try (TopicReader reader = reader("test.outbox")) {
            List<ConsumerRecord<String, String>> records = reader
                    .await(r -> id.toString().equals(header(r, CloudEventHeaders.ID)), 1, WAIT);
            assertEquals(1, records.size(), "the event was published once");
            ConsumerRecord<String, String> record = records.get(0);
            assertEquals("5001", record.key());
            assertEquals(Map.of("office", "5001"), json(record.value()));
            assertEquals("edukpi.test.recorded.v1", header(record, CloudEventHeaders.TYPE));
            assertEquals("commons-test", header(record, CloudEventHeaders.SOURCE));
            assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("application/json", header(record, CloudEventHeaders.CONTENT_TYPE));
            assertNotNull(header(record, CloudEventHeaders.TIME));
        }
        OutboxEvent stored = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent> find("eventId", id).singleResult());
        awaitPublished(stored.id);
    }

    @Test
    void rolledBackEventIsNeverStoredNorPublished() {
        String key = "rollback-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish("test.outbox", key, "edukpi.test.recorded.v1", Map.of("n", 1));
            throw new IllegalStateException("the data change failed");
        }));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", key)));
        try (TopicReader reader = reader("test.outbox")) {
            assertTrue(reader.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(3)).isEmpty());
        }
    }

    @Test
    void exportsTheBacklogAsMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("edukpi_outbox_pending "))
                .body(containsString("edukpi_outbox_oldest_pending_seconds "));
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
                () -> outbox.publish("test.outbox", "5001", "edukpi.test.recorded.v1", Map.of()));
    }

    @Test
    void eventsOfOneOfficeArriveInTheOrderTheyWereWritten() {
        String office = "order-" + UUID.randomUUID();
        IntStream.range(0, 40).forEach(i -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish("test.ordered", office, "edukpi.test.recorded.v1", Map.of("seq", i))));

        try (TopicReader reader = reader("test.ordered")) {
            List<Object> sequence = reader.await(r -> office.equals(r.key()), 40, WAIT).stream()
                    .map(r -> json(r.value()).get("seq")).toList();
            assertEquals(IntStream.range(0, 40).boxed().toList(), sequence, "each event once, in order");
        }
    }

    /**
     * Two instances of a service take outbox ids in blocks of their own, so an event written later
     * can carry the lower id (here: a row as another instance would insert it, with an id below
     * this instance's block). The relay still publishes in the order the rows were written.
     */
    @Test
    void aLaterEventWithALowerIdOfAnotherInstanceStillComesAfter() {
        String office = "instances-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish("test.ordered", office, "edukpi.test.recorded.v1", Map.of("seq", 0));
            em.createNativeQuery("""
                    insert into outbox_event (id, event_id, topic, event_key, event_type, payload, created_at)
                    values (-nextval('outbox_event_id_seq'), :eventId, 'test.ordered', :key,
                            'edukpi.test.recorded.v1', cast('{"seq": 1}' as jsonb), now())""")
                    .setParameter("eventId", UUID.randomUUID())
                    .setParameter("key", office)
                    .executeUpdate();
        });

        try (TopicReader reader = reader("test.ordered")) {
            List<Object> sequence = reader.await(r -> office.equals(r.key()), 2, WAIT).stream()
                    .map(r -> json(r.value()).get("seq")).toList();
            assertEquals(List.of(0, 1), sequence, "in the order written, not by id");
        }
    }

    private void awaitPublished(long id) {
        await("outbox row " + id + " marked published").atMost(WAIT).until(
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> findById(id).publishedAt != null));
    }

    private static Map<String, Object> json(String value) {
        try {
            return new ObjectMapper().readValue(value, new TypeReference<Map<String, Object>>() {
            });
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    private static TopicReader reader(String topic) {
        return new TopicReader(DevStackResource.servers().kafka().bootstrapServers(), topic);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.get(record.headers(), name).orElse(null);
    }

}
