package io.edukpi.e2e.fuzz;

import static io.edukpi.e2e.fuzz.FuzzClient.caller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.fuzz.FuzzClient.Answer;
import io.edukpi.e2e.fuzz.FuzzClient.Call;
import io.edukpi.e2e.fuzz.FuzzClient.Caller;

/**
 * A little realistic data made through the gateway before fuzzing (steps as in FiscalYearTest): the
 * seeded B.E. 2554 catalogue and a draft copy of it, offices 5001 and 5034 with a school and students
 * each, a census round, and per office one accepted round-6 result (so both have a scorecard) and one
 * round-9 draft. Path parameters are filled from these ids as well as with junk.
 */
final class FuzzData {

    static final int YEAR = 2011;
    static final int YEAR_BE = 2554;
    static final String LEVEL = "OBEC_AGREEMENT";
    static final String OFFICE_A = "5001";
    static final String OFFICE_B = "5034";
    static final String SCHOOL_A = "1050130001";
    static final String SCHOOL_B = "1050340001";

    /**
     * Operations sent with junk or unknown ids only, never the shared data's: they would delete, archive,
     * publish or close what the later requests work on.
     */
    static final Set<String> JUNK_IDS_ONLY = Set.of("DELETE /api/v1/catalogues/{id}",
            "POST /api/v1/catalogues/{id}/archive", "POST /api/v1/catalogues/{id}/publish",
            "POST /api/v1/registry/census-rounds/{id}/closing",
            "POST /api/v1/scoring/rounds/{fiscalYear}/{round}/closure");

    /**
     * Operations that move what an office owns (a school to another office, a person to another school):
     * sent with scratch schools and persons, never the shared ones, so that which office holds a shared
     * record stays as set up and the leak check's markers keep meaning "office 5034's data".
     */
    static final Set<String> OWNERSHIP_WRITES = Set.of("PUT /api/v1/registry/schools/{code}",
            "POST /api/v1/registry/census-rounds/{roundId}/transfers");

    String catalogueId;
    String draftId;
    long roundId;
    final List<String> citizenIds = new ArrayList<>();
    final Map<String, List<String>> resultIds = new LinkedHashMap<>();

    void setUp(FuzzClient api) {
        Caller admin = caller("obec.admin");
        JsonNode list = api.json(admin, "GET", "/api/v1/catalogues?fiscalYear=" + YEAR + "&level=" + LEVEL, null,
                Map.of());
        catalogueId = list.path("items").get(0).path("id").asText();
        draftId = api.json(admin, "POST", "/api/v1/catalogues/" + catalogueId + "/copy", null, Map.of()).path("summary")
                .path("id").asText(catalogueId);
        for (String[] office : new String[][] { { OFFICE_A, "PRIMARY", "สพป.เชียงใหม่ เขต 1" },
                { OFFICE_B, "SECONDARY", "สพม. เขต 34" } }) {
            api.json(admin, "PUT", "/api/v1/registry/area-offices/" + office[0],
                    Map.of("code", office[0], "nameTh", office[2], "kind", office[1]), Map.of());
        }
        api.json(admin, "PUT", "/api/v1/registry/schools/" + SCHOOL_A,
                Map.of("code", SCHOOL_A, "nameTh", "โรงเรียนบ้านสันกำแพง", "officeCode", OFFICE_A), Map.of());
        api.json(admin, "PUT", "/api/v1/registry/schools/" + SCHOOL_B,
                Map.of("code", SCHOOL_B, "nameTh", "โรงเรียนยุพราชวิทยาลัย", "officeCode", OFFICE_B), Map.of());
        roundId = api.json(admin, "POST", "/api/v1/registry/census-rounds",
                Map.of("academicYear", YEAR, "roundNo", 1, "certificationDeadline", "2011-06-30"), Map.of())
                .path("id").asLong();
        api.json(caller("mis-schoolmis-5001"), "POST", "/api/v1/registry/census-rounds/" + roundId + "/student-batches",
                Map.of("records", students(SCHOOL_A, OFFICE_A)), Map.of());
        api.json(caller("mis-schoolmis-5034"), "POST", "/api/v1/registry/census-rounds/" + roundId + "/student-batches",
                Map.of("records", students(SCHOOL_B, OFFICE_B)), Map.of());

        awaitOk(api, caller("area.cm1"), "/api/v1/submissions/catalogues", "\"fiscalYear\":" + YEAR);
        // submission-service learns the offices from the registry (registry.area-offices)
        for (String office : List.of(OFFICE_A, OFFICE_B)) {
            awaitOk(api, caller("obec.reviewer"), "/api/v1/submissions/area-offices", "\"code\":\"" + office + "\"");
        }
        results(api, OFFICE_A, caller("area.cm1"), caller("area.cm1.supervisor"));
        results(api, OFFICE_B, caller("area.cm-sec"), caller("area.cm-sec.supervisor"));
        for (String office : List.of(OFFICE_A, OFFICE_B)) {
            awaitOk(api, caller("obec.reviewer"), "/api/v1/scores/offices/" + office + "/scorecards/" + YEAR + "/6",
                    "\"officeCode\":\"" + office + "\"");
        }
    }

