package io.edukpi.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.fuzz.FuzzClient.Answer;
import io.edukpi.e2e.fuzz.RequestFactory.Planned;

/** What every answer must be: below 500, a 4xx a problem naming what was wrong, nothing of another office. */
final class AnswerChecks {

    /**
     * Answers that list every office by design (rankings, the catalogues, the offices submission-service
     * knows) or hold no office's data (reference codes are one national list; a caller may write any code).
     */
    private static final Set<String> ALL_OFFICES_BY_DESIGN = Set.of(
            "GET /api/v1/scores/rankings/{fiscalYear}/{round}", "GET /api/v1/submissions/area-offices",
            "GET /api/v1/submissions/catalogues", "POST /api/v1/scoring/evaluate",
            "GET /api/v1/registry/reference-codes/{list}", "GET /api/v1/registry/area-offices");
    /** How office 5034's data shows: its code as a value, its schools' codes, its students' citizen IDs. */
    private static final List<String> OFFICE_B_MARKERS = List.of("\"" + FuzzData.OFFICE_B + "\"", "105034",
            "150340000");

    private AnswerChecks() {
    }

    static void check(Planned planned, Answer answer, FuzzReport report) {
        report.count(planned, answer);
        if (answer.status() == -1) {
            report.notSendable();
            return;
        }
        if (answer.status() == 0 || answer.status() >= 500) {
            report.serverErrors.add(FuzzReport.finding(planned, answer));
            return;
        }
        if (answer.status() >= 400) {
            problem(planned, answer, report);
        } else if (answer.status() < 300) {
            leak(planned, answer, report);
        }
    }

    private static void problem(Planned planned, Answer answer, FuzzReport report) {
        JsonNode problem = FuzzClient.tree(answer.body());
        if (!answer.contentType().startsWith("application/problem+json") || !problem.path("type").isTextual()
                || !problem.path("title").isTextual() || problem.path("status").asInt() != answer.status()) {
            report.badProblems.add(FuzzReport.finding(planned, answer));
            return;
        }
        List<String> codes = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            if (e.hasNonNull("code")) {
                codes.add(e.path("code").asText());
            }
        });
        report.problem(problem.path("type").asText(), codes);
        if (answer.status() == 400 || answer.status() == 422) {
            if (!saysWhere(problem)) {
                report.nowhere.add(FuzzReport.finding(planned, answer));
            }
            if (planned.target() != null) {
                report.naming(planned.operation().key(), names(problem, planned), FuzzReport.finding(planned, answer));
            }
        }
    }

    /**
     * A 400 or 422 says where: a field (or parameter, header, "path"; "" is the JSON Pointer of the whole
     * body), a row or a line of what was sent.
     */
    private static boolean saysWhere(JsonNode problem) {
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").isTextual() || e.hasNonNull("row") || e.hasNonNull("line")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer names what the mutation hit: the field or parameter, "path" for a path parameter
     * (the service refuses the path before it is split into parameters), or the line and column of
     * JSON that does not parse.
     */
    private static boolean names(JsonNode problem, Planned planned) {
        String target = planned.target().toLowerCase(Locale.ROOT);
        boolean inPath = planned.mutation().startsWith("path ");
        if (problem.path("detail").asText().toLowerCase(Locale.ROOT).contains(target)) {
            return true;
        }
        for (JsonNode e : problem.path("errors")) {
            String field = e.path("field").asText().toLowerCase(Locale.ROOT);
            if (field.contains(target) || (inPath && field.equals("path"))
                    || (e.path("code").asText().equals("malformed-json") && e.hasNonNull("line"))) {
                return true;
            }
        }
        return false;
    }

    /** An office-5001 caller's 2xx holding office 5034's data its request did not itself carry. */
    private static void leak(Planned planned, Answer answer, FuzzReport report) {
        String key = planned.operation().key();
        if (!FuzzData.OFFICE_A.equals(planned.call().caller().office()) || ALL_OFFICES_BY_DESIGN.contains(key)
                || key.contains("/api/v1/catalogues")) {
            return;
        }
        String request = planned.call().path() + planned.call().bodyText();
        for (String marker : OFFICE_B_MARKERS) {
            String bare = marker.replace("\"", "");
            int at = answer.body().indexOf(marker);
            if (at >= 0 && !request.contains(bare)) {
                // The report shows where the marker stands: the body is often longer than it prints.
                String around = answer.body().substring(Math.max(0, at - 300),
                        Math.min(answer.body().length(), at + 300));
                report.leaks.add(FuzzReport.finding(planned, new Answer(answer.status(), answer.contentType(),
                        "..." + around + "...", answer.millis(), null)));
                return;
            }
        }
    }
}
