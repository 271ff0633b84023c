package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.ChildProcess;
import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.PlatformSettings;
import io.edukpi.devstack.Signals;

/**
 * Faults survived, as a test: through the gateway with real tokens, while results go to ACCEPTED,
 * (a) the Kafka broker is frozen for 60 s (SIGSTOP, then SIGCONT), (b) a consumer (scoring-service
 * #2) and a producer (submission-service #2) are killed with SIGKILL mid-burst and the consumer is
 * started again under its name, (c) every PostgreSQL process is paused for 15 s. Proven: no event
 * lost and none applied twice ({@link EventFlow#assertAppliedOnce}); every client answered during the
 * faults got success or 503 problem+json with Retry-After, within its timeout; every
 * {@code /q/health/ready} answered (UP or DOWN) within seconds while the broker was frozen; the
 * restarted consumer held its partitions again within seconds (static group membership); and without
 * a fault the outbox relay logs no failure. The recovery times are printed as one block at the end.
 */
class FaultSuiteTest {

    private static final String SCORING_2_CLIENT = "edukpi-scoring-2";
    private static final Duration BROKER_FROZEN = Duration.ofSeconds(60);
    private static final Duration DATABASE_PAUSED = Duration.ofSeconds(15);
    /** What a readiness probe may take (the manifests' timeoutSeconds is 3; margin for a loaded machine). */
    private static final Duration READINESS_LIMIT = Duration.ofSeconds(5);
    private static final List<String> RELAY_FAILURES = List.of("Enlisted connection used without active transaction",
            "Outbox relay pass failed");