    private void results(FuzzClient api, String office, Caller officer, Caller supervisor) {
        List<String> ids = new ArrayList<>();
        String accepted = api.json(officer, "POST", "/api/v1/submissions/results", Map.of("fiscalYear", YEAR, "level",
                LEVEL, "round", 6, "indicatorCode", "3.1.1", "value", 79.0), Map.of()).path("id").asText();
        api.json(officer, "POST", "/api/v1/submissions/results/" + accepted + "/submit", null, Map.of());
        api.json(supervisor, "POST", "/api/v1/submissions/results/" + accepted + "/certify", null, Map.of());
        api.json(caller("obec.reviewer"), "POST", "/api/v1/submissions/results/" + accepted + "/accept", null,
                Map.of());
        ids.add(accepted);
        ids.add(api.json(officer, "POST", "/api/v1/submissions/results", Map.of("fiscalYear", YEAR, "level", LEVEL,
                "round", 9, "indicatorCode", "3.1.1", "value", 82.0, "narrative", "ผลการประเมินภายนอกรอบสาม"), Map.of())
                .path("id").asText());
        resultIds.put(office, ids);
    }

    /** Polls until a 200 mentions {@code marker}; goes on after 90 s (the fuzzer still runs, with less data). */
    private static void awaitOk(FuzzClient api, Caller who, String path, String marker) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            Answer answer = api.send(new Call(who, "GET", path, Map.of(), null, null));
            if (answer.status() == 200 && answer.body().contains(marker)) {
                return;
            }
            FuzzClient.sleep(500);
        }
        System.out.println("set-up: " + path + " did not show " + marker + " within 90 s; fuzzing goes on");
    }

    private List<Map<String, Object>> students(String school, String office) {
        List<Map<String, Object>> students = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            String id = citizenId("1" + office + "0000" + String.format("%03d", n));
            citizenIds.add(id);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("schoolCode", school);
            s.put("citizenId", id);
            s.put("prefix", "ด.ญ.");
            s.put("firstName", List.of("สมหญิง", "กมลชนก", "ศิริพร").get(n));
            s.put("lastName", "ใจดี");
            s.put("birthDate", "2541-01-15");
            s.put("classLevel", "ม.1");
            s.put("studentNumber", String.valueOf(1000 + n));
            students.add(s);
        }
        return students;
    }

    /** The request text with every shared school code and citizen ID swapped for a scratch one. */
    String scratch(String text) {
        String swapped = text.replace(SCHOOL_A, "1050139999").replace(SCHOOL_B, "1050139998");
        for (String id : citizenIds) {
            swapped = swapped.replace(id, citizenId("19" + id.substring(2, 12)));
        }
        return swapped;
    }

    /** The 13th digit: (11 - sum(digit_i x (13 - i)) mod 11) mod 10. */
    static String citizenId(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return twelve + (11 - sum % 11) % 10;
    }

    /** A real value for a path or query parameter or body property of this name, or null when there is none. */
    Object real(String name, String template, SplittableRandom random) {
        String n = name.toLowerCase(Locale.ROOT);
        List<?> pool = switch (n) {
            case "id" -> idsFor(template);
            case "code" -> template.contains("/indicators/") ? List.of("3.1.1", "1.1.1", "3.1.2", "1")
                    : template.contains("/schools/") ? List.of(SCHOOL_A, SCHOOL_B)
                            : template.contains("/reference-codes/") ? List.of("099", "00") : List.of(OFFICE_A, OFFICE_B);
            case "officecode" -> List.of(OFFICE_A, OFFICE_B);
            case "schoolcode" -> List.of(SCHOOL_A, SCHOOL_B);
            case "roundid" -> List.of(roundId);
            case "citizenid" -> citizenIds;
            case "fiscalyear" -> List.of(YEAR, YEAR_BE);
            case "fiscalyearbe", "academicyear", "year" -> List.of(YEAR_BE);
            case "level" -> List.of(LEVEL, "AREA_OFFICE_MEASURES");
            case "round" -> List.of(6, 9, 12);
            case "roundno" -> List.of(1, 2);
            case "indicatorcode", "parentcode" -> List.of("3.1.1", "3.1.2", "1.1.1", "3.1");
            case "version", "catalogueversion" -> List.of(1, 2);
            case "list" -> List.of("ethnicity", "disability", "nationality");
            case "officekind", "kind" -> List.of("PRIMARY", "SECONDARY");
            case "catalogueid" -> List.of(catalogueId);
            case "value" -> List.of(79.0, 82.5, 100, 0);
            default -> List.of();
        };
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    private List<String> idsFor(String template) {
        if (template.startsWith("/api/v1/catalogues")) {
            return List.of(catalogueId, draftId);
        }
        if (template.startsWith("/api/v1/registry/census-rounds")) {
            return List.of(String.valueOf(roundId));
        }
        if (template.startsWith("/api/v1/registry/persons")) {
            return citizenIds;
        }
        if (template.startsWith("/api/v1/submissions/results")) {
            return resultIds.values().stream().flatMap(List::stream).toList();
        }
        return List.of();
    }
}
