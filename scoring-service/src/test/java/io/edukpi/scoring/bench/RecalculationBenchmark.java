package io.edukpi.scoring.bench;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Indicator;
import io.edukpi.scoring.domain.MilestoneCriterion;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.ThresholdCriterion;
import io.edukpi.scoring.persistence.AcceptedResults;
import io.edukpi.scoring.persistence.ScoreVersions;
import io.edukpi.scoring.service.CatalogueService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Full recalculation of one round through the service: 245 offices (183 สพป., 62 สพม.) x every
 * indicator of the B.E. 2554 catalogue, real PostgreSQL, timed from the POST that starts the job
 * to the poll that sees it finished; then 10 x the offices. A benchmark, not a test (it fails only
 * when a job does not finish in time or its counts are not the expected ones): run with
 * {@code ./mvnw -B -o -pl scoring-service verify -Pbench} and read the figures it prints.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = @ResourceArg(name = "database", value = "scoring_bench"))
class RecalculationBenchmark {

    @Inject
    CatalogueService catalogues;
    @Inject
    AcceptedResults results;
    @Inject
    ScoreVersions versions;
    @Inject
    ObjectMapper mapper;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Far beyond the slowest job seen (2450 offices rewritten: 8 s under load 17). */
    private static final Duration JOB_DEADLINE = Duration.ofMinutes(2);

    @Test
    void fullRecalculationOfARound() throws Exception {
        int year = 2013;
        String catalogueId = UUID.randomUUID().toString();
        ObjectNode catalogueJson = (ObjectNode) mapper.readTree(Files.readString(
                Path.of("..", "indicator-service", "src", "main", "resources", "catalogues", "obec-2554.json")));
        catalogueJson.put("fiscalYear", year);
        ObjectNode event = mapper.createObjectNode();
        event.put("catalogueId", catalogueId);
        event.put("fiscalYear", year);
        event.put("level", "OBEC_AGREEMENT");
        event.put("version", 1);
        event.put("contentHash", "0".repeat(64));
        event.put("publishedAt", OffsetDateTime.now().toString());
        event.set("catalogue", catalogueJson);
        QuarkusTransaction.requiringNew().run(() -> catalogues.store(event));
        Catalogue catalogue = catalogues.byId(UUID.fromString(catalogueId)).orElseThrow();

        seed(catalogue, year, 0, 245);
        System.out.printf("%n[bench] catalogue: %d indicators (%d leaves), 245 offices, round 12%n",
                catalogue.byCode().size(), catalogue.leaves().size());
        run(year, false, 245, 245, "245 offices, first run (writes 245 versions)");
        for (int i = 0; i < 3; i++) {
            run(year, true, 245, 0, "245 offices, dry run (no change)");
        }
        // Catalogue fixes that move every total: 3.1.1 weighs 2 instead of 1, then 1 again, and so on.
        int version = 1;
        for (int i = 0; i < 3; i++) {
            fix(event, ++version);
            run(year, true, 245, 245, "245 offices, dry run after a fix (245 would change)");
            run(year, false, 245, 245, "245 offices, every office changes");
        }
        latency(year, event.path("catalogueId").asText());
        seed(catalogue, year, 245, 2450);
        run(year, true, 2450, 2205, "2450 offices, dry run (2205 would change)");
        run(year, false, 2450, 2205, "2450 offices, writes 2205 new versions");
        run(year, true, 2450, 0, "2450 offices, dry run (no change)");
        fix(event, ++version);
        run(year, true, 2450, 2450, "2450 offices, dry run after a fix (2450 would change)");
        run(year, false, 2450, 2450, "2450 offices, every office changes");
    }