    private static TestPlatform platform;
    private static EventFlow flow;
    private final List<String> recovery = new ArrayList<>();

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("faults");
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void faultsLoseNoEventApplyNoneTwiceAndAnswerRetryably() throws Exception {
        long begin = System.nanoTime();
        PlatformSettings settings = platform.settings();
        int[] ports = FreePorts.distinct(3);
        // Its static member name sorts first: it gets partitions 0 and 1 of 3, those of the two offices' events.
        Map<String, String> scoring2Settings = Map.of("mp.messaging.incoming.submission-accepted.client.id",
                SCORING_2_CLIENT, "edukpi.instance-id", SCORING_2_CLIENT);
        CompletableFuture<ChildProcess> scoringStart = CompletableFuture.supplyAsync(
                () -> platform.platform().startInstance("scoring-service", ports[0], scoring2Settings));
        ChildProcess submission2 = platform.platform().startInstance("submission-service", ports[1], Map.of());
        ChildProcess scoring2 = scoringStart.join();
        String scoring2Url = "http://127.0.0.1:" + ports[0];
        String submission2Url = "http://127.0.0.1:" + ports[1];
        platform.platform().startInstance("gateway", ports[2], Map.of(
                "edukpi.gateway.upstreams.scoring-service", ScaleOutTest.url(settings, "scoring-service") + ","
                        + scoring2Url,
                "edukpi.gateway.upstreams.submission-service", ScaleOutTest.url(settings, "submission-service") + ","
                        + submission2Url));
        flow = new EventFlow(platform, platform.gatewayClient("http://127.0.0.1:" + ports[2]), "faults");
        flow.setUp();
        Set<Integer> owned = flow.awaitPartitionsOf(SCORING_2_CLIENT, "submission.accepted", Duration.ofSeconds(60));

        // No fault: a round accepted and applied, and the relays log no failure.
        List<EventFlow.Accepted> accepted = new ArrayList<>();
        acceptAll(flow.certifyRound(6), accepted);
        flow.awaitApplied(accepted.size(), Duration.ofSeconds(120));
        assertEquals(List.of(), relayFailures(), "outbox relay failures logged with no fault active");

        List<EventFlow.Accepted> round = flow.certifyRound(9);
        int third = round.size() / 3;

        // (a) The broker frozen: accepts go on (the outbox keeps the events), readiness answers.
        List<ReadinessAnswer> readiness = new ArrayList<>();
        List<String> readinessUrls = new ArrayList<>(settings.services().stream().map(PlatformSettings.Service::url)
                .toList());
        readinessUrls.addAll(List.of(scoring2Url, submission2Url, settings.gateway().url()));
        long appliedBefore = flow.applied();
        List<ProcessHandle> broker = platform.platform().broker().tree();
        long thawed;
        try {
            Signals.freeze(broker);
            long frozen = System.nanoTime();
            acceptAll(round.subList(0, third), accepted);
            while (System.nanoTime() - frozen < BROKER_FROZEN.toNanos()) {
                for (String url : readinessUrls) {
                    readiness.add(ready(url));
                }
                Thread.sleep(2000);
            }
        } finally {
            Signals.thaw(broker);
            thawed = System.nanoTime();
        }
        awaitRecovery("broker frozen " + BROKER_FROZEN.toSeconds() + " s", thawed, appliedBefore, accepted.size());
        long slowest = readiness.stream().mapToLong(ReadinessAnswer::millis).max().orElse(0);
        recovered(String.format("readiness while the broker was frozen: %d answers from %d endpoints, slowest %d ms, "
                + "%d DOWN", readiness.size(), readinessUrls.size(), slowest,
                readiness.stream().filter(r -> r.status() != 200).count()));
        assertTrue(readiness.stream().allMatch(r -> r.status() == 200 || r.status() == 503),
                "readiness answers UP (200) or DOWN (503): " + readiness);
        assertTrue(slowest <= READINESS_LIMIT.toMillis(), "readiness answered within " + READINESS_LIMIT + ": "
                + readiness);

        // (b) A consumer and a producer killed mid-burst; the consumer comes back under its name.
        appliedBefore = flow.applied();
        acceptAll(round.subList(third, third + third / 2), accepted);
        scoring2.kill();
        submission2.kill();
        long restarted = System.nanoTime();
        CompletableFuture<ChildProcess> restart = CompletableFuture.supplyAsync(
                () -> platform.platform().startInstance("scoring-service", ports[0], scoring2Settings));
        acceptAll(round.subList(third + third / 2, 2 * third), accepted);
        restart.join();
        long ready = System.nanoTime();
        Set<Integer> retaken = flow.awaitPartitionsOf(SCORING_2_CLIENT, "submission.accepted", Duration.ofSeconds(30));
        long partitions = System.nanoTime();
        recovered(String.format("scoring-service #2 restarted after SIGKILL: ready %d ms after its start, "
                + "holds partitions %s of submission.accepted %d ms after ready (before the kill: %s)",
                millis(restarted, ready), retaken, millis(ready, partitions), owned));
        assertEquals(owned, retaken, "static membership: the restarted member gets its own partitions back");
        assertTrue(millis(ready, partitions) <= 10_000, "partitions back within 10 s of being ready");
        awaitRecovery("SIGKILL of scoring-service #2 and submission-service #2", restarted, appliedBefore,
                accepted.size());

        // (c) The database paused: calls wait or are told to retry; nothing fails.
        appliedBefore = flow.applied();
        List<EventFlow.Accepted> last = round.subList(2 * third, round.size());
        flow.call("obec.reviewer", "GET", "/api/v1/submissions/results?size=1", null); // a fresh token first
        List<ProcessHandle> database = platform.platform().database().processes();
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        long resumed;
        try {
            Signals.freeze(database);
            for (EventFlow.Accepted result : last) {
                calls.add(CompletableFuture.supplyAsync(() -> flow.acceptCall(result), clients));
            }
            for (int i = 0; i < 24; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> flow.call("obec.reviewer", "GET",
                        "/api/v1/submissions/results?size=20", null), clients));
            }
            Thread.sleep(DATABASE_PAUSED.toMillis());
        } finally {
            Signals.thaw(database);
            resumed = System.nanoTime();
        }
        List<String> wrong = new ArrayList<>();
        int retryable = 0;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> answer = call.join();
            int status = answer.statusCode();
            boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (status == 503 && problem && answer.headers().firstValue("Retry-After").isPresent()) {
                retryable++;
            } else if (status != 200) {
                wrong.add(answer.request().method() + " " + answer.request().uri().getPath() + " -> " + status + " "
                        + answer.headers().map() + " " + answer.body());
            }
        }
        clients.shutdown();
        assertEquals(List.of(), wrong, "answers during the database pause other than 200 or 503 problem+json with "
                + "Retry-After");
        // What was told to retry is retried, as a client would.
        for (EventFlow.Accepted result : last) {
            HttpResponse<String> again = flow.acceptCall(result);
            assertTrue(again.statusCode() == 200 || again.statusCode() == 409, "accepted after the pause: " + again.body());
            accepted.add(result);
        }
        recovered(String.format("database paused %d s: %d calls, %d answered 503 problem+json with Retry-After, "
                + "the rest 200", DATABASE_PAUSED.toSeconds(), calls.size(), retryable));
        awaitRecovery("database paused " + DATABASE_PAUSED.toSeconds() + " s", resumed, appliedBefore, accepted.size());

        // The proof: a frozen broker makes a relay send a batch again after each send timeout (15 s).
        List<ConsumerRecord<String, String>> events = flow.assertAppliedOnce(accepted, 8);
        Set<Integer> used = events.stream().map(ConsumerRecord::partition).collect(Collectors.toSet());
        assertTrue(owned.stream().anyMatch(used::contains), "the restarted scoring instance holds partitions " + owned
                + " of submission.accepted, the offices' events are on " + used);
        assertEquals(List.of(), flow.failures, "gateway calls that failed");
        System.out.println("""

                ---- fault suite: recovery times ------------------------------------
                 %s
                 %d results accepted, each applied once; suite took %d s
                ----------------------------------------------------------------------
                """.formatted(String.join("\n ", recovery), accepted.size(), ScaleOutTest.seconds(begin)));
    }

    private void recovered(String line) {
        recovery.add(line);
        flow.log(line);
    }

    private static void acceptAll(List<EventFlow.Accepted> results, List<EventFlow.Accepted> accepted) {
        for (EventFlow.Accepted result : results) {
            if (flow.accept(result)) {
                accepted.add(result);
            }
        }
    }

    /** Times from the end of a fault to the first event applied after it and to all applied. */
    private void awaitRecovery(String fault, long ended, long appliedBefore, int all) throws Exception {
        flow.awaitApplied((int) appliedBefore + 1, Duration.ofSeconds(120));
        long first = System.nanoTime();
        flow.awaitApplied(all, Duration.ofSeconds(180));
        long done = System.nanoTime();
        recovered(String.format("%s: first event applied %d ms after it ended, all %d applied after %d ms", fault,
                millis(ended, first), all, millis(ended, done)));
    }

    private record ReadinessAnswer(String url, int status, long millis) {
    }

    private static ReadinessAnswer ready(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new ReadinessAnswer(url, answer.statusCode(), millis(start, System.nanoTime()));
        } catch (IOException e) {
            return new ReadinessAnswer(url + " (" + e + ")", -1, millis(start, System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines of every service's log that say the outbox relay failed. */
    private static List<String> relayFailures() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> logs = Files.list(platform.data().resolve("logs"))) {
            for (Path log : logs.toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.filter(l -> RELAY_FAILURES.stream().anyMatch(l::contains))
                            .forEach(l -> found.add(log.getFileName() + ": " + l));
                }
            }
        }
        return found;
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }
}
