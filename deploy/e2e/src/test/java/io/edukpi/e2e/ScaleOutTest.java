package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.ChildProcess;
import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.PlatformSettings;

/**
 * Scale-out on one machine: scoring-service and submission-service run as two instances each (one
 * consumer group per service, one database per service, as the run command starts them), behind a
 * gateway that knows both. Results flow through the gateway (create, submit, certify, accept with
 * the demo users' Keycloak tokens); in the middle, the second instance of each is killed with
 * SIGKILL while events are on their way. Afterwards every accepted result has its
 * {@code submission.accepted} event, applied by scoring exactly once (one processed-event row, one
 * score version naming it, the value it carried in force, the score it implies) although the survivor
 * received again what the killed instance had applied without committing its offsets. An event sent
 * twice by a relay killed between Kafka's acknowledgement and its stamp is a copy with the same
 * {@code ce_id} (at-least-once; see {@link EventFlow#assertAppliedOnce}), never a second event.
 */
class ScaleOutTest {

    /** In order: a round is submitted once the one before it is certified. */
    private static final List<Integer> ROUNDS = List.of(6, 9);
    /**
     * The second scoring instance's consumer of submission.accepted, recognisable in the group; also its
     * static member name, which sorts before the first instance's ({@code scoring-service-<port>}), so the
     * range assignor gives it partitions 0 and 1 of 3, where the two offices' events go.
     */
    private static final String SCORING_2_CLIENT = "edukpi-scoring-2";

    private static TestPlatform platform;
    private static EventFlow flow;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("scale-out");
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void killedInstancesLoseNoEventAndApplyNoneTwice() throws Exception {
        long begin = System.nanoTime();
        PlatformSettings settings = platform.settings();
        int[] ports = FreePorts.distinct(3);
        String scoring1 = url(settings, "scoring-service");
        String submission1 = url(settings, "submission-service");
        // The instances this test kills: a short Kafka session, so the group notices the death in
        // seconds rather than the default 45 s (the mechanism is the same).
        List<ChildProcess> started = new ArrayList<>();
        Thread scoringStart = new Thread(() -> started.add(platform.platform().startInstance("scoring-service",
                ports[0], Map.of(
                        "mp.messaging.incoming.submission-accepted.client.id", SCORING_2_CLIENT,
                        "edukpi.instance-id", SCORING_2_CLIENT,
                        "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000",
                        "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000"))));
        scoringStart.start();
        ChildProcess submission2 = platform.platform().startInstance("submission-service", ports[1], Map.of(
                "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000",
                "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000"));
        scoringStart.join();
        ChildProcess scoring2 = started.get(0);
        String scoring2Url = "http://127.0.0.1:" + ports[0];
        String submission2Url = "http://127.0.0.1:" + ports[1];
        platform.platform().startInstance("gateway", ports[2], Map.of(
                "edukpi.gateway.upstreams.scoring-service", scoring1 + "," + scoring2Url,
                "edukpi.gateway.upstreams.submission-service", submission1 + "," + submission2Url));
        String gateway = "http://127.0.0.1:" + ports[2];
        flow = new EventFlow(platform, platform.gatewayClient(gateway), "scale-out");
        flow.log("two instances of scoring-service (%s, %s) and submission-service (%s, %s) behind %s, ready after %d s",
                scoring1, scoring2Url, submission1, submission2Url, gateway, seconds(begin));

        flow.setUp();
        // The group gives the second scoring instance its partitions once it has joined.
        Set<Integer> owned = flow.awaitPartitionsOf(SCORING_2_CLIENT, "submission.accepted", Duration.ofSeconds(60));
        int total = EventFlow.OFFICES.size() * EventFlow.INDICATORS.size() * ROUNDS.size();
        // After round 6 and a third of round 9's accepts: the killed scoring instance has applied
        // events whose offsets it has not committed yet (they come again to the survivor), and has
        // others still to do.
        int killAt = total / 2 + total / 6;
        List<EventFlow.Accepted> accepted = new ArrayList<>();
        String killReport = null;
        for (int round : ROUNDS) {
            // Keyed, submitted and certified first; then accepted one after the other, so that
            // events are on their way to scoring when the instances die.
            for (EventFlow.Accepted result : flow.certifyRound(round)) {
                if (accepted.size() == killAt) {
                    killReport = kill(scoring2, submission2, owned, accepted.size());
                }
                if (flow.accept(result)) {
                    accepted.add(result);
                }
            }
        }
        long flowEnd = System.nanoTime();
        flow.log("%d results accepted through the gateway in %d s; %s", accepted.size(), seconds(begin), killReport);
        assertEquals(List.of(), flow.failures, "gateway calls that failed");
        assertEquals(total, accepted.size());

        // Both submission instances took calls from the gateway before the kill.
        Path logs = platform.data().resolve("logs");
        long calls1 = apiCalls(logs.resolve("submission-service.log"));
        long calls2 = apiCalls(logs.resolve("submission-service-" + ports[1] + ".log"));
        flow.log("submission-service API calls answered: first instance %d, second instance %d (until killed)", calls1,
                calls2);
        assertTrue(calls1 > 0 && calls2 > 0, "the gateway spread the calls: " + calls1 + " / " + calls2);

        flow.awaitApplied(accepted.size(), Duration.ofSeconds(120));
        flow.log("scoring applied all %d events %d s after the last accept",
                accepted.size(), (System.nanoTime() - flowEnd) / 1_000_000_000);

        // One kill, one copy at most of an event.
        List<ConsumerRecord<String, String>> events = flow.assertAppliedOnce(accepted, 2);
        Set<Integer> used = events.stream().map(ConsumerRecord::partition).collect(Collectors.toSet());
        assertTrue(owned.stream().anyMatch(used::contains), "the killed scoring instance held partitions " + owned
                + " of submission.accepted, the offices' events are on " + used);
        assertEquals(List.of(), flow.failures, "gateway calls that failed");
        flow.log("scale-out test took %d s", seconds(begin));
    }

    /** Kills the second instances while scoring still works through what was accepted. */
    private static String kill(ChildProcess scoring2, ChildProcess submission2, Set<Integer> owned, int acceptedSoFar)
            throws Exception {
        scoring2.kill();
        submission2.kill();
        long applied = flow.applied();
        long unpublished = flow.count("submission", "select count(*) from outbox_event where published_at is null");
        long committed = flow.committedOffsets("submission.accepted", owned);
        String report = String.format("killed (SIGKILL) scoring-service #2 (partitions %s of submission.accepted) and "
                + "submission-service #2 after %d accepted results; scoring had applied %d of them, offsets committed "
                + "for %d (so %d applied events come again), %d events not yet stamped published in "
                + "submission-service's outbox", owned, acceptedSoFar, applied, committed, Math.max(0, applied - committed),
                unpublished);
        flow.log(report);
        // The gateway learns of the dropped keep-alive connections from the closed sockets.
        Thread.sleep(300);
        return report;
    }

    private static long apiCalls(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" /api/v1/submissions/results")).count();
        }
    }

    static String url(PlatformSettings settings, String service) {
        return settings.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
    }

    static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }
}
