package io.edukpi.commons.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.edukpi.commons.events.CloudEventHeaders;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox events to Kafka in the order they were written ({@code position},
 * given by the database at insert time; ids come in per-instance blocks and do not tell). Only one
 * relay of a service works at a time (a PostgreSQL advisory lock held for the batch), so several
 * instances of a service neither publish an event twice side by side nor reorder one office's
 * events. Delivery is at least once: an event is stamped published only after Kafka acknowledged
 * it (an instance killed between the two leaves it for the next relay to send again), and
 * consumers recognise redeliveries by {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of the service's database. */
    private static final long RELAY_LOCK = 0x6564_756b_7069_01L;

    private final EntityManager em;
    private final DataSource dataSource;
    private final MutinyEmitter<String> kafka;
    private final OutboxConfig config;
    /** A plain thread: a context-propagating executor would run the relay inside the committed caller's transaction. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();

    /** What operators watch: events not yet published, and how long the oldest has waited. */
    private final AtomicLong pendingEvents = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    public OutboxRelay(EntityManager em, DataSource dataSource, @Channel("outbox") MutinyEmitter<String> kafka,
            OutboxConfig config,
            MeterRegistry registry) {
        this.em = em;
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.config = config;
        Gauge.builder("edukpi.outbox.pending", pendingEvents, AtomicLong::get)
                .description("Events written but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("edukpi.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished event")
                .baseUnit("seconds")
                .register(registry);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Publishes right after a transaction that wrote events has committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        requested.set(true);
        if (!executor.isShutdown()) {
            executor.execute(this::relay);
        }
    }

    /** Catches what the commit trigger missed: events of other instances, failed sends, a restart. */
    @Scheduled(every = "${edukpi.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        requested.set(true);
        relay();
    }

    /** As often as metrics are scraped, not on every relay pass. */
    @Scheduled(every = "${edukpi.outbox.metrics-interval:15s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void measureBacklog() {
        Object[] backlog = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                from outbox_event where published_at is null""")
                .getSingleResult();
        pendingEvents.set(((Number) backlog[0]).longValue());
        oldestPendingSeconds.set(((Number) backlog[1]).longValue());
    }

    private void relay() {
        // One relay loop per JVM; a request arriving while it runs makes it go round once more.
        while (requested.get() && running.tryLock()) {
            try {
                requested.set(false);
                while (publishBatch() >= config.batchSize()) {
                    // A full batch: more are waiting.
                }
            } catch (RuntimeException e) {
                // E.g. the database cannot be reached: nothing was marked published, so the next pass (at
                // the latest the poll) sends those events again.
                LOG.warnf("Outbox relay pass failed, the next pass retries: %s", e);
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Publishes one batch; returns how many events Kafka acknowledged. No transaction is open while
     * Kafka is awaited (a slow broker would outlast the transaction timeout and the late writes would
     * then fail with "enlisted connection used without active transaction"): the batch is read in one
     * short transaction and stamped in another. A session-level advisory lock, held on a connection of
     * its own for the whole pass, keeps the relays of several instances from interleaving.
     */
    int publishBatch() {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                return 0;
            }
            try {
                return publish(QuarkusTransaction.requiringNew().call(this::pending));
            } finally {
                unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox relay lock: " + e.getMessage(), e);
        }
    }

    private List<OutboxEvent> pending() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = em.createNativeQuery(
                "select * from outbox_event where published_at is null order by position limit :limit",
                OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        return pending;
    }

    private int publish(List<OutboxEvent> pending) {
        if (pending.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (OutboxEvent event : pending) {
            acks.add(kafka.sendMessage(toMessage(event)).subscribeAsCompletionStage());
        }
        // One deadline for the batch, not one per event: a broker that does not answer costs one timeout.
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> published = new ArrayList<>(pending.size());
        Map<OutboxEvent, String> failed = new LinkedHashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                published.add(pending.get(i).id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(pending.get(i), "interrupted");
            } catch (ExecutionException | TimeoutException e) {
                failed.put(pending.get(i), String.valueOf(e.getCause() == null ? e : e.getCause()));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> record(published, failed));
        return published.size();
    }

    private void record(List<Long> published, Map<OutboxEvent, String> failed) {
        if (!published.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = :now where id in (:ids)")
                    .setParameter("now", OffsetDateTime.now())
                    .setParameter("ids", published)
                    .executeUpdate();
        }
        failed.forEach((event, error) -> {
            em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = :error where id = :id")
                    .setParameter("error", error)
                    .setParameter("id", event.id)
                    .executeUpdate();
            LOG.warnf("Event %s to %s not published yet (attempt %d): %s",
                    event.eventId, event.topic, event.attempts + 1, error);
        });
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** The pooled connection goes back to the pool: it must not keep the lock. */
    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            statement.execute();
        }
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgePublished() {
        em.createNativeQuery("delete from outbox_event where published_at < :before")
                .setParameter("before", OffsetDateTime.now().minus(config.retention()))
                .executeUpdate();
    }

    private Message<String> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, event.eventId.toString());
        header(headers, CloudEventHeaders.TYPE, event.type);
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TIME, event.createdAt.toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        if (event.requestId != null) {
            header(headers, CloudEventHeaders.REQUEST_ID, event.requestId);
        }
        return Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(event.topic)
                .withKey(event.key)
                .withHeaders(headers)
                .build());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
