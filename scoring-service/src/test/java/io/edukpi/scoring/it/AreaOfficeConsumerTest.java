package io.edukpi.scoring.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Offices as the registry announces them on the real broker (registry.area-offices): the Thai name reaches the
 * scorecard and the ranking; a redelivered event and an event older than the name kept change nothing.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class AreaOfficeConsumerTest {

    private static final String TOPIC = "registry.area-offices";

    @Test
    void theRegistrysNameReachesScorecardsAndRankingsOnceAndNewestWins() throws Exception {
        SubmissionFlowTest.catalogueIsPublished();
        String office = "76" + (System.nanoTime() % 100000);
        try (TopicReader scores = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(),
                "score.updated")) {
            Events.send("submission.accepted", office, Events.accepted(office, "PRIMARY", 9, "1.1.1", "74.36", 1)
                    .toString(), UUID.randomUUID().toString());
            assertEquals(1, scores.await(r -> office.equals(r.key()), 1, Duration.ofSeconds(30)).size());
        }
        String scorecard = SubmissionFlowTest.SCORECARDS.replace("{office}", office).replace("{round}", "9");
        String tagBefore = given().auth().oauth2(TestTokens.reviewer()).get(scorecard).then().statusCode(200)
                .body("officeNameTh", equalTo(null)).extract().header("ETag");

        try (KafkaProducer<String, String> producer = producer()) {
            String first = UUID.randomUUID().toString();
            send(producer, first, registered(office, "สพป.ทดสอบ เขต 1", "2011-06-10T09:00:00Z"));
            awaitName(scorecard, "สพป.ทดสอบ เขต 1");
            // A redelivery (same event id, whatever it carries) is ignored: else its later changedAt would keep
            // the newer rename out.
            send(producer, first, registered(office, "redelivered", "2011-08-01T09:00:00Z"));
            send(producer, UUID.randomUUID().toString(), registered(office, "สพป.ทดสอบ เขต 2", "2011-07-01T09:00:00Z"));
            awaitName(scorecard, "สพป.ทดสอบ เขต 2");
            // A rename older than the name kept changes nothing.
            send(producer, UUID.randomUUID().toString(), registered(office, "older", "2011-06-01T09:00:00Z"));
            await("the older rename ignored").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(500)).until(() -> "สพป.ทดสอบ เขต 2".equals(given().auth()
                            .oauth2(TestTokens.reviewer()).get(scorecard).then().statusCode(200).extract()
                            .path("officeNameTh")));
        }
        String tagAfter = given().auth().oauth2(TestTokens.reviewer()).get(scorecard).then().statusCode(200)
                .extract().header("ETag");
        assertEquals(false, tagBefore.equals(tagAfter), "a renamed office's scorecard has a new ETag");

        JsonNode mine = null;
        int pages = 1;
        for (int page = 0; page < pages && mine == null; page++) {
            JsonNode ranking = SubmissionFlowTest.json(given().auth().oauth2(TestTokens.reviewer())
                    .get("/api/v1/scores/rankings/2011/9?officeKind=PRIMARY&size=500&page=" + page).then()
                    .statusCode(200).extract().asString());
            pages = ranking.path("totalPages").asInt();
            for (JsonNode item : ranking.path("items")) {
                if (office.equals(item.path("officeCode").asText())) {
                    mine = item;
                }
            }
        }
        assertEquals("สพป.ทดสอบ เขต 2", mine == null ? null : mine.path("officeNameTh").asText(), "ranked " + office);
        assertEquals("PRIMARY", mine.path("officeKind").asText());
    }

    /** The payload of docs/events/registry.area-office.schema.json. */
    private static String registered(String office, String nameTh, String changedAt) {
        ObjectNode event = Events.MAPPER.createObjectNode();
        event.put("officeCode", office);
        event.put("nameTh", nameTh);
        event.put("kind", "PRIMARY");
        event.put("changedAt", changedAt);
        return event.toString();
    }

    private static void awaitName(String scorecard, String name) {
        await("office name " + name).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> name.equals(given().auth().oauth2(TestTokens.reviewer()).get(scorecard).then()
                        .statusCode(200).extract().path("officeNameTh")));
    }

    /** As the registry's outbox sends it: keyed by office code, with its CloudEvent headers. */
    private static void send(KafkaProducer<String, String> producer, String eventId, String payload) throws Exception {
        String office = Events.MAPPER.readTree(payload).path("officeCode").asText();
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, office, payload);
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "io.edukpi.registry.area-office.registered".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "student-registry-service".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackResource.servers().kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }
}
