package io.edukpi.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.edukpi.e2e.fuzz.FuzzClient.Answer;
import io.edukpi.e2e.fuzz.RequestFactory.Planned;

/** What the run met: requests and statuses per operation, 5xx findings, problem types and codes, soft misses. */
final class FuzzReport {

    /** One request worth showing: what was sent and what came back. */
    record Finding(String operation, String caller, int status, String mutation, String request, String answer) {
        String group() {
            return operation + " -> " + status + " " + cause(answer);
        }
    }

    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Integer> problemTypes = new TreeMap<>();
    private final Map<String, Integer> problemCodes = new TreeMap<>();
    final List<Finding> serverErrors = new ArrayList<>();
    final List<Finding> badProblems = new ArrayList<>();
    final List<Finding> leaks = new ArrayList<>();
    /** 400 and 422 answers without any errors[] entry that says where (field, row or line). */
    final List<Finding> nowhere = new ArrayList<>();
    final List<String> unhealthy = new ArrayList<>();
    private final Map<String, int[]> naming = new TreeMap<>(); // operation -> {checked, unnamed}
    private final List<Finding> unnamedExamples = new ArrayList<>();
    private int notSendable;

    void count(Planned planned, Answer answer) {
        statuses.computeIfAbsent(planned.operation().key(), k -> new TreeMap<>()).merge(answer.status(), 1,
                Integer::sum);
    }

    void notSendable() {
        notSendable++;
    }

    void problem(String type, List<String> codes) {
        problemTypes.merge(type, 1, Integer::sum);
        codes.forEach(c -> problemCodes.merge(c, 1, Integer::sum));
    }

    void naming(String operation, boolean named, Finding example) {
        int[] counts = naming.computeIfAbsent(operation, k -> new int[2]);
        counts[0]++;
        if (!named) {
            counts[1]++;
            if (unnamedExamples.stream().filter(f -> f.operation().equals(operation)).count() < 2) {
                unnamedExamples.add(example);
            }
        }
    }

    static Finding finding(Planned planned, Answer answer) {
        String body = planned.call().bodyText();
        String request = planned.call().method() + " " + planned.call().path() + " " + planned.call().headers()
                + (planned.call().contentType() == null ? "" : " [" + planned.call().contentType() + "]")
                + (body.isEmpty() ? ""
                        : " body " + Mutations.escape(body.length() > 1500
                                ? body.substring(0, 1500) + "...(" + body.length() + ")"
                                : body));
        String shown = answer.failure() != null ? answer.failure() : answer.body();
        return new Finding(planned.operation().key(), planned.call().caller().name(), answer.status(),
                planned.mutation(), request.length() > 1800 ? request.substring(0, 1800) + "..." : request,
                shown.length() > 700 ? shown.substring(0, 700) + "..." : shown);
    }

    /** The answer's title or detail, as a guess of the cause to group by. */
    private static String cause(String answer) {
        var tree = FuzzClient.tree(answer);
        String detail = tree.path("detail").asText(tree.path("title").asText(answer));
        detail = detail.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>");
        return detail.length() > 160 ? detail.substring(0, 160) : detail;
    }

    String render(long seed, int budget, long millis) {
        StringBuilder out = new StringBuilder();
        int total = statuses.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        out.append("=== edukpi API fuzz: seed ").append(seed).append(", budget ").append(budget).append(", sent ")
                .append(total).append(" in ").append(millis / 1000).append(" s (not sendable by the client: ")
                .append(notSendable).append(") ===\n\n-- requests per operation: status=count --\n");
        statuses.forEach((op, s) -> out.append(String.format("%-100s %5d  %s%n", op,
                s.values().stream().mapToInt(Integer::intValue).sum(), s)));
        Map<String, List<Finding>> groups = new TreeMap<>();
        serverErrors.forEach(f -> groups.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f));
        out.append("\n-- 5xx or no answer: ").append(serverErrors.size()).append(" in ").append(groups.size())
                .append(" groups (must be 0) --\n");
        groups.forEach((group, list) -> {
            out.append("* ").append(list.size()).append("x ").append(group).append('\n');
            list.stream().limit(3).forEach(f -> out.append("    ").append(f.caller()).append(" | ").append(f.mutation())
                    .append("\n      > ").append(f.request()).append("\n      < ").append(f.answer().replace('\n', ' '))
                    .append('\n'));
        });
        out.append("\n-- 400/422 without a field, row or line in errors[]: ").append(nowhere.size()).append(" --\n");
        nowhere.stream().limit(20).forEach(f -> out.append("* ").append(f.operation()).append(' ')
                .append(f.status()).append(" | ").append(f.mutation()).append("\n      < ").append(f.answer())
                .append('\n'));
        out.append("\n-- 4xx that are not problem+json with type/title/status: ").append(badProblems.size())
                .append(" --\n");
        badProblems.stream().limit(20).forEach(f -> out.append("* ").append(f.operation()).append(' ')
                .append(f.status()).append(" | ").append(f.mutation()).append("\n      < ").append(f.answer())
                .append('\n'));
        out.append("\n-- answers to an office-5001 caller with office 5034's data: ").append(leaks.size())
                .append(" --\n");
        leaks.forEach(f -> out.append("* ").append(f.caller()).append(' ').append(f.request()).append("\n      < ")
                .append(f.answer()).append('\n'));
        int checked = naming.values().stream().mapToInt(c -> c[0]).sum();
        int unnamed = naming.values().stream().mapToInt(c -> c[1]).sum();
        out.append("\n-- 400/422 to a mutated field or parameter that name it (errors[].field or detail): ")
                .append(checked - unnamed).append(" of ").append(checked).append(" --\n");
        naming.forEach((op, c) -> {
            if (c[1] > 0) {
                out.append(String.format("  %-100s unnamed %d of %d%n", op, c[1], c[0]));
            }
        });
        unnamedExamples.stream().limit(12).forEach(f -> out.append("  e.g. ").append(f.operation()).append(" | ")
                .append(f.mutation()).append("\n      < ").append(f.answer()).append('\n'));
        out.append("\n-- distinct problem types met --\n");
        problemTypes.forEach((t, n) -> out.append(String.format("  %6d  %s%n", n, t)));
        out.append("\n-- distinct problem codes (errors[].code) met --\n");
        problemCodes.forEach((t, n) -> out.append(String.format("  %6d  %s%n", n, t)));
        out.append("\n-- readiness after the run (/services/<name>/q/health/ready, 5 s) --\n");
        out.append(unhealthy.isEmpty() ? "  every service answered 200\n" : "  NOT READY: " + unhealthy + "\n");
        return out.toString();
    }
}