    /** Publishes the next catalogue version: 3.1.1 weighs 2 in even versions, 1 in odd ones. */
    private void fix(ObjectNode event, int version) {
        ObjectNode fixed = event.deepCopy();
        fixed.put("catalogueId", UUID.randomUUID().toString());
        fixed.put("version", version);
        for (var indicator : fixed.path("catalogue").path("indicators")) {
            if (indicator.path("code").asText().equals("3.1.1")) {
                ((ObjectNode) indicator).put("weight", version % 2 == 0 ? 2 : 1);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> catalogues.store(fixed));
    }

    /** Accepted result on the broker to score.updated on the broker, one at a time: p50 / p95 / max. */
    private static void latency(int year, String catalogueId) {
        List<Long> millis = new ArrayList<>();
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(), "score.updated");
                KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < 100; i++) {
                String office = String.valueOf(10000 + i);
                ObjectNode accepted = MAPPER.createObjectNode();
                accepted.put("resultId", "latency-" + office);
                accepted.put("resultVersion", 1);
                accepted.put("officeCode", office);
                accepted.put("officeKind", "PRIMARY");
                accepted.put("fiscalYear", year);
                accepted.put("level", "OBEC_AGREEMENT");
                accepted.put("round", 12);
                accepted.put("indicatorCode", "3.1.1");
                accepted.put("catalogueId", catalogueId);
                accepted.put("catalogueVersion", 2);
                accepted.put("value", new BigDecimal("85.2").subtract(BigDecimal.valueOf(i, 2)));
                accepted.put("acceptedAt", OffsetDateTime.now().toString());
                ProducerRecord<String, String> record = new ProducerRecord<>("submission.accepted", office,
                        accepted.toString());
                String eventId = UUID.randomUUID().toString();
                record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
                long start = System.nanoTime();
                producer.send(record);
                // The version's cause names the event that made it.
                int seen = reader.await(r -> r.value().contains(eventId), 1, Duration.ofSeconds(20)).size();
                if (seen == 1) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("[bench] accepted -> score.updated over the broker: %d events, p50 %d ms, p95 %d ms, max %d ms%n",
                millis.size(), millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackResource.servers().kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(props);
    }

    private void seed(Catalogue catalogue, int year, int from, int to) {
        Random random = new Random(from);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int office = from; office < to; office++) {
                String code = String.valueOf(10000 + office);
                versions.rememberOffice(code, office % 4 == 3 ? "SECONDARY" : "PRIMARY");
                for (Indicator leaf : catalogue.leaves()) {
                    Result result;
                    if (leaf.criterion() instanceof MilestoneCriterion) {
                        result = new Result("r-" + code + "-" + leaf.code(), 1, null,
                                Set.of(1, 2, 3, 4, 5).stream().filter(s -> s <= 1 + random.nextInt(5))
                                        .collect(Collectors.toSet()),
                                null, null);
                    } else {
                        BigDecimal t1 = leaf.criterion() instanceof ThresholdCriterion t ? t.thresholds().get(0)
                                : new BigDecimal("95");
                        BigDecimal value = t1.add(BigDecimal.valueOf(random.nextInt(2000), 2));
                        result = new Result("r-" + code + "-" + leaf.code(), 1, value, null, null, null);
                    }
                    results.accept(new AcceptedResults.Key(code, year, "OBEC_AGREEMENT", 12, leaf.code()), result,
                            catalogue.catalogueId(), OffsetDateTime.now());
                }
            }
        });
    }

    /**
     * Runs one job to its end and prints its figures; fails unless it succeeds within the deadline having
     * evaluated {@code offices} and found {@code changing} of them changed (and, unless a dry run, written
     * a version for each).
     */
    private static void run(int year, boolean dryRun, int offices, int changing, String label) {
        long start = System.nanoTime();
        String id = given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": " + year + ", \"round\": 12, \"dryRun\": " + dryRun + "}")
                .post("/api/v1/scoring/recalculations").then().statusCode(202).extract().path("id");
        // Polled tightly: the end-to-end time is read when the poll sees the job finished.
        JsonPath job = await(label).atMost(JOB_DEADLINE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> given().auth().oauth2(TestTokens.batch()).get("/api/v1/scoring/recalculations/{id}", id)
                        .then().statusCode(200).extract().jsonPath(),
                        j -> j.getString("status").equals("SUCCEEDED") || j.getString("status").equals("FAILED"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(offices, job.getInt("summary.officesEvaluated"), label);
        assertEquals(changing, job.getInt("summary.officesChanged"), label);
        assertEquals(dryRun ? 0 : changing, job.getInt("summary.versionsWritten"), label);
        System.out.printf("[bench] %-45s end to end %5d ms (job %5d ms), status %s, offices %d, versions written %d%n",
                label, millis, job.getLong("summary.durationMs"), job.getString("status"),
                job.getInt("summary.officesEvaluated"), job.getInt("summary.versionsWritten"));
    }
}
