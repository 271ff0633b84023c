package io.edukpi.e2e;

import static io.edukpi.e2e.ExpectedScores.percent;
import static io.edukpi.e2e.ExpectedScores.shown;
import static io.edukpi.e2e.GatewayClient.Who.client;
import static io.edukpi.e2e.GatewayClient.Who.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.e2e.GatewayClient.Who;
import io.edukpi.e2e.contract.ContractCheck;

/**
 * One fiscal year (B.E. 2554, round 9) played through the gateway the way its users play it, with
 * their Keycloak tokens: OBEC's catalogue, two offices' school MIS loads and certifications, the
 * registry-derived drafts, keyed results and school forms, the certification workflow with one
 * return, scores and rankings, the dashboard's pull, the round's closure, and the CI recalculation
 * before and after a catalogue correction. Every expected number is worked out here from what the
 * steps send (ExpectedScores), never read back from the service that computed it.
 *
 * <p>
 * The steps share one platform and run in order; a failed step leaves the later ones failing too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FiscalYearTest {

    /** Every exchange of the suite, request and answer, checked against docs/openapi.json. */
    @RegisterExtension
    static final ContractCheck CONTRACT = ContractCheck.ofProject();

    private static final int YEAR = 2011;
    private static final int YEAR_BE = 2554;
    private static final String LEVEL = "OBEC_AGREEMENT";
    private static final int ROUND = 9;

    private static final Who ADMIN = user("obec.admin");
    private static final Who REVIEWER = user("obec.reviewer");
    private static final Who CM1 = user("area.cm1");
    private static final Who CM1_SUPERVISOR = user("area.cm1.supervisor");
    private static final Who SEC = user("area.cm-sec");
    private static final Who SEC_SUPERVISOR = user("area.cm-sec.supervisor");
    private static final Who DASHBOARD = client("dashboard-client");
    private static final Who BATCH = client("batch-client");

    private static final String PRIMARY = "5001";
    private static final String SECONDARY = "5034";
    private static final String SCHOOL_CM1_A = "1050130001";
    private static final String SCHOOL_CM1_B = "1050130002";
    private static final String SCHOOL_SEC_A = "1050340001";
    private static final String SCHOOL_SEC_B = "1050340002";

    /** Born 15 Jan B.E. 2550 / 2541: 4 and 13 years old on the census date 10 June 2554. */
    private static final String AGE_4 = "2550-01-15";
    private static final String AGE_13 = "2541-01-15";

    // A name has no digits (registry rule): people are told apart by name combinations.
    private static final List<String> FIRST_NAMES = List.of("สมชาย", "สมหญิง", "กมลชนก", "ธนากร", "พิมพ์ชนก",
            "ณัฐวุฒิ", "ศิริพร", "อนุชา", "วรรณา", "ปิยะพงษ์", "สุดารัตน์", "จิรายุ");
    private static final List<String> LAST_NAMES = List.of("ใจดี", "ศรีสุข", "บุญมา", "แก้วมณี", "ทองคำ");

    private static TestPlatform platform;
    private static GatewayClient api;

    // What the steps hand on to each other.
    private static String catalogueV1;
    private static ExpectedScores catalogueV1Scores;
    private static long censusRound;
    private static final Map<String, Map<String, String>> RESULTS = new HashMap<>(); // office -> indicator -> id
    private static final Map<String, Map<String, BigDecimal>> VALUES = new HashMap<>(); // office -> indicator -> value
    private static String dashboardCursor;
    /** Every citizen ID the year wrote or asked for: none may appear in clear in any log. */
    private static final Set<String> CITIZEN_IDS = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("fiscal-year");
        api = platform.gatewayClient().checkedBy(CONTRACT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void step1_theCatalogueOfBe2554IsPublished() {
        JsonNode list = api.expect(200, ADMIN, "GET", "/api/v1/catalogues?fiscalYear=" + YEAR + "&level=" + LEVEL,
                null);
        assertEquals(1, list.path("items").size(), "one version of the B.E. 2554 catalogue: " + list);
        JsonNode v1 = list.path("items").get(0);
        catalogueV1 = v1.path("id").asText();
        assertEquals(1, v1.path("version").asInt());
        assertEquals(23, v1.path("indicatorCount").asInt(), "23 indicators in seed 002");

        // indicator-service publishes its seed on first start through the same use case; obec-admin's
        // publish of that version changes nothing (same version, no second event).
        JsonNode published = api.expect(200, ADMIN, "POST", "/api/v1/catalogues/" + catalogueV1 + "/publish", null);
        assertEquals("PUBLISHED", published.at("/summary/status").asText(), published.toString());
        assertEquals(1, published.at("/summary/version").asInt());

        JsonNode detail = api.expect(200, ADMIN, "GET", "/api/v1/catalogues/" + catalogueV1, null);
        catalogueV1Scores = new ExpectedScores(detail.path("catalogue"));

        // Both consumers hold the version: results can be keyed against it, and scoring scores with it.
        api.await(CM1, "/api/v1/submissions/catalogues", body -> body.toString().contains("\"fiscalYear\":2011"),
                "the B.E. 2554 catalogue in submission-service");
        BigDecimal leaf = catalogueV1Scores.leaf("1.1.1", new BigDecimal("75.00"));
        assertEquals(new BigDecimal("4.38333"), shown(leaf), "4 + (75 - 74.77) / (75.37 - 74.77)");
        awaitEvaluation("1.1.1", "75.00", shown(leaf));
    }

    @Test
    @Order(2)
    void step2_misClientsLoadTwoOfficesAndTheSchoolsCertify() {
        expect2xx(ADMIN, "PUT", "/api/v1/registry/area-offices/" + PRIMARY, Map.of("code", PRIMARY,
                "nameTh", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", "kind", "PRIMARY"));
        expect2xx(ADMIN, "PUT", "/api/v1/registry/area-offices/" + SECONDARY, Map.of("code", SECONDARY,
                "nameTh", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 34", "kind", "SECONDARY"));
        Map<String, String> schools = new LinkedHashMap<>();
        schools.put(SCHOOL_CM1_A, "โรงเรียนบ้านสันกำแพง");
        schools.put(SCHOOL_CM1_B, "โรงเรียนวัดป่าแดด");
        schools.put(SCHOOL_SEC_A, "โรงเรียนยุพราชวิทยาลัย");
        schools.put(SCHOOL_SEC_B, "โรงเรียนวัฒโนทัยพายัพ");
        schools.forEach((code, name) -> expect2xx(ADMIN, "PUT", "/api/v1/registry/schools/" + code,
                school(code, name, false)));

        JsonNode round = api.expect(201, ADMIN, "POST", "/api/v1/registry/census-rounds",
                Map.of("academicYear", YEAR, "roundNo", 1, "certificationDeadline", "2011-06-30"));
        censusRound = round.path("id").asLong();
        assertEquals("2011-06-10", round.path("censusDate").asText(), "round 1 counts on 10 June");

        // Ministry of Interior population (ages 4 and 13) that the enrolment ratios divide by.
        api.expect(200, ADMIN, "PUT", "/api/v1/registry/population-figures", Map.of("figures", List.of(
                population(PRIMARY, 4, 4), population(PRIMARY, 13, 11),
                population(SECONDARY, 4, 3), population(SECONDARY, 13, 20))));

        // Office 5001's MIS: 3 pre-primary pupils and 10 lower-secondary students, one row with a bad ID.
        Who mis5001 = client("mis-schoolmis-5001");
        List<Map<String, Object>> cm1 = new ArrayList<>();
        cm1.addAll(students(SCHOOL_CM1_A, PRIMARY, 0, 2, "อ.2", AGE_4));
        cm1.addAll(students(SCHOOL_CM1_B, PRIMARY, 2, 1, "อ.3", AGE_4));
        cm1.addAll(students(SCHOOL_CM1_A, PRIMARY, 3, 5, "ม.1", AGE_13));
        cm1.addAll(students(SCHOOL_CM1_B, PRIMARY, 8, 5, "ม.2", AGE_13));
        Map<String, Object> badId = students(SCHOOL_CM1_B, PRIMARY, 13, 1, "ม.2", AGE_13).get(0);
        String id = (String) badId.get("citizenId");
        badId.put("citizenId", id.substring(0, 12) + (char) ('0' + (id.charAt(12) - '0' + 1) % 10));
        cm1.add(badId);
        loadSchoolsTeachersStudents(mis5001, PRIMARY, List.of(SCHOOL_CM1_A, SCHOOL_CM1_B), schools, cm1, 13, 1);

        // Office 5034's MIS: 2 pre-primary pupils, 19 lower-secondary students.
        Who mis5034 = client("mis-schoolmis-5034");
        List<Map<String, Object>> sec = new ArrayList<>();
        sec.addAll(students(SCHOOL_SEC_A, SECONDARY, 0, 2, "อ.1", AGE_4));
        sec.addAll(students(SCHOOL_SEC_A, SECONDARY, 2, 10, "ม.3", AGE_13));
        sec.addAll(students(SCHOOL_SEC_B, SECONDARY, 12, 9, "ม.1", AGE_13));
        loadSchoolsTeachersStudents(mis5034, SECONDARY, List.of(SCHOOL_SEC_A, SCHOOL_SEC_B), schools, sec, 21, 0);

        // A MIS client writes only its own schools.
        JsonNode foreign = api.expect(200, mis5001, "POST", "/api/v1/registry/census-rounds/" + censusRound
                + "/student-batches", Map.of("records", students(SCHOOL_SEC_A, SECONDARY, 40, 1, "ม.1", AGE_13)));
        assertEquals("school-not-permitted", foreign.at("/results/0/errors/0/code").asText(), foreign.toString());

        // The schools certify (each director its own school); each certification publishes registry.statistics.
        for (String school : schools.keySet()) {
            String officer = "school." + (school.startsWith("105013") ? PRIMARY : SECONDARY) + "-0"
                    + school.charAt(school.length() - 1);
            JsonNode certified = api.expect(200, user(officer), "POST", "/api/v1/registry/census-rounds/" + censusRound
                    + "/schools/" + school + "/certification", null);
            assertEquals("CERTIFIED", certified.path("state").asText(), certified.toString());
        }

        JsonNode stats = api.expect(200, CM1, "GET", "/api/v1/registry/census-rounds/" + censusRound
                + "/area-offices/" + PRIMARY + "/statistics", null);
        assertEquals(13, stats.at("/students/total").asLong(), stats.toString());
        assertEquals(5, stats.at("/students/byLevel/ม.1").asLong());
        assertEquals(3, stats.at("/students/byAgeGroup/3-5").asLong());
        assertEquals(10, stats.at("/students/byAgeGroup/12-14").asLong());
        assertRatio(stats, "3-5", 3, 4, ratio(3, 4));
        assertRatio(stats, "12-14", 10, 11, ratio(10, 11));
        assertEquals(2, stats.at("/certification/schools").asLong());
        assertEquals(2, stats.at("/certification/certified").asLong());
        assertEquals(0, stats.at("/certification/certifiedByDeadline").asLong(), "certified in 2026, after 30 June 2554");
        assertEquals(2, stats.at("/completeness/teachers/records").asLong(), "one teacher per school: "
                + stats.at("/completeness/teachers"));
        assertEquals(404, api.get(CM1, "/api/v1/registry/census-rounds/" + censusRound + "/area-offices/" + SECONDARY
                + "/statistics").statusCode(), "another office's figures are not the officer's to see");

        // submission-service learned both offices and their kinds from registry.statistics.
        api.await(REVIEWER, "/api/v1/submissions/area-offices", body -> body.toString().contains("\"" + SECONDARY + "\"")
                && body.toString().contains("SECONDARY"), "office 5034 in submission-service");
    }

    @Test
    @Order(3)
    void step3_registryResultsAppearAsDraftsOfficesKeyResultsSchoolsFillForms() {
        // Registry-derived results: 1.1.1 (อ.1-อ.3 / ages 3-5) and 1.1.3 (ม.1-ม.3 / ages 12-14) as drafts; no
        // population of ages 6-11 was imported, so 1.1.2 has nothing to derive.
        Map<String, BigDecimal> registry5001 = Map.of("1.1.1", ratio(3, 4), "1.1.3", ratio(10, 11));
        Map<String, BigDecimal> registry5034 = Map.of("1.1.1", ratio(2, 3), "1.1.3", ratio(19, 20));
        awaitRegistryDrafts(CM1, PRIMARY, registry5001);
        awaitRegistryDrafts(SEC, SECONDARY, registry5034);

        // Round 6 came first: 3.1.1 and 3.1.2 start in round 6, and round 9 is submitted only after round 6
        // is certified. The offices reported round 6 in April (keyed, forms filled, certified).
        keyAndCertify(CM1, CM1_SUPERVISOR, PRIMARY, 6, "3.1.1", "79.00");
        keyAndCertify(SEC, SEC_SUPERVISOR, SECONDARY, 6, "3.1.1", "79.00");
        String qa6 = fillQaForm(user("school.5001-01"), SCHOOL_CM1_A, 6, 8).path("resultId").asText();
        fillQaForm(user("school.5001-02"), SCHOOL_CM1_B, 6, 8);
        JsonNode office6 = putOfficeForm(CM1, qa6, 2, 2, "100");
        assertEquals(0, new BigDecimal("100").compareTo(office6.path("value").decimalValue()), office6.toString());
        transition(CM1, qa6, "submit", "SUBMITTED");
        transition(CM1_SUPERVISOR, qa6, "certify", "CERTIFIED");

        // Round 9, manual: the ONESQA mean (3.1.1) keyed by each office.
        keyManual(CM1, PRIMARY, "3.1.1", "82.00");
        keyManual(SEC, SECONDARY, "3.1.1", "78.40");

        // Round 9, forms: 3.1.2 = schools with all 8 QA activities / office.targetSchools x 100, rolled up
        // as each form arrives. The first school form opens the office's draft.
        JsonNode first = fillQaForm(user("school.5001-02"), SCHOOL_CM1_B, ROUND, 6);
        String qa9 = first.path("resultId").asText();
        assertTrue(first.path("officeValue").isNull() || first.path("officeValue").isMissingNode(),
                "no value before the office says how many schools are targeted: " + first);
        JsonNode withOfficeForm = putOfficeForm(CM1, qa9, 2, 1, "50");
        assertEquals(0, BigDecimal.ZERO.compareTo(withOfficeForm.path("value").decimalValue()),
                "0 of 2 target schools did all 8 activities: " + withOfficeForm);
        JsonNode second = fillQaForm(user("school.5001-01"), SCHOOL_CM1_A, ROUND, 8);
        BigDecimal qaValue = new BigDecimal(1 * 100).divide(new BigDecimal(2), 2, RoundingMode.HALF_UP);
        assertEquals(0, qaValue.compareTo(second.path("officeValue").decimalValue()), "1 of 2 schools: " + second);
        RESULTS.get(PRIMARY).put("3.1.2", qa9);
        VALUES.get(PRIMARY).put("3.1.2", qaValue);
        JsonNode schoolForms = api.expect(200, CM1, "GET", "/api/v1/submissions/results/" + qa9 + "/school-forms", null);
        assertEquals(2, schoolForms.path("filled").asInt(), schoolForms.toString());

        // A school officer fills only its own school's form.
        assertEquals(404, api.put(user("school.5001-01"), qaFormPath(SCHOOL_CM1_B, ROUND),
                qaForm(8)).statusCode(), "another school's form");
    }

    @Test
    @Order(4)
    void step4_officesSubmitAndCertifyTheReviewerReturnsOneAndAcceptsTheRest() {
        for (String indicator : List.of("1.1.1", "1.1.3", "3.1.1", "3.1.2")) {
            String id = RESULTS.get(PRIMARY).get(indicator);
            JsonNode submitted = transition(CM1, id, "submit", "SUBMITTED");
            assertTrue(submitted.path("late").asBoolean(), "round 9's deadline was 15 July 2554 (MARK_LATE): " + submitted);
            assertEquals(403, api.post(CM1, "/api/v1/submissions/results/" + id + "/certify", null).statusCode(),
                    "the data collector does not certify its own submission");
            transition(CM1_SUPERVISOR, id, "certify", "CERTIFIED");
        }
        for (String indicator : List.of("1.1.1", "1.1.3", "3.1.1")) {
            String id = RESULTS.get(SECONDARY).get(indicator);
            transition(SEC, id, "submit", "SUBMITTED");
            transition(SEC_SUPERVISOR, id, "certify", "CERTIFIED");
        }

        // The reviewer returns 5034's 3.1.1: a return needs a reason, and the office sees it.
        String returned = RESULTS.get(SECONDARY).get("3.1.1");
        HttpResponse<String> noReason = api.post(REVIEWER, "/api/v1/submissions/results/" + returned + "/return",
                Map.of());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String reason = "ค่าเฉลี่ยไม่ตรงกับรายงานผลการประเมินภายนอกของ สมศ. (80.50)";
        JsonNode back = api.expect(200, REVIEWER, "POST", "/api/v1/submissions/results/" + returned + "/return",
                Map.of("reason", reason));
        assertEquals("RETURNED", back.path("state").asText());
        HttpResponse<String> seen = api.get(SEC, "/api/v1/submissions/results/" + returned);
        JsonNode draft = GatewayClient.tree(seen.body());
        assertEquals("RETURNED", draft.path("state").asText());
        assertEquals(reason, draft.path("returnReason").asText());

        // The office corrects the value (If-Match: nobody changed it meanwhile), submits and certifies again.
        JsonNode fixed = api.expect(200, SEC, "PUT", "/api/v1/submissions/results/" + returned,
                Map.of("value", new BigDecimal("80.50"), "narrative", "แก้ไขตามรายงาน สมศ."),
                Map.of("If-Match", seen.headers().firstValue("ETag").orElseThrow()));
        assertEquals(0, new BigDecimal("80.50").compareTo(fixed.path("value").decimalValue()));
        VALUES.get(SECONDARY).put("3.1.1", new BigDecimal("80.50"));
        transition(SEC, returned, "submit", "SUBMITTED");
        transition(SEC_SUPERVISOR, returned, "certify", "CERTIFIED");

        for (String office : List.of(PRIMARY, SECONDARY)) {
            for (String id : RESULTS.get(office).values()) {
                transition(REVIEWER, id, "accept", "ACCEPTED");
            }
        }
        JsonNode accepted = api.expect(200, REVIEWER, "GET", "/api/v1/submissions/results?fiscalYear=" + YEAR
                + "&level=" + LEVEL + "&round=" + ROUND + "&state=ACCEPTED&size=50", null);
        assertEquals(7, accepted.path("totalItems").asInt(), accepted.toString());
    }

    @Test
    @Order(5)
    void step5_scoresRankingsTheDashboardPullAndTheRoundClosure() {
        // Open round: missing results are left out. One version per accepted result that moved the score.
        Map<String, BigDecimal> open5001 = catalogueV1Scores.office(ROUND, false, VALUES.get(PRIMARY));
        Map<String, BigDecimal> open5034 = catalogueV1Scores.office(ROUND, false, VALUES.get(SECONDARY));
        assertEquals(new BigDecimal("3.40000"), shown(open5001.get("3.1.1")), "3 + (82 - 81.2) / 2");
        assertEquals(new BigDecimal("1.00000"), shown(open5034.get("1.1.1")), "66.67 is below T1 72.97: policy ONE");
        JsonNode card5001 = awaitScorecard(REVIEWER, PRIMARY, 4, "office 5001 scored from its 4 accepted results");
        assertScorecard(card5001, open5001, false);
        assertEquals("MISSING_EXCLUDED", node(card5001, "1.1.2").path("status").asText());
        assertEquals("NO_CHILD_COUNTED", node(card5001, "3.2").path("status").asText());
        JsonNode card5034 = awaitScorecard(REVIEWER, SECONDARY, 3, "office 5034 scored from its 3 accepted results");
        assertScorecard(card5034, open5034, false);

        // An officer sees its own office's scores and nothing of another office.
        assertEquals(200, api.get(CM1, scorecardPath(PRIMARY)).statusCode());
        assertEquals(404, api.get(CM1, scorecardPath(SECONDARY)).statusCode());

        // Rankings within each kind: OBEC sees them while the round is open; a dashboard waits for the closure.
        JsonNode ranking = api.expect(200, REVIEWER, "GET", rankingPath("PRIMARY"), null);
        assertRankedFirst(ranking, PRIMARY, open5001.get("TOTAL"));
        assertEquals(409, api.get(DASHBOARD, rankingPath("PRIMARY")).statusCode());
        assertEquals(404, api.get(DASHBOARD, scorecardPath(PRIMARY)).statusCode(),
                "a dashboard sees official scores only, none before the closure");

        // obec-admin closes round 9: every office's official version, missing results now 0.
        api.expect(201, ADMIN, "POST", "/api/v1/scoring/rounds/" + YEAR + "/" + ROUND + "/closure?level=" + LEVEL,
                null);
        Map<String, BigDecimal> closed5001 = catalogueV1Scores.office(ROUND, true, VALUES.get(PRIMARY));
        Map<String, BigDecimal> closed5034 = catalogueV1Scores.office(ROUND, true, VALUES.get(SECONDARY));
        JsonNode official5001 = awaitScorecard(DASHBOARD, PRIMARY, 5, "office 5001's official scores");
        assertScorecard(official5001, closed5001, true);
        assertEquals("MISSING_SCORED_ZERO", node(official5001, "1.1.2").path("status").asText());
        assertScorecard(awaitScorecard(DASHBOARD, SECONDARY, 4, "office 5034's official scores"), closed5034, true);
        assertRankedFirst(api.expect(200, DASHBOARD, "GET", rankingPath("PRIMARY"), null), PRIMARY,
                closed5001.get("TOTAL"));
        assertRankedFirst(api.expect(200, DASHBOARD, "GET", rankingPath("SECONDARY"), null), SECONDARY,
                closed5034.get("TOTAL"));

        // The dashboard's change feed: the two official versions, then nothing new after its cursor.
        JsonNode feed = api.expect(200, DASHBOARD, "GET", "/api/v1/scores/changes?since=0", null);
        assertEquals(Set.of(PRIMARY + " v5", SECONDARY + " v4"), versionsIn(feed), feed.toString());
        for (JsonNode item : feed.path("items")) {
            assertTrue(item.path("official").asBoolean(), item.toString());
            Map<String, BigDecimal> expected = PRIMARY.equals(item.path("officeCode").asText()) ? closed5001 : closed5034;
            assertEquals(0, shown(expected.get("TOTAL")).compareTo(item.path("total").decimalValue()), item.toString());
            assertEquals(catalogueV1Scores.band(percent(expected.get("TOTAL"))), item.at("/band/code").asText(),
                    item.toString());
            assertTrue(item.at("/band/labelTh").isTextual(), "the feed's band is the scorecard's band object");
        }
        dashboardCursor = feed.path("nextCursor").asText();
        assertEquals(0, api.expect(200, DASHBOARD, "GET", "/api/v1/scores/changes?since=" + dashboardCursor, null)
                .path("items").size());
        // OBEC's reviewer sees every version of the round: 4 + 3 working versions and the 2 official ones.
        JsonNode all = api.expect(200, REVIEWER, "GET", "/api/v1/scores/changes?since=0&limit=1000", null);
        long round9 = 0;
        for (JsonNode item : all.path("items")) {
            round9 += item.path("fiscalYear").asInt() == YEAR && item.path("round").asInt() == ROUND ? 1 : 0;
        }
        assertEquals(9, round9, all.toString());
    }

    @Test
    @Order(6)
    void step6_theCiRecalculationFindsNothingThenACatalogueCorrectionRevisesExactlyTheOfficeItTouches()
            throws Exception {
        RecalcCommand recalc = new RecalcCommand(api);
        RecalcCommand.Run unchanged = recalc.run("--fiscal-year", String.valueOf(YEAR), "--round",
                String.valueOf(ROUND), "--dry-run", "--fail-on-change");
        assertEquals(0, unchanged.exitCode(), unchanged.output());
        assertTrue(unchanged.output().contains("done: 2 offices evaluated, 0 scores changed, 0 of them published"),
                unchanged.output());

        // The correction: seed 002 prints 1.1.3's T2 rounded (88.1 + 2.975 = 91.075, printed 91.08).
        JsonNode copy = api.expect(201, ADMIN, "POST", "/api/v1/catalogues/" + catalogueV1 + "/copy", null);
        String v2 = copy.at("/summary/id").asText(copy.path("id").asText());
        HttpResponse<String> draft = api.get(ADMIN, "/api/v1/catalogues/" + v2);
        assertEquals(200, draft.statusCode(), draft.body());
        ObjectNode indicator = null;
        for (JsonNode i : GatewayClient.tree(draft.body()).at("/catalogue/indicators")) {
            if ("1.1.3".equals(i.path("code").asText())) {
                indicator = (ObjectNode) i;
            }
        }
        assertNotNull(indicator, "1.1.3 in the draft");
        ArrayNode thresholds = (ArrayNode) indicator
                .path("criterion").path("thresholds");
        assertEquals(0, new BigDecimal("91.08").compareTo(thresholds.get(1).decimalValue()));
        thresholds.set(1, GatewayClient.JSON.getNodeFactory().numberNode(new BigDecimal("91.075")));
        api.expect(200, ADMIN, "PUT", "/api/v1/catalogues/" + v2 + "/indicators/1.1.3", indicator,
                Map.of("If-Match", draft.headers().firstValue("ETag").orElseThrow()));
        JsonNode diff = api.expect(200, ADMIN, "GET", "/api/v1/catalogues/" + v2 + "/diff?from=" + catalogueV1, null);
        assertEquals(1, diff.path("changed").size(), diff.toString());
        assertEquals("1.1.3", diff.at("/changed/0/code").asText());
        JsonNode published = api.expect(200, ADMIN, "POST", "/api/v1/catalogues/" + v2 + "/publish", null);
        assertEquals(2, published.at("/summary/version").asInt(), published.toString());
        ExpectedScores catalogueV2Scores = new ExpectedScores(api.expect(200, ADMIN, "GET", "/api/v1/catalogues/" + v2,
                null).path("catalogue"));

        // Which offices the correction touches follows from the inputs: 5001's 90.91 lies between T1 and T2,
        // 5034's 95.00 between T3 and T4.
        Map<String, BigDecimal> before5001 = catalogueV1Scores.office(ROUND, true, VALUES.get(PRIMARY));
        Map<String, BigDecimal> after5001 = catalogueV2Scores.office(ROUND, true, VALUES.get(PRIMARY));
        Map<String, BigDecimal> after5034 = catalogueV2Scores.office(ROUND, true, VALUES.get(SECONDARY));
        assertNotEquals(shown(before5001.get("1.1.3")), shown(after5001.get("1.1.3")));
        assertEquals(shown(catalogueV1Scores.office(ROUND, true, VALUES.get(SECONDARY)).get("TOTAL")),
                shown(after5034.get("TOTAL")));
        // scoring-service keeps the new version (catalogue.published); it rescores only open rounds itself.
        awaitEvaluation("1.1.3", "90.91", shown(catalogueV2Scores.leaf("1.1.3", new BigDecimal("90.91"))));
        assertEquals(5, api.expect(200, REVIEWER, "GET", scorecardPath(PRIMARY), null).path("version").asInt(),
                "the closed round keeps its official scores until a recalculation runs");

        // CI's gate now fails (exit 3: published scores would change) without changing anything...
        RecalcCommand.Run gate = recalc.run("--fiscal-year", String.valueOf(YEAR), "--round", String.valueOf(ROUND),
                "--dry-run", "--fail-on-change");
        assertEquals(3, gate.exitCode(), gate.output());
        assertTrue(gate.output().contains("failing (--fail-on-change)"), gate.output());
        assertEquals(5, api.expect(200, REVIEWER, "GET", scorecardPath(PRIMARY), null).path("version").asInt());

        // ...and the real recalculation writes a revision for exactly the office the correction touches.
        Path csv = Files.createTempFile("recalc-changes-", ".csv");
        try {
            RecalcCommand.Run applied = recalc.run("--fiscal-year", String.valueOf(YEAR), "--round",
                    String.valueOf(ROUND), "--changes-csv", csv.toString());
            assertEquals(0, applied.exitCode(), applied.output());
            List<Map<String, String>> changes = csvRows(Files.readString(csv, StandardCharsets.UTF_8));
            assertFalse(changes.isEmpty(), applied.output());
            Map<String, Map<String, String>> byIndicator = new TreeMap<>();
            for (Map<String, String> change : changes) {
                assertEquals(PRIMARY, change.get("officeCode"), "only office 5001 changes: " + changes);
                byIndicator.put(change.get("indicatorCode"), change);
            }
            Map<String, String> leaf = byIndicator.get("1.1.3");
            assertNotNull(leaf, "1.1.3 among the changes: " + changes);
            assertEquals(0, shown(before5001.get("1.1.3")).compareTo(new BigDecimal(leaf.get("before"))), leaf.toString());
            assertEquals(0, shown(after5001.get("1.1.3")).compareTo(new BigDecimal(leaf.get("after"))), leaf.toString());
            assertEquals("true", leaf.get("published"), "a published (official) score changed");
            assertTrue(applied.output().contains("done: 2 offices evaluated, " + changes.size() + " scores changed, "
                    + changes.size() + " of them published"), applied.output());

            JsonNode job = api.expect(200, BATCH, "GET", "/api/v1/scoring/recalculations/" + applied.jobId(), null);
            assertEquals("[\"" + PRIMARY + "\"]", job.at("/summary/officeCodesChanged").toString(), job.toString());
            assertEquals(1, job.at("/summary/versionsWritten").asInt(), job.toString());
            assertEquals(2, job.at("/summary/catalogueVersion").asInt(), job.toString());
        } finally {
            Files.deleteIfExists(csv);
        }

        // 5001: a revision (v6) with the corrected catalogue; v5 stays readable as it was. 5034: untouched.
        JsonNode revised = api.expect(200, DASHBOARD, "GET", scorecardPath(PRIMARY), null);
        assertEquals(6, revised.path("version").asInt(), revised.toString());
        assertTrue(revised.path("revision").asBoolean(), revised.toString());
        assertEquals(2, revised.at("/catalogue/version").asInt(), revised.toString());
        assertScorecard(revised, after5001, true);
        JsonNode old = api.expect(200, DASHBOARD, "GET", scorecardPath(PRIMARY) + "/versions/5", null);
        assertEquals(0, shown(before5001.get("TOTAL")).compareTo(old.path("displayTotal").decimalValue()), old.toString());
        assertEquals(1, old.at("/catalogue/version").asInt(), old.toString());
        JsonNode versions5034 = api.expect(200, REVIEWER, "GET", scorecardPath(SECONDARY) + "/versions", null);
        assertEquals(4, versions5034.path("items").size(), versions5034.toString());

        JsonNode feed = api.expect(200, DASHBOARD, "GET", "/api/v1/scores/changes?since=" + dashboardCursor, null);
        assertEquals(Set.of(PRIMARY + " v6"), versionsIn(feed), feed.toString());
        assertTrue(feed.at("/items/0/revision").asBoolean(), feed.toString());
    }

    // ---- the steps' vocabulary ----

    private static Map<String, Object> school(String code, String nameTh, boolean withItems) {
        Map<String, Object> school = new LinkedHashMap<>();
        school.put("code", code);
        school.put("nameTh", nameTh);
        school.put("officeCode", code.startsWith("105013") ? PRIMARY : SECONDARY);
        if (withItems) {
            school.put("items", Map.of("internet", true, "networkCentre", false, "electricity", true,
                    "telephone", true, "pipedWater", true, "dreamSchoolCohort", 0));
        }
        return school;
    }

    /**
     * Privacy: citizen IDs travel in URL paths (teachers, persons), bodies and files, and every one of
     * them is in some log line's neighbourhood; none may be written in clear by any component.
     */
    @Test
    @Order(7)
    void step7_noLogOfAnyComponentHoldsACitizenIdInClear() throws IOException {
        // Also a read of each kind the access logs see with an ID in its path: found, and not found.
        String student = CITIZEN_IDS.stream().filter(id -> id.startsWith("1" + PRIMARY)).findFirst().orElseThrow();
        api.expect(200, CM1, "GET", "/api/v1/registry/persons/" + student, null);
        String unknown = citizenId("110370001234");
        CITIZEN_IDS.add(unknown);
        assertEquals(404, api.get(CM1, "/api/v1/registry/persons/" + unknown).statusCode());
        assertTrue(CITIZEN_IDS.size() > 30, "the year wrote " + CITIZEN_IDS.size() + " IDs");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(platform.data())) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                CITIZEN_IDS.stream().filter(text::contains).forEach(id -> found.add(file.getFileName() + ": " + id));
            }
        }
        assertEquals(List.of(), found, "citizen IDs in clear in the logs");
    }

    private static Map<String, Object> population(String office, int age, int persons) {
        return Map.of("officeCode", office, "year", YEAR, "age", age, "persons", persons);
    }

    /** {@code count} students of one class level with valid citizen IDs 1-office-0000-nnn. */
    private static List<Map<String, Object>> students(String school, String office, int from, int count, String level,
            String birthDate) {
        List<Map<String, Object>> students = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("schoolCode", school);
            s.put("citizenId", citizenId("1" + office + "0000" + String.format("%03d", n)));
            CITIZEN_IDS.add((String) s.get("citizenId"));
            s.put("prefix", level.startsWith("อ") ? "ด.ช." : "ด.ญ.");
            s.put("firstName", FIRST_NAMES.get(n % FIRST_NAMES.size()));
            s.put("lastName", LAST_NAMES.get(n / FIRST_NAMES.size() % LAST_NAMES.size()));
            s.put("birthDate", birthDate);
            s.put("classLevel", level);
            s.put("studentNumber", String.valueOf(1000 + n));
            students.add(s);
        }
        return students;
    }

    /** The 13th digit: (11 - sum(digit_i x (14 - i)) mod 11) mod 10. */
    static String citizenId(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return twelve + (11 - sum % 11) % 10;
    }

    private static void loadSchoolsTeachersStudents(Who mis, String office, List<String> own, Map<String, String> names,
            List<Map<String, Object>> students, int created, int rejected) {
        int teacher = 0;
        for (String school : own) {
            api.expect(200, mis, "PUT", "/api/v1/registry/schools/" + school, school(school, names.get(school), true));
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("schoolCode", school);
            t.put("citizenId", citizenId("3" + office + "00000" + String.format("%02d", teacher++)));
            CITIZEN_IDS.add((String) t.get("citizenId"));
            t.put("prefix", "นาง");
            t.put("firstName", FIRST_NAMES.get(teacher));
            t.put("lastName", "สอนดี");
            t.put("birthDate", "2520-03-01");
            JsonNode answer = api.expect(201, mis, "PUT", "/api/v1/registry/teachers/" + t.get("citizenId"), t);
            assertEquals("CREATED", answer.path("status").asText(), answer.toString());
        }
        JsonNode batch = api.expect(200, mis, "POST", "/api/v1/registry/census-rounds/" + censusRound
                + "/student-batches", Map.of("records", students));
        assertEquals(created, batch.path("created").asInt(), batch.toString());
        assertEquals(rejected, batch.path("rejected").asInt(), batch.toString());
        if (rejected > 0) {
            assertEquals("citizen-id-check-digit", batch.at("/results/" + (students.size() - 1) + "/errors/0/code")
                    .asText(), batch.toString());
        }
    }

    private static void assertRatio(JsonNode stats, String group, long students, long population, BigDecimal ratio) {
        for (JsonNode r : stats.path("enrolmentRatios")) {
            if (group.equals(r.path("ageGroup").asText())) {
                assertEquals(students, r.path("students").asLong(), r.toString());
                assertEquals(population, r.path("population").asLong(), r.toString());
                assertEquals(0, ratio.compareTo(r.path("ratioPercent").decimalValue()), r.toString());
                return;
            }
        }
        throw new AssertionError("no enrolment ratio of ages " + group + ": " + stats);
    }

    /** students x 100 / population, 2 decimals half up: how an enrolment ratio is reported. */
    private static BigDecimal ratio(long students, long population) {
        return BigDecimal.valueOf(students * 100).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    private static void awaitRegistryDrafts(Who officer, String office, Map<String, BigDecimal> expected) {
        JsonNode list = api.await(officer, resultsPath(office, ROUND), body -> {
            Set<String> codes = new LinkedHashSet<>();
            body.path("items").forEach(i -> codes.add(i.path("indicatorCode").asText()));
            return codes.containsAll(expected.keySet());
        }, "the registry-derived drafts of office " + office);
        Map<String, String> ids = new HashMap<>();
        Map<String, BigDecimal> values = new HashMap<>();
        assertEquals(expected.size(), list.path("items").size(), "only 1.1.1 and 1.1.3 derived: " + list);
        for (JsonNode item : list.path("items")) {
            String code = item.path("indicatorCode").asText();
            assertEquals("DRAFT", item.path("state").asText(), item.toString());
            assertEquals("REGISTRY", item.path("valueOrigin").asText(), item.toString());
            assertEquals(0, expected.get(code).compareTo(item.path("value").decimalValue()), item.toString());
            ids.put(code, item.path("id").asText());
            values.put(code, expected.get(code));
        }
        RESULTS.put(office, ids);
        VALUES.put(office, values);
    }

    private static String resultsPath(String office, int round) {
        return "/api/v1/submissions/results?fiscalYear=" + YEAR + "&level=" + LEVEL + "&round=" + round
                + "&officeCode=" + office + "&size=50";
    }

    private static String keyManual(Who officer, String office, String indicator, String value) {
        JsonNode created = api.expect(201, officer, "POST", "/api/v1/submissions/results", Map.of("fiscalYear", YEAR,
                "level", LEVEL, "round", ROUND, "indicatorCode", indicator, "value", new BigDecimal(value),
                "narrative", "ผลการประเมินภายนอกรอบสาม (สมศ.)"));
        assertEquals("MANUAL", created.path("resultSource").asText(), created.toString());
        RESULTS.get(office).put(indicator, created.path("id").asText());
        VALUES.get(office).put(indicator, new BigDecimal(value));
        return created.path("id").asText();
    }

    private static void keyAndCertify(Who officer, Who supervisor, String office, int round, String indicator,
            String value) {
        JsonNode created = api.expect(201, officer, "POST", "/api/v1/submissions/results", Map.of("fiscalYear", YEAR,
                "level", LEVEL, "round", round, "indicatorCode", indicator, "value", new BigDecimal(value)));
        String id = created.path("id").asText();
        assertEquals(office, created.path("officeCode").asText());
        transition(officer, id, "submit", "SUBMITTED");
        transition(supervisor, id, "certify", "CERTIFIED");
    }

    private static JsonNode transition(Who who, String id, String step, String state) {
        JsonNode answer = api.expect(200, who, "POST", "/api/v1/submissions/results/" + id + "/" + step, null);
        assertEquals(state, answer.path("state").asText(), who + " " + step + ": " + answer);
        return answer;
    }

    private static String qaFormPath(String school, int round) {
        return "/api/v1/submissions/schools/" + school + "/forms/" + YEAR + "/" + LEVEL + "/" + round + "/3.1.2";
    }

    private static Map<String, Object> qaForm(int activitiesDone) {
        List<String> done = new ArrayList<>();
        for (int a = 1; a <= activitiesDone; a++) {
            done.add("a" + a);
        }
        return Map.of("checklists", Map.of("qaActivities", done));
    }

    private static JsonNode fillQaForm(Who officer, String school, int round, int activitiesDone) {
        return api.expect(200, officer, "PUT", qaFormPath(school, round), qaForm(activitiesDone));
    }

    private static JsonNode putOfficeForm(Who officer, String resultId, int target, int allEight, String percent) {
        HttpResponse<String> current = api.get(officer, "/api/v1/submissions/results/" + resultId);
        assertEquals(200, current.statusCode(), current.body());
        Map<String, Object> fields = Map.of("targetSchools", target, "schoolsAllEightDone", allEight,
                "percentAllEightDone", new BigDecimal(percent));
        return api.expect(200, officer, "PUT", "/api/v1/submissions/results/" + resultId,
                Map.of("officeForm", Map.of("fields", fields), "narrative", "สรุปจากแบบ KRS 3.1.2 (2) ของโรงเรียน"),
                Map.of("If-Match", current.headers().firstValue("ETag").orElseThrow()));
    }

    private static String scorecardPath(String office) {
        return "/api/v1/scores/offices/" + office + "/scorecards/" + YEAR + "/" + ROUND;
    }

    private static String rankingPath(String kind) {
        return "/api/v1/scores/rankings/" + YEAR + "/" + ROUND + "?officeKind=" + kind;
    }

    private static JsonNode awaitScorecard(Who who, String office, int version, String what) {
        return api.await(who, scorecardPath(office), body -> body.path("version").asInt() >= version, what);
    }

    /** Total, percent, band and every counted node as the test worked them out. */
    private void assertScorecard(JsonNode card, Map<String, BigDecimal> expected, boolean official) {
        String office = card.path("officeCode").asText();
        assertEquals(official, card.path("official").asBoolean(), card.toString());
        BigDecimal total = expected.get("TOTAL");
        assertEquals(0, shown(total).compareTo(card.path("total").decimalValue()), office + " total: " + card);
        assertEquals(0, percent(total).compareTo(card.path("percent").decimalValue()), office + " percent: " + card);
        assertEquals(catalogueV1Scores.band(percent(total)), card.at("/band/code").asText(), office + " band");
        expected.forEach((code, score) -> {
            if (!"TOTAL".equals(code)) {
                JsonNode node = node(card, code);
                if (score == null) {
                    assertTrue(node.path("score").isNull() || node.path("score").isMissingNode(), code + ": " + node);
                } else {
                    assertEquals(0, shown(score).compareTo(node.path("score").decimalValue()),
                            office + " " + code + ": " + node);
                }
            }
        });
    }

    private static JsonNode node(JsonNode card, String code) {
        JsonNode found = find(card.path("indicators"), code);
        assertNotNull(found, code + " in the scorecard");
        return found;
    }

    private static JsonNode find(JsonNode nodes, String code) {
        for (JsonNode node : nodes) {
            if (code.equals(node.path("code").asText())) {
                return node;
            }
            JsonNode inner = find(node.path("children"), code);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void assertRankedFirst(JsonNode ranking, String office, BigDecimal total) {
        assertEquals(1, ranking.path("items").size(), ranking.toString());
        JsonNode first = ranking.path("items").get(0);
        assertEquals(office, first.path("officeCode").asText());
        assertEquals(1, first.path("rank").asInt());
        assertEquals(0, shown(total).compareTo(first.path("total").decimalValue()), first.toString());
    }

    private static Set<String> versionsIn(JsonNode feed) {
        Set<String> versions = new LinkedHashSet<>();
        feed.path("items").forEach(i -> versions.add(i.path("officeCode").asText() + " v" + i.path("version").asInt()));
        return versions;
    }

    /** scoring-service's evaluation of a value of the newest published catalogue, awaited until it shows {@code score}. */
    private static JsonNode awaitEvaluation(String indicator, String value, BigDecimal score) {
        return GatewayClient.awaitAnswer("scoring-service's score of " + indicator + " = " + value + " as " + score,
                () -> api.post(REVIEWER, "/api/v1/scoring/evaluate", Map.of("fiscalYear", YEAR, "level", LEVEL,
                        "indicatorCode", indicator, "value", new BigDecimal(value))),
                body -> score.compareTo(body.path("displayScore").decimalValue()) == 0);
    }

    private static void expect2xx(Who who, String method, String path, Object body) {
        HttpResponse<String> response = api.send(who, method, path, body, Map.of());
        assertEquals(2, response.statusCode() / 100, () -> method + " " + path + ": " + response.statusCode() + " "
                + response.body());
    }

    /** The recalculation's CSV (UTF-8 with BOM) as rows by column title. */
    private static List<Map<String, String>> csvRows(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        String[] header = lines[0].split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int l = 1; l < lines.length; l++) {
            if (lines[l].isBlank()) {
                continue;
            }
            String[] cells = lines[l].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].trim(), c < cells.length ? cells[c].trim() : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
