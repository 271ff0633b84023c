package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.GatewayClient.Who;
import io.edukpi.e2e.contract.ContractCheck;

/**
 * {@code --demo} as the run command does it, at a small scale to stay short (still 245 offices, two schools
 * each, round 6 only, which about one office in five has not finished): through the gateway,
 * as OBEC's admin, the platform shows the demo year, and a reminder run mails the unfinished offices' officers.
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

    @Test
    void aReminderRunMailsEachOfficeWithPendingResultsOnceInThai() throws Exception {
        // Round 6 of the demo catalogue (obec-2554) is due 2011-04-15; 3 is one of edukpi.reminders.days-before.
        String run = "/api/v1/submissions/reminders/run?date=2011-04-12";
        Who batch = Who.client("batch-client");
        Map<String, Integer> pending = new TreeMap<>();
        for (JsonNode sent : api.expect(200, batch, "POST", run, null).path("sent")) {
            assertEquals(6, sent.path("round").asInt(), sent.toString());
            assertEquals(3, sent.path("daysLeft").asInt(), sent.toString());
            pending.put(sent.path("officeCode").asText(), sent.path("pending").asInt());
        }
        Set<String> late = new TreeSet<>();
        Set<String> finished = new TreeSet<>();
        for (JsonNode office : get("/api/v1/submissions/progress?fiscalYear=2011&level=OBEC_AGREEMENT&round=6")
                .path("offices")) {
            (office.path("late").asBoolean() ? late : finished).add(office.path("officeCode").asText());
        }
        assertEquals(late, pending.keySet(), "reminded: exactly the offices with pending results");

        // The relay sends what the run queued every 10 s, 50 at a time.
        JsonNode mail = api.await(batch, "/api/v1/submissions/mail?kind=DEADLINE_REMINDER&fiscalYear=2011&size=500",
                page -> page.path("totalItems").asInt() == pending.size()
                        && page.path("items").findValuesAsText("state").stream().allMatch("SENT"::equals),
                "every reminder SENT");
        Mailboxes mailboxes = new Mailboxes(platform.settings().imapPort());
        Map<String, String> officeOf = new TreeMap<>();
        for (JsonNode item : mail.path("items")) {
            String office = item.path("officeCode").asText();
            List<String> to = new ArrayList<>();
            item.path("recipients").forEach(r -> to.add(r.asText()));
            assertTrue(to.containsAll(List.of(demoOfficer(office, "officer"), demoOfficer(office, "supervisor"))),
                    "the demo's two area officers (area-officer through their group): " + item);
            for (String address : to) {
                List<Mailboxes.Mail> reminders = reminders(mailboxes, address);
                assertEquals(1, reminders.size(), address + ": " + reminders);
                Mailboxes.Mail reminder = reminders.get(0);
                assertEquals(item.path("subject").asText(), reminder.subject());
                assertTrue(reminder.subject().contains("ปีงบประมาณ 2554") && reminder.subject().endsWith("(อีก 3 วัน)"),
                        reminder.subject());
                String thai = reminder.text().substring(0, reminder.text().indexOf("-----"));
                assertTrue(thai.contains("(รหัส " + office + ")"), thai);
                assertTrue(thai.contains("ภายในวันที่ 15 เมษายน 2554 (อีก 3 วัน)"), thai);
                assertTrue(thai.contains("ตัวชี้วัดที่ยังไม่ได้รับรอง " + pending.get(office) + " รายการ"), thai);
                assertEquals(pending.get(office).longValue(), thai.lines().filter(l -> l.startsWith("- ")).count(),
                        "one line per pending indicator: " + thai);
                officeOf.put(address, office);
            }
        }
        for (String office : finished) {
            assertEquals(List.of(), reminders(mailboxes, demoOfficer(office, "officer")), office + " has finished");
        }
        System.out.printf("Reminders on 2011-04-12: %d offices reminded, %d mails delivered, %d finished offices none%n",
                pending.size(), officeOf.size(), finished.size());

        JsonNode again = api.expect(200, batch, "POST", run, null);
        assertEquals(0, again.path("sent").size(), again.toString());
        assertEquals(pending.size(), again.path("alreadySent").asInt(), again.toString());
        // Longer than a relay period: anything queued by the second run would have gone out by now.
        Thread.sleep(Duration.ofSeconds(15).toMillis());
        for (String address : officeOf.keySet()) {
            assertEquals(1, reminders(mailboxes, address).size(), address + " got no second reminder");
        }
        assertEquals(pending.size(), api.expect(200, batch, "GET",
                "/api/v1/submissions/mail?kind=DEADLINE_REMINDER&fiscalYear=2011&size=500", null)
                .path("totalItems").asInt());
    }

    private static List<Mailboxes.Mail> reminders(Mailboxes mailboxes, String address) throws Exception {
        return mailboxes.of(address).stream().filter(m -> m.subject().contains("ใกล้ถึงกำหนดส่งผลตัวชี้วัด")).toList();
    }

    /** The demo's area officers (deploy/devstack OfficerAccounts): demo.<office>.officer and .supervisor. */
    private static String demoOfficer(String office, String role) {
        return "demo." + office + "." + role + "@demo.edukpi.local";
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
