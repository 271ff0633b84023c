package io.edukpi.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.PostgresServer;
import io.edukpi.devstack.TopicReader;

/**
 * Results keyed, certified and accepted through the gateway, and the proof that scoring applied each
 * {@code submission.accepted} event exactly once: what the scale-out and fault suites share.
 */
final class EventFlow {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The keyed threshold indicators of the B.E. 2554 catalogue that start in round 6 (3.1.2, 3.1.14 and
     * 3.1.15 are computed from forms); those measured in levels (1-5) take smaller values.
     */
    static final List<String> INDICATORS = List.of("3.1.1", "3.1.3", "3.1.4", "3.1.5",
            "3.1.6", "3.1.12", "3.1.13", "3.2.2", "3.2.3", "3.2.4", "3.2.5");
    private static final Set<String> LEVELS = Set.of("3.1.3", "3.1.4", "3.1.5", "3.1.6", "3.1.12");
    /** The demo offices: officer, supervisor (who certifies) and kind. */
    static final Map<String, String[]> OFFICES = new TreeMap<>(Map.of(
            "5001", new String[] { "area.cm1", "area.cm1.supervisor", "PRIMARY" },
            "5034", new String[] { "area.cm-sec", "area.cm-sec.supervisor", "SECONDARY" }));

    /** A result accepted through the gateway: what scoring must end up holding. */
    record Accepted(String resultId, String office, int round, String indicator, BigDecimal value) {
    }

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final TestPlatform platform;
    private final GatewayClient api;
    private final String tag;
    /** Gateway calls that did not answer as expected. */
    final List<String> failures = new ArrayList<>();
    private int keyed;

    EventFlow(TestPlatform platform, GatewayClient api, String tag) {
        this.platform = platform;
        this.api = api;
        this.tag = tag;
    }

