package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.client.example.DashboardExample;
import io.edukpi.client.model.OfficeKind;

/**
 * The generated client's dashboard example against the demo year, round 6 closed: every answer it reads
 * must fit the generated models, and what it prints is what a dashboard shows.
 */
class DashboardExampleTest {

    private static TestPlatform platform;
    private static GatewayClient api;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start("dashboard", List.of("--demo", "--demo-scale=0.001", "--demo-rounds=1"));
        api = platform.gatewayClient();
        api.expect(201, GatewayClient.Who.user("obec.admin"), "POST",
                "/api/v1/scoring/rounds/2011/6/closure?level=OBEC_AGREEMENT", null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void printsTheRankingWithThaiNamesAndTheFirstOfficesScorecard() throws Exception {
        String token = new Tokens(platform.tokenUrl()).of("dashboard-client", true);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new DashboardExample(platform.settings().gateway().url(), token, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .show(2011, 6, OfficeKind.PRIMARY);
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.println(text);

        JsonNode ranking = api.expect(200, GatewayClient.Who.client("dashboard-client"), "GET",
                "/api/v1/scores/rankings/2011/6?level=OBEC_AGREEMENT&officeKind=PRIMARY&size=500", null);
        assertEquals(183, ranking.path("items").size(), "primary offices ranked");
        assertTrue(text.contains("Ranking 2011 round 6 PRIMARY: 183 offices"), text);
        for (JsonNode entry : ranking.path("items")) {
            String name = entry.path("officeNameTh").asText();
            assertTrue(name.matches("\\p{IsThai}.*"), "a Thai name: " + entry);
            String line = String.format("%4d  %s  %s  PRIMARY  total ", entry.path("rank").asInt(),
                    entry.path("officeCode").asText(), name);
            assertTrue(text.contains(line), "printed ranking has " + line + "\n" + text);
        }

        JsonNode first = ranking.path("items").path(0);
        assertTrue(text.contains("Scorecard " + first.path("officeCode").asText() + " "
                + first.path("officeNameTh").asText() + " version "), text);
        assertTrue(text.contains("(official)"), "the round is closed: " + text);
        // The indicator tree, indented by depth, with the catalogue's indicators and their scores.
        assertTrue(text.contains("  3.1.2 ") && text.contains("  score "), text);
    }
}
