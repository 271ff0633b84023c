package io.edukpi.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/** A consumer written the way services write theirs: effect and processed-event record in one transaction. */
@ApplicationScoped
public class TestApplicationConsumer {

    private final ProcessedEvents processed;
    private final EntityManager em;

    public TestApplicationConsumer(ProcessedEvents processed, EntityManager em) {
        this.processed = processed;
        this.em = em;
    }

    @Incoming("test-applications")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        if (!processed.firstDelivery("commons-test", record)) {
            return;
        }
        em.createNativeQuery("""
                insert into test_application (name, times) values (:name, 1)
                on conflict (name) do update set times = test_application.times + 1""")
                .setParameter("name", record.value())
                .executeUpdate();
    }
}
