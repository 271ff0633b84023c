package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TopicReader;
import io.edukpi.e2e.contract.ContractCheck;

/**
 * A result keyed, submitted, certified and accepted in submission-service becomes a score in
 * scoring-service: the real platform, only through the gateway, with the demo users' Keycloak tokens.
 */
class SubmissionToScoresTest {

    /** Every exchange of the suite, request and answer, checked against docs/openapi.json. */
    @RegisterExtension
    static final ContractCheck CONTRACT = ContractCheck.ofProject();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GatewayClient.Who REVIEWER = GatewayClient.Who.user("obec.reviewer");
    private static GatewayClient api;
    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("submission-to-scores");
        api = platform.gatewayClient().checkedBy(CONTRACT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anAcceptedResultBecomesAnExplainedScoreAndThePreviewAgreesWithIt() throws Exception {
        // indicator-service publishes its seed catalogues on start; submission-service keeps its copy.
        api.await(REVIEWER, "/api/v1/submissions/catalogues", body -> body.toString().contains("\"fiscalYear\":2011"),
                "the B.E. 2554 catalogue in submission-service");
        // The office is registered once, in the registry; submission-service learns it from registry.area-offices.
        HttpResponse<String> registered = call("obec.admin", "PUT", "/api/v1/registry/area-offices/5001",
                "{\"code\": \"5001\", \"nameTh\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1\", \"kind\": \"PRIMARY\"}");
        assertTrue(registered.statusCode() == 200 || registered.statusCode() == 201, registered.body());
        api.await(REVIEWER, "/api/v1/submissions/area-offices", body -> body.toString().contains("\"5001\""),
                "office 5001 in submission-service");

        HttpResponse<String> created = call("area.cm1", "POST", "/api/v1/submissions/results",
                "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": 9, \"indicatorCode\": \"1.1.1\", "
                        + "\"value\": 74.36, \"narrative\": \"ข้อมูลนักเรียน 10 มิ.ย. 2554 จาก DMC\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();

        // While keying, the office sees the score the value would get: scoring-service's own arithmetic.
        HttpResponse<String> preview = call("area.cm1", "POST", "/api/v1/submissions/results/" + id + "/preview",
                "{\"value\": 74.36}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals("3.31667", JSON.readTree(preview.body()).path("displayScore").decimalValue().toPlainString(),
                preview.body());

        // Another office's officer does not even learn that the result exists.
        assertEquals(404, call("area.cm-sec", "GET", "/api/v1/submissions/results/" + id, null).statusCode());

        assertEquals(200, call("area.cm1", "POST", "/api/v1/submissions/results/" + id + "/submit", null).statusCode());
        assertEquals(403, call("area.cm1", "POST", "/api/v1/submissions/results/" + id + "/certify", null).statusCode());
        assertEquals(200, call("area.cm1.supervisor", "POST", "/api/v1/submissions/results/" + id + "/certify", null)
                .statusCode());
        try (TopicReader scores = new TopicReader("127.0.0.1:" + platform.settings().kafkaPort(), "score.updated")) {
            HttpResponse<String> accepted = call("obec.reviewer", "POST", "/api/v1/submissions/results/" + id + "/accept",
                    null);
            assertEquals(200, accepted.statusCode(), accepted.body());
            var updated = scores.await(r -> "5001".equals(r.key()), 1, Duration.ofSeconds(60));
            assertEquals(1, updated.size(), "score.updated for office 5001");
            EventSchemas.ofProject().assertValid("score.updated", updated.get(0).value());
            assertEquals("3.31667", JSON.readTree(updated.get(0).value()).path("total").decimalValue().toPlainString());
        }

        JsonNode scorecard = api.await(REVIEWER, "/api/v1/scores/offices/5001/scorecards/2011/9",
                body -> body.path("total").isNumber(), "the scorecard of office 5001, round 9");
        assertEquals("3.31667", scorecard.path("total").decimalValue().toPlainString());
        assertEquals("66.33", scorecard.path("percent").decimalValue().toPlainString());
        assertEquals("STANDARD", scorecard.path("band").path("code").asText());
        HttpResponse<String> explained = call("obec.reviewer", "GET",
                "/api/v1/scores/offices/5001/scorecards/2011/9/versions/1", null);
        assertEquals(200, explained.statusCode());
        JsonNode explanation = JSON.readTree(explained.body());
        assertEquals(id, explanation.at("/indicators/0/children/0/input/resultId").asText(), "the explanation names "
                + "the accepted result submission-service keeps");

        // obec-admin reopens it: the score goes away with the withdrawn result, the old version stays readable.
        assertEquals(200, call("obec.admin", "POST", "/api/v1/submissions/results/" + id + "/reopen",
                "{\"reason\": \"ตัวเลขประชากรได้รับการแก้ไข\"}").statusCode());
        JsonNode versions = api.await(REVIEWER, "/api/v1/scores/offices/5001/scorecards/2011/9/versions",
                body -> body.path("items").size() >= 2, "a new score version after the withdrawal");
        assertTrue(versions.path("items").size() >= 2, versions.toString());
    }

    private static HttpResponse<String> call(String user, String method, String path, String body) {
        return api.send(GatewayClient.Who.user(user), method, path, body, Map.of());
    }
}
