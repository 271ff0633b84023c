package io.edukpi.submission.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestEvents;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Offices are registered in the registry: submission-service learns them from registry.area-offices only. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class AreaOfficeRegistrationTest {

    private static final Instant REGISTERED = Instant.parse("2011-06-10T09:00:00Z");

    private static String event(String code, String nameTh, String kind, Instant changedAt) {
        return Fixtures.MAPPER.createObjectNode().put("officeCode", code).put("nameTh", nameTh).put("kind", kind)
                .put("changedAt", changedAt.toString()).toString();
    }

    private static Map<String, String> listed(String code) {
        JsonPath offices = given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/submissions/area-offices").then()
                .statusCode(200).extract().jsonPath();
        return offices.getMap("find { it.code == '" + code + "' }");
    }

    private static void awaitListed(String code, String nameTh, String kind) {
        await("office " + code + " as " + nameTh).atMost(Fixtures.ARRIVAL)
                .until(() -> Map.of("code", code, "nameTh", nameTh, "kind", kind).equals(listed(code)));
    }

    @Test
    void anOfficeIsRegisteredRenamedAndNeverRolledBackByARedeliveryOrAnOlderEvent() throws Exception {
        String code = "85" + (System.nanoTime() % 100000);
        String first = TestEvents.send(Fixtures.AREA_OFFICES, code, event(code, "สพป.ทดสอบ เดิม", "PRIMARY", REGISTERED));
        awaitListed(code, "สพป.ทดสอบ เดิม", "PRIMARY");
        TestEvents.send(Fixtures.AREA_OFFICES, code,
                event(code, "สพม.ทดสอบ ใหม่", "SECONDARY", REGISTERED.plusSeconds(60)));
        awaitListed(code, "สพม.ทดสอบ ใหม่", "SECONDARY");

        // the first event delivered again (a newer payload under the same event id), then one older than the name held
        TestEvents.send(Fixtures.AREA_OFFICES, code, event(code, "สพป.ทดสอบ ซ้ำ", "PRIMARY", REGISTERED.plusSeconds(120)),
                first);
        TestEvents.send(Fixtures.AREA_OFFICES, code,
                event(code, "สพป.ทดสอบ เก่ากว่า", "PRIMARY", REGISTERED.plusSeconds(30)));
        // an office on the same partition, registered after them: once it is listed, both were consumed
        String later = onTheSamePartition(code);
        Fixtures.office(later, "สพป.ทดสอบ ตามมา", "PRIMARY");
        assertEquals(Map.of("code", code, "nameTh", "สพม.ทดสอบ ใหม่", "kind", "SECONDARY"), listed(code));
    }

    /** Another office code whose records the broker puts on the same partition as {@code code}'s. */
    private static String onTheSamePartition(String code) throws Exception {
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                DevStackResource.servers().kafka().bootstrapServers()))) {
            partitions = admin.describeTopics(List.of(Fixtures.AREA_OFFICES)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Fixtures.AREA_OFFICES).partitions().size();
        }
        int target = partition(code, partitions);
        for (int i = 1;; i++) {
            String candidate = "86" + (System.nanoTime() % 100000) + i % 10;
            if (partition(candidate, partitions) == target && !candidate.equals(code)) {
                return candidate;
            }
        }
    }

    /** The producer's own choice for a keyed record (murmur2 of the key). */
    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
