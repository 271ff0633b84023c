package io.edukpi.e2e;

import static io.edukpi.e2e.GatewayClient.Who.client;
import static io.edukpi.e2e.GatewayClient.Who.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.GatewayClient.Who;
import io.edukpi.e2e.contract.ContractCheck;

/**
 * "A census round is a snapshot and an office owns what it wrote", through the gateway with the two
 * offices' MIS clients and officers: a write in one round never changes what another round says, one
 * office's write never changes what another office holds (nor tells it anything of it), and the one
 * way a student moves between offices is OBEC's transfer. Every answer office 5034 gets is searched for
 * office 5001's schools and for the names 5001 wrote.
 *
 * <p>
 * The steps share one platform and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryOfficesTest {

    /** Every exchange of the suite, request and answer, checked against docs/openapi.json. */
    @RegisterExtension
    static final ContractCheck CONTRACT = ContractCheck.ofProject();

    private static final Who ADMIN = user("obec.admin");
    private static final Who CM1 = user("area.cm1");
    private static final Who SEC = user("area.cm-sec");
    private static final Who MIS_5001 = client("mis-schoolmis-5001");
    private static final Who MIS_5034 = client("mis-schoolmis-5034");

    private static final String PRIMARY = "5001";
    private static final String SECONDARY = "5034";
    private static final String CM1_A = "1050130001";
    private static final String CM1_B = "1050130002";
    private static final String SEC_A = "1050340001";
    private static final Map<String, String> SCHOOLS = Map.of(CM1_A, "โรงเรียนบ้านหนองบัว", CM1_B, "โรงเรียนวัดสวนดอก",
            SEC_A, "โรงเรียนมัธยมดอยสะเก็ด");

    /** Three people office 5001 enrols in round A; the second is enrolled by 5034 in round B. */
    private static final String P1 = FiscalYearTest.citizenId("150010000101");
    private static final String P2 = FiscalYearTest.citizenId("150010000102");
    private static final String P3 = FiscalYearTest.citizenId("150010000103");
    private static final String Q1 = FiscalYearTest.citizenId("150340000101");

    private static TestPlatform platform;
    private static GatewayClient api;
    private static long roundA;
    private static long roundB;
    /** Office 5001's school codes, school names and the names it wrote: none may reach office 5034. */
    private static final Set<String> OFFICE_5001_DATA = new LinkedHashSet<>();
    private static JsonNode rosterA;
    private static JsonNode statisticsA;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("registry-offices");
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
    void step1_eachOfficeLoadsItsOwnSchoolsInRoundA() {
        api.expect(201, ADMIN, "PUT", "/api/v1/registry/area-offices/" + PRIMARY,
                Map.of("code", PRIMARY, "nameTh", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", "kind", "PRIMARY"));
        api.expect(201, ADMIN, "PUT", "/api/v1/registry/area-offices/" + SECONDARY,
                Map.of("code", SECONDARY, "nameTh", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 34", "kind", "SECONDARY"));
        SCHOOLS.forEach((code, name) -> api.expect(201, ADMIN, "PUT", "/api/v1/registry/schools/" + code,
                Map.of("code", code, "nameTh", name, "officeCode", code.startsWith("105013") ? PRIMARY : SECONDARY)));
        roundA = api.expect(201, ADMIN, "POST", "/api/v1/registry/census-rounds", Map.of("academicYear", 2017, "roundNo", 1))
                .path("id").asLong();
        roundB = api.expect(201, ADMIN, "POST", "/api/v1/registry/census-rounds", Map.of("academicYear", 2017, "roundNo", 2))
                .path("id").asLong();
        OFFICE_5001_DATA.addAll(List.of(CM1_A, CM1_B, SCHOOLS.get(CM1_A), SCHOOLS.get(CM1_B), "มานะ", "มานี", "ปิติ",
                "รักเรียน", "กล้าหาญ", "มานพ"));

        JsonNode own = api.expect(200, MIS_5001, "POST", batches(roundA), Map.of("records", List.of(
                student(CM1_A, P1, "มานะ", "รักเรียน", "2547-01-15", "ม.1"),
                student(CM1_A, P2, "มานี", "รักเรียน", "2547-02-15", "ม.1"),
                student(CM1_B, P3, "ปิติ", "กล้าหาญ", "2546-03-15", "ม.2"))));
        assertEquals(3, own.path("created").asInt(), own.toString());
        JsonNode other = as5034(200, MIS_5034, "POST", batches(roundA),
                Map.of("records", List.of(student(SEC_A, Q1, "ชูใจ", "ใฝ่ดี", "2547-04-15", "ม.1"))));
        assertEquals(1, other.path("created").asInt(), other.toString());

        rosterA = roster(CM1, roundA, CM1_A);
        assertEquals(2, rosterA.path("totalItems").asInt(), rosterA.toString());
        statisticsA = statistics(CM1, roundA, PRIMARY);
        assertEquals(3, statisticsA.at("/students/total").asInt(), statisticsA.toString());
    }

    @Test
    @Order(2)
    void step2_writesInRoundBLeaveRoundAAsItWasTaken() {
        // 5001 renames its own student in round B; 5034 enrols, in round B, a person 5001 holds in round A.
        api.expect(201, MIS_5001, "PUT", student(roundB, P1), student(CM1_A, P1, "มานพ", "รักเรียน", "2547-01-15", "ม.2"));
        as5034(201, MIS_5034, "PUT", student(roundB, P2), student(SEC_A, P2, "สุดา", "ใฝ่ดี", "2546-12-01", "ม.3"));

        assertEquals(rosterA, roster(CM1, roundA, CM1_A), "round A's roster of " + CM1_A);
        assertEquals(rosterA, roster(MIS_5001, roundA, CM1_A), "round A's roster as 5001's MIS reads it");
        sameFigures(statisticsA, statistics(CM1, roundA, PRIMARY));
        assertEquals("มานพ", roster(CM1, roundB, CM1_A).at("/items/0/firstName").asText());

        // Each office reads the person as it enrolled them.
        assertEquals("มานี", api.expect(200, CM1, "GET", "/api/v1/registry/persons/" + P2, null).path("firstName").asText());
        JsonNode seen = as5034(200, SEC, "GET", "/api/v1/registry/persons/" + P2, null);
        assertEquals("สุดา", seen.path("firstName").asText(), seen.toString());
        assertEquals(1, seen.path("enrolments").size(), "5034 sees its own enrolment only: " + seen);
        JsonNode rosterB = as5034(200, SEC, "GET", "/api/v1/registry/census-rounds/" + roundB + "/schools/" + SEC_A
                + "/students", null);
        assertEquals("สุดา", rosterB.at("/items/0/firstName").asText(), rosterB.toString());
    }

    @Test
    @Order(3)
    void step3_office5034CannotEnrolNorLearnWhat5001Holds() {
        String put = student(roundA, P3);
        HttpResponse<String> refused = api.send(MIS_5034, "PUT", put, student(SEC_A, P3, "ปรีชา", "ใฝ่ดี", "2546-03-15", "ม.2"),
                Map.of());
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                refused.headers().toString());
        JsonNode problem = GatewayClient.tree(refused.body());
        assertEquals("second-active-enrolment", problem.at("/errors/0/code").asText(), refused.body());
        assertEquals("citizenId", problem.at("/errors/0/field").asText(), refused.body());
        holdsNothingOf5001(refused.body(), Set.of());
        // The same in round B, where 5001 holds P1; and in a batch.
        as5034(409, MIS_5034, "PUT", student(roundB, P1), student(SEC_A, P1, "ปรีชา", "ใฝ่ดี", "2547-01-15", "ม.2"));
        JsonNode batch = as5034(200, MIS_5034, "POST", batches(roundA),
                Map.of("records", List.of(student(SEC_A, P3, "ปรีชา", "ใฝ่ดี", "2546-03-15", "ม.2"))));
        assertEquals("second-active-enrolment", batch.at("/results/0/errors/0/code").asText(), batch.toString());

        // Nor does it read 5001's roster, figures or persons (the roster's 404 echoes the code 5034 asked for).
        HttpResponse<String> foreignRoster = api.get(MIS_5034, "/api/v1/registry/census-rounds/" + roundA + "/schools/"
                + CM1_B + "/students");
        assertEquals(404, foreignRoster.statusCode(), foreignRoster.body());
        holdsNothingOf5001(foreignRoster.body(), Set.of(CM1_B));
        as5034(404, SEC, "GET", "/api/v1/registry/census-rounds/" + roundA + "/area-offices/" + PRIMARY + "/statistics",
                null);
        as5034(404, MIS_5034, "GET", "/api/v1/registry/persons/" + P3, null);
        as5034(403, MIS_5034, "POST", transfers(roundA), Map.of("citizenId", P3, "toSchoolCode", SEC_A));

        JsonNode roster = roster(CM1, roundA, CM1_B);
        assertEquals(1, roster.path("totalItems").asInt(), roster.toString());
        assertEquals("ปิติ", roster.at("/items/0/firstName").asText(), "5001's roster unchanged: " + roster);
        assertEquals(rosterA, roster(CM1, roundA, CM1_A));
        sameFigures(statisticsA, statistics(CM1, roundA, PRIMARY));
    }

    @Test
    @Order(4)
    void step4_obecTransfersAStudentBetweenOfficesAndEachOfficeSeesItsSide() {
        JsonNode secBefore = statistics(SEC, roundA, SECONDARY);
        JsonNode moved = api.expect(200, ADMIN, "POST", transfers(roundA), Map.of("citizenId", P3, "toSchoolCode", SEC_A));
        assertEquals(SEC_A, moved.path("schoolCode").asText(), moved.toString());
        // P3's items of round A went with the enrolment: from here on they are 5034's.
        OFFICE_5001_DATA.removeAll(List.of("ปิติ", "กล้าหาญ"));

        assertEquals(0, roster(CM1, roundA, CM1_B).path("totalItems").asInt(), "5001 no longer lists P3");
        assertEquals(rosterA, roster(CM1, roundA, CM1_A));
        assertEquals(2, statistics(CM1, roundA, PRIMARY).at("/students/total").asInt());
        JsonNode secRoster = as5034(200, SEC, "GET", "/api/v1/registry/census-rounds/" + roundA + "/schools/" + SEC_A
                + "/students", null);
        assertEquals(2, secRoster.path("totalItems").asInt(), secRoster.toString());
        assertTrue(secRoster.toString().contains("ปิติ"), "P3 as enrolled in round A: " + secRoster);
        JsonNode secAfter = as5034(200, SEC, "GET", "/api/v1/registry/census-rounds/" + roundA + "/area-offices/"
                + SECONDARY + "/statistics", null);
        assertEquals(secBefore.at("/students/total").asInt() + 1, secAfter.at("/students/total").asInt(),
                secAfter.toString());

        // Now 5034 writes P3 and 5001 is the one refused, told nothing of 5034's school.
        JsonNode updated = as5034(200, MIS_5034, "PUT", student(roundA, P3),
                student(SEC_A, P3, "ปิติ", "กล้าหาญดี", "2546-03-15", "ม.2"));
        assertEquals("UPDATED", updated.path("status").asText(), updated.toString());
        HttpResponse<String> refused = api.send(MIS_5001, "PUT", student(roundA, P3),
                student(CM1_B, P3, "ปิติ", "กล้าหาญ", "2546-03-15", "ม.2"), Map.of());
        assertEquals(409, refused.statusCode(), refused.body());
        assertFalse(refused.body().contains(SEC_A) || refused.body().contains(SCHOOLS.get(SEC_A)), refused.body());
        assertEquals(404, api.get(CM1, "/api/v1/registry/persons/" + P3).statusCode(), "5001 holds P3 in no round");
        JsonNode person = as5034(200, SEC, "GET", "/api/v1/registry/persons/" + P3, null);
        assertEquals(SEC_A, person.at("/enrolments/0/schoolCode").asText(), person.toString());

        // The other round did not move.
        assertEquals(1, roster(CM1, roundB, CM1_A).path("totalItems").asInt());
        assertEquals(0, roster(CM1, roundB, CM1_B).path("totalItems").asInt());
    }

    /** A call of office 5034 (its MIS or its officer): its answer holds nothing of office 5001. */
    private static JsonNode as5034(int status, Who who, String method, String path, Object body) {
        HttpResponse<String> response = api.send(who, method, path, body, Map.of());
        assertEquals(status, response.statusCode(), () -> who + " " + method + " " + path + ": " + response.body());
        holdsNothingOf5001(response.body(), Set.of());
        return GatewayClient.tree(response.body());
    }

    private static void holdsNothingOf5001(String body, Set<String> askedFor) {
        List<String> found = new ArrayList<>();
        for (String value : OFFICE_5001_DATA) {
            if (!askedFor.contains(value) && body.contains(value)) {
                found.add(value);
            }
        }
        assertTrue(found.isEmpty(), "an answer to office 5034 holds office 5001's " + found + ": " + body);
    }

    private static JsonNode roster(Who who, long round, String school) {
        return api.expect(200, who, "GET", "/api/v1/registry/census-rounds/" + round + "/schools/" + school + "/students",
                null);
    }

    private static JsonNode statistics(Who who, long round, String office) {
        return api.expect(200, who, "GET", "/api/v1/registry/census-rounds/" + round + "/area-offices/" + office
                + "/statistics", null);
    }

    /** The figures of a round's statistics (not when they were generated). */
    private static void sameFigures(JsonNode expected, JsonNode actual) {
        for (String part : List.of("/students", "/enrolmentRatios", "/completeness")) {
            assertEquals(expected.at(part), actual.at(part), part + " of round A's statistics");
        }
    }

    private static String batches(long round) {
        return "/api/v1/registry/census-rounds/" + round + "/student-batches";
    }

    private static String transfers(long round) {
        return "/api/v1/registry/census-rounds/" + round + "/transfers";
    }

    private static String student(long round, String citizenId) {
        return "/api/v1/registry/census-rounds/" + round + "/students/" + citizenId;
    }

    private static Map<String, Object> student(String school, String citizenId, String firstName, String lastName,
            String birthDate, String level) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("schoolCode", school);
        s.put("citizenId", citizenId);
        s.put("prefix", "ด.ญ.");
        s.put("firstName", firstName);
        s.put("lastName", lastName);
        s.put("birthDate", birthDate);
        s.put("classLevel", level);
        return s;
    }
}