    /** Waits for the catalogue in submission and scoring, then registers the demo offices. */
    void setUp() {
        await("the B.E. 2554 catalogue in submission-service and scoring-service").atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300)).until(() -> {
                    HttpResponse<String> inSubmission = call("obec.reviewer", "GET", "/api/v1/submissions/catalogues",
                            null);
                    return inSubmission.statusCode() == 200 && inSubmission.body().contains("\"fiscalYear\":2011")
                            && count("scoring", "select count(*) from catalogue_version where fiscal_year = 2011 "
                                    + "and level = 'OBEC_AGREEMENT'") > 0;
                });
        // Offices are registered once, in the registry; submission-service learns them from registry.area-offices.
        for (Map.Entry<String, String[]> office : OFFICES.entrySet()) {
            HttpResponse<String> registered = call("obec.admin", "PUT", "/api/v1/registry/area-offices/" + office.getKey(),
                    "{\"code\": \"" + office.getKey() + "\", \"nameTh\": \"สำนักงานเขตพื้นที่การศึกษา "
                            + office.getKey() + "\", \"kind\": \"" + office.getValue()[2] + "\"}");
            assertTrue(registered.statusCode() == 200 || registered.statusCode() == 201, registered.body());
        }
        api.await(GatewayClient.Who.user("obec.reviewer"), "/api/v1/submissions/area-offices",
                body -> OFFICES.keySet().stream().allMatch(code -> body.toString().contains("\"" + code + "\"")),
                "the offices in submission-service");
    }

    /** Keys, submits and certifies every indicator of every office for a round: ready to be accepted. */
    List<Accepted> certifyRound(int round) throws Exception {
        List<Accepted> certified = new ArrayList<>();
        for (String indicator : INDICATORS) {
            for (Map.Entry<String, String[]> office : OFFICES.entrySet()) {
                BigDecimal value = LEVELS.contains(indicator)
                        ? BigDecimal.valueOf(10 + keyed % 40, 1)
                        : BigDecimal.valueOf(6000 + (keyed * 7) % 4000, 2);
                keyed++;
                Accepted result = prepare(office.getKey(), office.getValue(), round, indicator, value);
                if (result != null) {
                    certified.add(result);
                }
            }
        }
        return certified;
    }

    /** Creates, submits and certifies one result; null (and the failure noted) when a step fails. */
    private Accepted prepare(String office, String[] users, int round, String indicator, BigDecimal value)
            throws Exception {
        HttpResponse<String> created = expect(201, call(users[0], "POST", "/api/v1/submissions/results",
                "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": " + round + ", \"indicatorCode\": \""
                        + indicator + "\", \"value\": " + value + ", \"narrative\": \"" + tag + "\"}"));
        if (created.statusCode() != 201) {
            return null;
        }
        String id = JSON.readTree(created.body()).path("id").asText();
        String base = "/api/v1/submissions/results/" + id;
        if (expect(200, call(users[0], "POST", base + "/submit", null)).statusCode() != 200
                || expect(200, call(users[1], "POST", base + "/certify", null)).statusCode() != 200) {
            return null;
        }
        return new Accepted(id, office, round, indicator, value);
    }

    /** Accepts a certified result as the reviewer; true when it answered 200. */
    boolean accept(Accepted result) {
        return expect(200, acceptCall(result)).statusCode() == 200;
    }

    HttpResponse<String> acceptCall(Accepted result) {
        return call("obec.reviewer", "POST", "/api/v1/submissions/results/" + result.resultId() + "/accept", null);
    }

    HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            String failure = response.request().method() + " " + response.request().uri().getPath() + " -> "
                    + response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length()));
            synchronized (failures) {
                failures.add(failure);
            }
            log("FAILED: %s", failure);
        }
        return response;
    }

    HttpResponse<String> call(String user, String method, String path, String body) {
        return api.send(GatewayClient.Who.user(user), method, path, body, Map.of());
    }

    long applied() throws SQLException {
        return count("scoring", "select count(*) from processed_event where topic = 'submission.accepted'");
    }

    void awaitApplied(int events, Duration timeout) {
        await("scoring applies " + events + " events").atMost(timeout).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    long applied = applied();
                    assertTrue(applied >= events, "scoring applied " + applied + " of " + events + " events");
                });
    }

    Set<Integer> awaitPartitionsOf(String clientId, String topic, Duration timeout) {
        return await(clientId + " gets a partition of " + topic + " in scoring-service's group")
                .atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> partitionsOf(clientId, topic), owned -> !owned.isEmpty());
    }

    /** The partitions of a topic the group member with this client id holds in scoring-service's group. */
    Set<Integer> partitionsOf(String clientId, String topic) throws Exception {
        try (Admin admin = admin()) {
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
    long committedOffsets(String topic, Set<Integer> partitions) throws Exception {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets("scoring-service").partitionsToOffsetAndMetadata().get()
                    .entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && partitions.contains(e.getKey().partition()))
                    .mapToLong(e -> e.getValue() == null ? 0 : e.getValue().offset())
                    .sum();
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + platform.settings().kafkaPort());
        return Admin.create(props);
    }

    /**
     * The proof: every accepted result announced on {@code submission.accepted} by one event (sent
     * again as an identical copy at most {@code maxSends} times in all), each event applied by scoring
     * once (one processed-event row, one score version naming it), the value accepted held, the newest
     * version scoring it as the evaluation of that value does, one {@code score.updated} per version.
     * Returns the topic's records.
     */
    List<ConsumerRecord<String, String>> assertAppliedOnce(List<Accepted> accepted, int maxSends) throws Exception {
        Set<String> acceptedIds = accepted.stream().map(Accepted::resultId).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> events = readAll("submission.accepted", accepted.size());
        Map<String, Long> copies = events.stream().collect(Collectors.groupingBy(EventFlow::eventId,
                Collectors.counting()));
        Set<String> announced = new HashSet<>();
        for (ConsumerRecord<String, String> event : events) {
            announced.add(JSON.readTree(event.value()).path("resultId").asText());
        }
        long duplicates = resentCopies(events, maxSends);
        log("submission.accepted: %d records, %d event ids, %d events sent more than once", events.size(),
                copies.size(), duplicates);
        assertEquals(acceptedIds, announced, "every accepted result announced, nothing else");
        assertEquals(accepted.size(), copies.size(), "one event per accepted result");
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
                    JsonNode expected = JSON.readTree(expect(200, call("obec.reviewer", "POST",
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
        long updateIds = updates.stream().map(EventFlow::eventId).distinct().count();
        log("score.updated: %d records, %d event ids, %d events sent more than once", updates.size(), updateIds,
                resentCopies(updates, maxSends));
        assertEquals(accepted.size(), updateIds, "one score.updated per score version");
        return events;
    }

    /** Every record of the topic: at least {@code expected}, then whatever else comes within 3 s (a duplicate). */
    private List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        try (TopicReader reader = new TopicReader("127.0.0.1:" + platform.settings().kafkaPort(), topic)) {
            reader.await(r -> true, expected, Duration.ofSeconds(60));
            return reader.await(r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3));
        }
    }

    /**
     * Events the outbox relay sent more than once: an instance killed after Kafka acknowledged an
     * event and before it stamped the row published leaves the row for the next relay, and a send that
     * waited past its timeout on a frozen broker is sent again by the next pass (delivery is at least
     * once; consumers recognise the copy by {@code ce_id}). A copy must be the same record (key,
     * payload), and no event is sent more than {@code maxSends} times.
     */
    private long resentCopies(List<ConsumerRecord<String, String>> records, int maxSends) {
        Map<String, List<ConsumerRecord<String, String>>> byId = records.stream()
                .collect(Collectors.groupingBy(EventFlow::eventId));
        long resent = 0;
        for (Map.Entry<String, List<ConsumerRecord<String, String>>> event : byId.entrySet()) {
            List<ConsumerRecord<String, String>> sent = event.getValue();
            if (sent.size() > 1) {
                log("event %s of %s sent %d times (key %s)", event.getKey(), sent.get(0).topic(), sent.size(),
                        sent.get(0).key());
                assertTrue(sent.size() <= maxSends, "sent at most " + maxSends + " times: " + event.getKey());
                for (ConsumerRecord<String, String> copy : sent) {
                    assertEquals(sent.get(0).key(), copy.key());
                    assertEquals(sent.get(0).value(), copy.value(), "a copy, not another event");
                }
                resent++;
            }
        }
        return resent;
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    long count(String database, String sql) throws SQLException {
        return query(database, sql, r -> r.getLong(1)).iterator().next();
    }

    <T> Set<T> query(String database, String sql, Row<T> row) throws SQLException {
        return new HashSet<>(queryList(database, sql, row));
    }

    <T> List<T> queryList(String database, String sql, Row<T> row) throws SQLException {
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

    void log(String format, Object... args) {
        System.out.println("[" + tag + "] " + String.format(format, args));
    }
}
