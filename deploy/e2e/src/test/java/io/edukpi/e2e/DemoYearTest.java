package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.contract.ContractCheck;

/**
 * {@code --demo} as the run command does it, at a small scale to stay short (still 245 offices, two schools
 * each, round 6 only, which about one office in five has not finished): through the gateway,
 * as OBEC's admin, the platform shows the demo year.
 */
class DemoYearTest {

    /** Every exchange of the suite, request and answer, checked against docs/openapi.json. */
    @RegisterExtension
    static final ContractCheck CONTRACT = ContractCheck.ofProject();

    private static TestPlatform platform;
    private static GatewayClient api;

    @BeforeAll
    static void start() throws Exception {
        // Platform.start returns once the demo year is seeded (or fails with what went wrong).
        platform = TestPlatform.start("demo-year", List.of("--demo", "--demo-scale=0.001", "--demo-rounds=1"));
        api = platform.gatewayClient().checkedBy(CONTRACT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void rankingsOfBothOfficeKindsListEveryOffice() throws Exception {
        assertEquals(183, ranked(6, "PRIMARY").size(), "primary offices ranked");
        assertEquals(62, ranked(6, "SECONDARY").size(), "secondary offices ranked");
        Set<String> primary = ranked(6, "PRIMARY");
        assertTrue(primary.contains("5001"), "สพป.เชียงใหม่ เขต 1 is the realm's area.cm1 office");
        assertTrue(ranked(6, "SECONDARY").contains("5034"));
    }

    @Test
    void scorecardsHaveScoresBandsAndExplainedIndicators() throws Exception {
        JsonNode card = get("/api/v1/scores/offices/5001/scorecards/2011/6");
        assertTrue(card.path("total").isNumber(), card.toString());
        assertTrue(card.path("percent").decimalValue().doubleValue() > 0, card.toString());
        assertTrue(!card.path("band").path("code").asText().isEmpty(), card.toString());
        assertTrue(card.toString().contains("\"3.1.2\"") && card.toString().contains("\"3.1.14\""), card.toString());
    }

    @Test
    void progressViewShowsLateOffices() throws Exception {
        JsonNode progress = get("/api/v1/submissions/progress?fiscalYear=2011&level=OBEC_AGREEMENT&round=6");
        JsonNode totals = progress.path("totals");
        int late = totals.path("lateOffices").asInt();
        assertTrue(late >= 20 && late < 120, "late offices: " + late + " " + totals);
        assertEquals(245, totals.path("offices").asInt(), totals.toString());
        int listed = 0;
        for (JsonNode office : progress.path("offices")) {
            listed += office.path("late").asBoolean() ? 1 : 0;
            // The deadline passed in 2011: an office is late exactly when some expected result is not yet certified.
            int done = office.path("accepted").asInt() + office.path("certified").asInt();
            assertEquals(office.path("late").asBoolean(), done < office.path("expected").asInt(), office.toString());
        }
        assertEquals(late, listed, "the late offices are listed one by one");
        assertTrue(totals.path("accepted").asInt() > totals.path("expected").asInt() * 8 / 10, totals.toString());
    }

    @Test
    void someResultsAreReturnedWithAReason() throws Exception {
        JsonNode returned = get("/api/v1/submissions/results?fiscalYear=2011&level=OBEC_AGREEMENT&round=6"
                + "&state=RETURNED&size=500");
        assertTrue(returned.path("totalItems").asInt() > 0, returned.toString());
        for (JsonNode result : returned.path("items")) {
            assertTrue(!result.path("returnReason").asText().isBlank(), result.toString());
        }
    }

    private static Set<String> ranked(int round, String kind) throws Exception {
        JsonNode page = get("/api/v1/scores/rankings/2011/" + round + "?level=OBEC_AGREEMENT&officeKind=" + kind
                + "&size=500");
        Set<String> codes = new HashSet<>();
        for (JsonNode entry : page.path("items")) {
            // Ranked within the kind asked for: "of" is that kind's count.
            assertEquals(page.path("items").size(), entry.path("of").asInt(), entry.toString());
            // A dashboard shows the entry as it is: the office's kind and Thai name, as the registry registered it.
            assertEquals(kind, entry.path("officeKind").asText(), entry.toString());
            assertTrue(entry.path("officeNameTh").asText().startsWith("สำนักงานเขตพื้นที่การศึกษา"), entry.toString());
            codes.add(entry.path("officeCode").asText());
        }
        return codes;
    }

    private static JsonNode get(String path) {
        return api.expect(200, GatewayClient.Who.user("obec.admin"), "GET", path, null);
    }
}
