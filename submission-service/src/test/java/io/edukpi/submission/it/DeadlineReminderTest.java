package io.edukpi.submission.it;

import static io.edukpi.submission.it.ProgressFixtures.LEVEL;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.edukpi.submission.it.ProgressFixtures.RoundDates;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The daily deadline reminder, run through its endpoint for chosen dates against a catalogue of fiscal year
 * 2093 whose round 6 (deadline 2093-04-15) expects only 3.1.1 and 3.1.3, read back from the real broker.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class DeadlineReminderTest {

    private static final int YEAR = 2093;
    private static final String TOPIC = "submission.deadline-approaching";
    private static final String RUN = "/api/v1/submissions/reminders/run";
    private static final LocalDate DEADLINE = LocalDate.of(YEAR, 4, 15);
    private static final Set<String> OFFICES = Set.of("9301", "9302", "9303");
    private static boolean ready;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void setUp() {
        synchronized (DeadlineReminderTest.class) {
            if (ready) {
                return;
            }
            publishCatalogue(YEAR);
            Fixtures.office("9301", "สพป.เตือน เขต 1", "PRIMARY");
            Fixtures.office("9302", "สพป.เตือน เขต 2", "PRIMARY");
            Fixtures.office("9303", "สพม.เตือน เขต 3", "SECONDARY");
            ProgressFixtures.draft("9301", YEAR, 6, "3.1.1", "70");
            ProgressFixtures.certified("9302", YEAR, 6, "3.1.1", "70");
            ProgressFixtures.accepted("9302", YEAR, 6, "3.1.3", "45");
            ProgressFixtures.submitted("9303", YEAR, 6, "3.1.1", "70");
            ProgressFixtures.accepted("9303", YEAR, 6, "3.1.3", "45");
            ready = true;
        }
    }

    @Test
    void remindsEachPendingOfficeOnceThreeDaysBeforeTheDeadline() {
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(), TOPIC)) {
            assertEquals(List.of(), mine(run(DEADLINE.minusDays(5))), "5 is not among the configured days (7, 3, 1)");

            List<Map<String, Object>> sent = mine(run(DEADLINE.minusDays(3)));
            assertEquals(List.of("9301", "9303"), sent.stream().map(s -> s.get("officeCode")).toList(),
                    "9302 has certified or accepted everything round 6 expects");
            assertEquals(3, sent.get(0).get("daysLeft"));
            assertEquals(2, sent.get(0).get("pending"));
            assertEquals(1, sent.get(1).get("pending"));

            Predicate<ConsumerRecord<String, String>> ours = r -> OFFICES.contains(r.key())
                    && json(r.value()).path("fiscalYear").asInt() == YEAR && json(r.value()).path("daysLeft").asInt() == 3;
            List<ConsumerRecord<String, String>> records = reader.await(ours, 2, Duration.ofSeconds(30));
            assertEquals(2, records.size());
            for (ConsumerRecord<String, String> r : records) {
                EventSchemas.ofProject().assertValid(TOPIC, r.value());
                assertEquals("edukpi.submission.deadline-approaching.v1",
                        new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
            }
            JsonNode first = json(records.stream().filter(r -> r.key().equals("9301"))
                    .findFirst().orElseThrow().value());
            assertEquals("สพป.เตือน เขต 1", first.path("officeNameTh").asText());
            assertEquals(2636, first.path("fiscalYearBe").asInt());
            assertEquals(6, first.path("round").asInt());
            assertEquals("2093-04-15", first.path("deadline").asText());
            assertEquals(3, first.path("daysLeft").asInt());
            assertEquals("3.1.1", first.path("pending").get(0).path("indicatorCode").asText());
            assertEquals("DRAFT", first.path("pending").get(0).path("state").asText());
            assertEquals("3.1.3", first.path("pending").get(1).path("indicatorCode").asText());
            assertTrue(first.path("pending").get(1).path("state").isNull(), "3.1.3 not started");
            JsonNode third = json(records.stream().filter(r -> r.key().equals("9303"))
                    .findFirst().orElseThrow().value());
            assertEquals("SUBMITTED", third.path("pending").get(0).path("state").asText());
            assertEquals(1, third.path("pending").size());

            JsonPath again = run(DEADLINE.minusDays(3));
            assertEquals(List.of(), mine(again), "a second run sends nothing");
            assertTrue(again.getInt("alreadySent") >= 2);
            await("nothing more on the broker").pollInSameThread().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(6)).until(() -> reader.await(ours, 3, Duration.ofMillis(200)).size(),
                            equalTo(2));

            List<Map<String, Object>> listed = given().auth().oauth2(TestTokens.reviewer())
                    .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6))
                    .get("/api/v1/submissions/reminders").then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(List.of("9301", "9303"), listed.stream().map(s -> s.get("officeCode"))
                    .filter(OFFICES::contains).toList());
            assertEquals(sent.get(0).get("eventId"), listed.stream().filter(s -> s.get("officeCode").equals("9301"))
                    .findFirst().orElseThrow().get("eventId"));
            assertEquals(new String(records.stream().filter(r -> r.key().equals("9301")).findFirst().orElseThrow()
                    .headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8), sent.get(0).get("eventId"));
        }
    }

    @Test
    void theDailyJobIsScheduledAtSevenInTheMorningBangkokTime() {
        Trigger job = scheduler.getScheduledJob("deadline-reminders");
        assertNotNull(job, "the job is registered with the configured cron");
        ZonedDateTime next = job.getNextFireTime().atZone(ZoneId.of("Asia/Bangkok"));
        assertEquals(LocalTime.of(7, 0), next.toLocalTime());
    }

    @Test
    void twoRunsAtOnceSendEachReminderOnce() {
        LocalDate oneDayBefore = DEADLINE.minusDays(1);
        var a = CompletableFuture.supplyAsync(() -> mine(run(oneDayBefore)));
        var b = CompletableFuture.supplyAsync(() -> mine(run(oneDayBefore)));
        List<Object> offices = new ArrayList<>();
        a.join().forEach(s -> offices.add(s.get("officeCode")));
        b.join().forEach(s -> offices.add(s.get("officeCode")));
        assertEquals(List.of("9301", "9303"), offices.stream().sorted().toList());
    }

    @Test
    void onlyObecAdminAndBatchRunTheJobAndTheDateMustBeADate() {
        given().auth().oauth2(ProgressFixtures.collector("9301")).queryParam("date", "2093-04-12").post(RUN)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.batch()).queryParam("date", "12/04/2093").post(RUN)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body(containsString("date"));
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/submissions/reminders").then().statusCode(400);
        assertEquals(List.of(), mine(run(DEADLINE.plusDays(3))), "no reminder once the deadline has passed");
    }

    /**
     * The catalogue of the reminder tests under {@code year}: round 6 due on 15 April, round 9 on 15 July, round 12
     * on 15 October, and from round 6 on only 3.1.1 and 3.1.3 (small enough for an office to finish it in a test).
     */
    static void publishCatalogue(int year) {
        ProgressFixtures.publishCatalogue(year, List.of(
                new RoundDates(6, LocalDate.of(year, 3, 31), LocalDate.of(year, 4, 15)),
                new RoundDates(9, LocalDate.of(year, 6, 30), LocalDate.of(year, 7, 15)),
                new RoundDates(12, LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 15))),
                indicators -> indicators.forEach(i -> {
                    if (!Set.of("3.1.1", "3.1.3").contains(i.path("code").asText())) {
                        ((ObjectNode) i).put("cancelledFromRound", 6);
                    }
                }));
    }

    private static JsonNode json(String text) {
        try {
            return ProgressFixtures.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath run(LocalDate date) {
        return given().auth().oauth2(TestTokens.batch()).queryParam("date", date.toString()).post(RUN)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> mine(JsonPath run) {
        List<Map<String, Object>> sent = run.getList("sent");
        return sent.stream().filter(s -> OFFICES.contains((String) s.get("officeCode"))
                && Integer.valueOf(YEAR).equals(s.get("fiscalYear"))).toList();
    }
}
