package io.edukpi.submission.it;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Real events on the real broker, as indicator-service and the registry produce them, and the test callers. */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String RESULTS = "/api/v1/submissions/results";
    private static KafkaProducer<String, String> producer;
    private static final Set<String> published = new HashSet<>();

    private Fixtures() {
    }

    /** An area officer of an office; different names are different people (who submits, who certifies). */
    static String officer(String name, String office) {
        return TestTokens.of(name, Set.of("area-officer"), Map.of("office_code", office));
    }

    static String school(String name, String office, String school) {
        return TestTokens.of(name, Set.of("school-officer"), Map.of("office_code", office, "school_code", school));
    }

    static String reviewer(String name) {
        return TestTokens.of(name, Set.of("reviewer"), Map.of());
    }

    /**
     * The B.E. 2554 OBEC catalogue as catalogue.published carries it, filed under {@code fiscalYear}, changed by
     * {@code edit}, published once per test JVM and awaited until submission-service holds it.
     */
    static synchronized void catalogue(int fiscalYear, Consumer<ObjectNode> edit) {
        if (published.contains(fiscalYear + "")) {
            return;
        }
        try {
            Path file = Path.of("..", "indicator-service", "src", "main", "resources", "catalogues", "obec-2554.json");
            ObjectNode catalogue = (ObjectNode) MAPPER.readTree(Files.readString(file));
            catalogue.put("fiscalYear", fiscalYear);
            edit.accept(catalogue);
            ObjectNode event = MAPPER.createObjectNode();
            String id = UUID.randomUUID().toString();
            event.put("catalogueId", id);
            event.put("fiscalYear", fiscalYear);
            event.put("fiscalYearBe", fiscalYear + 543);
            event.put("level", "OBEC_AGREEMENT");
            event.put("version", 1);
            event.put("title", catalogue.path("title").asText());
            event.put("publishedAt", OffsetDateTime.now().toString());
            event.put("contentHash", "a".repeat(64));
            event.set("catalogue", catalogue);
            send("catalogue.published", fiscalYear + ":OBEC_AGREEMENT", event.toString());
            await(() -> given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/submissions/catalogues").then()
                    .extract().jsonPath().getList("catalogueId").contains(id), "catalogue " + fiscalYear);
            published.add(fiscalYear + "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An office submission-service knows (obec-admin registers it, as the registry's statistics would). */
    static void office(String code, String kind) {
        given().auth().oauth2(TestTokens.obecAdmin()).contentType("application/json")
                .body(Map.of("nameTh", "สำนักงานเขตพื้นที่การศึกษาทดสอบ " + code, "kind", kind))
                .put("/api/v1/submissions/area-offices/" + code).then().statusCode(200);
    }

    static void send(String topic, String key, String payload) {
        EventSchemas.ofProject().assertValid(topic, payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", ("edukpi." + topic + ".v1").getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "submission-service-test".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(what + " did not arrive within 60 s");
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackResource.servers().kafka().bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
