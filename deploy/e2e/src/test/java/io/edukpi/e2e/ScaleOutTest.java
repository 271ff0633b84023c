package io.edukpi.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.ChildProcess;
import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.PlatformSettings;
import io.edukpi.devstack.PostgresServer;
import io.edukpi.devstack.TopicReader;

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
 * {@code ce_id} (at-least-once; see {@link #resentCopies}), never a second event.
 */
class ScaleOutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GatewayClient api;
    /**
     * The keyed threshold indicators of the B.E. 2554 catalogue that start in round 6 (3.1.2, 3.1.14 and
     * 3.1.15 are computed from forms); those measured in levels (1-5) take smaller values.
     */
    private static final List<String> INDICATORS = List.of("3.1.1", "3.1.3", "3.1.4", "3.1.5",
            "3.1.6", "3.1.12", "3.1.13", "3.2.2", "3.2.3", "3.2.4", "3.2.5");
    private static final Set<String> LEVELS = Set.of("3.1.3", "3.1.4", "3.1.5", "3.1.6", "3.1.12");
    /** In order: a round is submitted once the one before it is certified. */
    private static final List<Integer> ROUNDS = List.of(6, 9);
    /** The demo offices: officer, supervisor (who certifies) and kind. */
    private static final Map<String, String[]> OFFICES = new TreeMap<>(Map.of(
            "5001", new String[] { "area.cm1", "area.cm1.supervisor", "PRIMARY" },
            "5034", new String[] { "area.cm-sec", "area.cm-sec.supervisor", "SECONDARY" }));
    /** The second scoring instance's consumer of submission.accepted, recognisable in the group. */
    private static final String SCORING_2_CLIENT = "edukpi-scoring-2";

    private static TestPlatform platform;
    private static String gateway;

    /** A result accepted through the gateway: what scoring must end up holding. */
    private record Accepted(String resultId, String office, int round, String indicator, BigDecimal value) {
    }

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
        gateway = "http://127.0.0.1:" + ports[2];
        api = platform.gatewayClient(gateway);
        log("two instances of scoring-service (%s, %s) and submission-service (%s, %s) behind %s, ready after %d s",
                scoring1, scoring2Url, submission1, submission2Url, gateway, seconds(begin));

        List<String> failures = new ArrayList<>();
        awaitCatalogues();
        for (Map.Entry<String, String[]> office : OFFICES.entrySet()) {
            expect(failures, 200, call("obec.admin", "PUT", "/api/v1/submissions/area-offices/" + office.getKey(),
                    "{\"nameTh\": \"สำนักงานเขตพื้นที่การศึกษา " + office.getKey() + "\", \"kind\": \""
                            + office.getValue()[2] + "\"}"));
        }

        // The group gives the second scoring instance its partitions once it has joined.
        Set<Integer> owned = awaitPartitionsOf(SCORING_2_CLIENT, "submission.accepted");
        int total = OFFICES.size() * INDICATORS.size() * ROUNDS.size();
        // After round 6 and a third of round 9's accepts: the killed scoring instance has applied
        // events whose offsets it has not committed yet (they come again to the survivor), and has
        // others still to do.
        int killAt = total / 2 + total / 6;
        List<Accepted> accepted = new ArrayList<>();
        String killReport = null;
        int i = 0;
        for (int round : ROUNDS) {
            // Keyed, submitted and certified first; then accepted one after the other, so that
            // events are on their way to scoring when the instances die.
            List<Accepted> certified = new ArrayList<>();
            for (String indicator : INDICATORS) {
                for (Map.Entry<String, String[]> office : OFFICES.entrySet()) {
                    BigDecimal value = LEVELS.contains(indicator)
                            ? BigDecimal.valueOf(10 + i % 40, 1)
                            : BigDecimal.valueOf(6000 + (i * 7) % 4000, 2);
                    i++;
                    Accepted result = prepare(failures, office.getKey(), office.getValue(), round, indicator, value);
                    if (result != null) {
                        certified.add(result);
                    }
                }
            }
            for (Accepted result : certified) {
                if (accepted.size() == killAt) {
                    killReport = kill(scoring2, submission2, owned, accepted.size());
                }
                if (expect(failures, 200, call("obec.reviewer", "POST",
                        "/api/v1/submissions/results/" + result.resultId() + "/accept", null)).statusCode() == 200) {
                    accepted.add(result);
                }
            }
        }
        long flowEnd = System.nanoTime();
        log("%d results accepted through the gateway in %d s; %s", accepted.size(), seconds(begin), killReport);
        assertEquals(List.of(), failures, "gateway calls that failed");
        assertEquals(total, accepted.size());

        // Both submission instances took calls from the gateway before the kill.
        Path logs = platform.data().resolve("logs");
        long calls1 = apiCalls(logs.resolve("submission-service.log"));
        long calls2 = apiCalls(logs.resolve("submission-service-" + ports[1] + ".log"));
        log("submission-service API calls answered: first instance %d, second instance %d (until killed)", calls1, calls2);
        assertTrue(calls1 > 0 && calls2 > 0, "the gateway spread the calls: " + calls1 + " / " + calls2);

        Set<String> acceptedIds = accepted.stream().map(Accepted::resultId).collect(Collectors.toSet());
        awaitApplied(accepted.size(), Duration.ofSeconds(120));
        log("scoring applied all %d events %d s after the last accept",
                accepted.size(), (System.nanoTime() - flowEnd) / 1_000_000_000);

        // The topic: every accepted result announced, each event once.
        List<ConsumerRecord<String, String>> events = readAll("submission.accepted", accepted.size());
        Map<String, Long> copies = events.stream().collect(Collectors.groupingBy(ScaleOutTest::eventId,
                Collectors.counting()));
        Set<String> announced = new HashSet<>();
        for (ConsumerRecord<String, String> event : events) {
            announced.add(JSON.readTree(event.value()).path("resultId").asText());
        }
        long duplicates = resentCopies(events);
        log("submission.accepted: %d records, %d event ids, %d copies sent again", events.size(), copies.size(),
                duplicates);
        assertEquals(acceptedIds, announced, "every accepted result announced, nothing else");
        assertEquals(accepted.size(), copies.size(), "one event per accepted result");
        Set<Integer> used = events.stream().map(ConsumerRecord::partition).collect(Collectors.toSet());
        assertTrue(owned.stream().anyMatch(used::contains), "the killed scoring instance held partitions " + owned
                + " of submission.accepted, the offices' events are on " + used);
        assertEquals(Set.of(), query("submission", "select event_id::text from outbox_event where published_at is null",
                r -> r.getString(1)), "events left unpublished in submission-service's outbox");

        // scoring: each event applied once, none lost.
        Set<String> eventIds = copies.keySet();
        List<String> processed = queryList("scoring",
                "select event_id from processed_event where consumer = 'scoring-service' and topic = 'submission.accepted'",
                r -> r.getString(1));
        assertEquals(eventIds, new HashSet<>(processed), "processed events = events on the topic");
        List<String> causes = queryList("scoring",
                "select cause from score_version where cause like 'submission.accepted %'", r -> r.getString(1));
        Map<String, Long> versionsPerEvent = causes.stream().collect(Collectors.groupingBy(
                c -> c.substring("submission.accepted ".length()), Collectors.counting()));
        log("scoring: %d processed events, %d score versions caused by them", processed.size(), causes.size());
        assertEquals(eventIds, versionsPerEvent.keySet(), "every event made a score version");
        assertEquals(List.of(), versionsPerEvent.entrySet().stream().filter(e -> e.getValue() != 1).toList(),
                "events applied more than once");
        Map<String, Long> expectedPerOfficeRound = accepted.stream().collect(Collectors.groupingBy(
                a -> a.office() + "/" + a.round(), TreeMap::new, Collectors.counting()));
        Map<String, Long> versionsPerOfficeRound = new TreeMap<>(query("scoring",
                "select office_code || '/' || round, count(*) from score_version group by 1",
                r -> Map.entry(r.getString(1), r.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(expectedPerOfficeRound, versionsPerOfficeRound, "score versions per office and round");

        // What scoring holds is what was accepted, and the newest version scores all of it.
        Map<String, BigDecimal> held = query("scoring",
                "select office_code || '/' || round || '/' || indicator_code, value from accepted_result",
                r -> Map.entry(r.getString(1), r.getBigDecimal(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (Accepted a : accepted) {
            BigDecimal value = held.get(a.office() + "/" + a.round() + "/" + a.indicator());
            assertTrue(value != null && value.compareTo(a.value()) == 0,
                    "scoring holds " + value + " for " + a + ", accepted " + a.value());
        }
        for (String officeRound : expectedPerOfficeRound.keySet()) {
            String[] key = officeRound.split("/");
            JsonNode newest = JSON.readTree(query("scoring", "select node_scores::text from score_version where office_code = '"
                    + key[0] + "' and round = " + key[1] + " order by version desc limit 1", r -> r.getString(1))
                    .iterator().next());
            for (Accepted a : accepted) {
                if (a.office().equals(key[0]) && a.round() == Integer.parseInt(key[1])) {
                    assertTrue(newest.path(a.indicator()).isNumber(), "the newest version of " + officeRound
                            + " scores " + a.indicator() + ": " + newest);
                    JsonNode expected = JSON.readTree(expect(failures, 200, call("obec.reviewer", "POST",
                            "/api/v1/scoring/evaluate", "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", "
                                    + "\"indicatorCode\": \"" + a.indicator() + "\", \"value\": " + a.value() + "}"))
                            .body());
                    assertEquals(0, expected.path("score").decimalValue().compareTo(newest.path(a.indicator()).decimalValue()),
                            a + ": stored score " + newest.path(a.indicator()) + ", the value implies " + expected);
                }
            }
        }

        // score.updated: one event per version.
        List<ConsumerRecord<String, String>> updates = readAll("score.updated", accepted.size());
        long updateIds = updates.stream().map(ScaleOutTest::eventId).distinct().count();
        log("score.updated: %d records, %d event ids, %d copies sent again", updates.size(), updateIds,
                resentCopies(updates));
        assertEquals(accepted.size(), updateIds, "one score.updated per score version");
        assertEquals(List.of(), failures, "gateway calls that failed");
        log("scale-out test took %d s", seconds(begin));
    }

    /** Kills the second instances while scoring still works through what was accepted. */
    private static String kill(ChildProcess scoring2, ChildProcess submission2, Set<Integer> owned, int acceptedSoFar)
            throws Exception {
        scoring2.kill();
        submission2.kill();
        long applied = count("scoring", "select count(*) from processed_event where topic = 'submission.accepted'");
        long unpublished = count("submission", "select count(*) from outbox_event where published_at is null");
        long committed = committedOffsets("submission.accepted", owned);
        String report = String.format("killed (SIGKILL) scoring-service #2 (partitions %s of submission.accepted) and "
                + "submission-service #2 after %d accepted results; scoring had applied %d of them, offsets committed "
                + "for %d (so %d applied events come again), %d events not yet stamped published in "
                + "submission-service's outbox", owned, acceptedSoFar, applied, committed, Math.max(0, applied - committed),
                unpublished);
        log(report);
        // The gateway learns of the dropped keep-alive connections from the closed sockets.
        Thread.sleep(300);
        return report;
    }

    /** Creates, submits and certifies one result; null (and the failure noted) when a step fails. */
    private static Accepted prepare(List<String> failures, String office, String[] users, int round, String indicator,
            BigDecimal value) throws Exception {
        HttpResponse<String> created = expect(failures, 201, call(users[0], "POST", "/api/v1/submissions/results",
                "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": " + round + ", \"indicatorCode\": \""
                        + indicator + "\", \"value\": " + value + ", \"narrative\": \"scale-out\"}"));
        if (created.statusCode() != 201) {
            return null;
        }
        String id = JSON.readTree(created.body()).path("id").asText();
        String base = "/api/v1/submissions/results/" + id;
        if (expect(failures, 200, call(users[0], "POST", base + "/submit", null)).statusCode() != 200
                || expect(failures, 200, call(users[1], "POST", base + "/certify", null)).statusCode() != 200) {
            return null;
        }
        return new Accepted(id, office, round, indicator, value);
    }

    private static HttpResponse<String> expect(List<String> failures, int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            String failure = response.request().method() + " " + response.request().uri().getPath() + " -> "
                    + response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length()));
            failures.add(failure);
            log("FAILED: %s", failure);
        }
        return response;
    }

    private static void awaitCatalogues() {
        await("the B.E. 2554 catalogue in submission-service and scoring-service").atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300)).until(() -> {
                    HttpResponse<String> inSubmission = call("obec.reviewer", "GET", "/api/v1/submissions/catalogues",
                            null);
                    return inSubmission.statusCode() == 200 && inSubmission.body().contains("\"fiscalYear\":2011")
                            && count("scoring", "select count(*) from catalogue_version where fiscal_year = 2011 "
                                    + "and level = 'OBEC_AGREEMENT'") > 0;
                });
    }

    private static void awaitApplied(int events, Duration timeout) {
        await("scoring applies " + events + " events").atMost(timeout).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    long applied = count("scoring",
                            "select count(*) from processed_event where topic = 'submission.accepted'");
                    assertTrue(applied >= events, "scoring applied " + applied + " of " + events + " events");
                });
    }

    private static Set<Integer> awaitPartitionsOf(String clientId, String topic) {
        return await(clientId + " gets a partition of " + topic + " in scoring-service's group")
                .atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .until(() -> partitionsOf(clientId, topic), owned -> !owned.isEmpty());
    }

    /** The partitions of a topic the group member with this client id holds in scoring-service's group. */
    private static Set<Integer> partitionsOf(String clientId, String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + platform.settings().kafkaPort());
        try (Admin admin = Admin.create(props)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("scoring-service"))
                    .describedGroups().get("scoring-service").get();
            Set<Integer> partitions = new HashSet<>();
            for (MemberDescription member : group.members()) {
                if (member.clientId().equals(clientId)) {
                    for (TopicPartition partition : member.assignment().topicPartitions()) {
                        if (partition.topic().equals(topic)) {
                            partitions.add(partition.partition());
                        }
                    }
                }
            }
            return partitions;
        }
    }

    /** What scoring-service's group has committed on these partitions of a topic (records consumed from 0). */
    private static long committedOffsets(String topic, Set<Integer> partitions) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + platform.settings().kafkaPort());
        try (Admin admin = Admin.create(props)) {
            return admin.listConsumerGroupOffsets("scoring-service").partitionsToOffsetAndMetadata().get()
                    .entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && partitions.contains(e.getKey().partition()))
                    .mapToLong(e -> e.getValue() == null ? 0 : e.getValue().offset())
                    .sum();
        }
    }

    /** Every record of the topic: at least {@code expected}, then whatever else comes within 3 s (a duplicate). */
    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        try (TopicReader reader = new TopicReader("127.0.0.1:" + platform.settings().kafkaPort(), topic)) {
            reader.await(r -> true, expected, Duration.ofSeconds(60));
            return reader.await(r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3));
        }
    }

    /**
     * Copies of an event the outbox relay sent again: an instance killed after Kafka acknowledged an
     * event and before it stamped the row published leaves the row for the next relay, which sends it
     * once more (delivery is at least once; consumers recognise the copy by {@code ce_id}). A copy
     * must be the same record (key, payload), and one kill makes at most one copy.
     */
    private static long resentCopies(List<ConsumerRecord<String, String>> records) {
        Map<String, List<ConsumerRecord<String, String>>> byId = records.stream()
                .collect(Collectors.groupingBy(ScaleOutTest::eventId));
        long copies = 0;
        for (Map.Entry<String, List<ConsumerRecord<String, String>>> event : byId.entrySet()) {
            List<ConsumerRecord<String, String>> sent = event.getValue();
            if (sent.size() > 1) {
                log("event %s of %s sent %d times (key %s)", event.getKey(), sent.get(0).topic(), sent.size(),
                        sent.get(0).key());
                assertEquals(2, sent.size(), "one kill, one copy at most: " + event.getKey());
                assertEquals(sent.get(0).key(), sent.get(1).key());
                assertEquals(sent.get(0).value(), sent.get(1).value(), "a copy, not another event");
                copies++;
            }
        }
        return copies;
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    private static long apiCalls(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" /api/v1/submissions/results")).count();
        }
    }

    private static long count(String database, String sql) throws SQLException {
        return query(database, sql, r -> r.getLong(1)).iterator().next();
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> Set<T> query(String database, String sql, Row<T> row) throws SQLException {
        return new HashSet<>(queryList(database, sql, row));
    }

    private static <T> List<T> queryList(String database, String sql, Row<T> row) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + platform.settings().postgresPort() + "/" + database, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row.read(rows));
            }
            return found;
        }
    }

    private static String url(PlatformSettings settings, String service) {
        return settings.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    private static void log(String format, Object... args) {
        System.out.println("[scale-out] " + String.format(format, args));
    }

    private static HttpResponse<String> call(String user, String method, String path, String body) {
        return api.send(GatewayClient.Who.user(user), method, path, body, Map.of());
    }
}
