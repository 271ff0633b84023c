package io.edukpi.e2e.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of docs/api-guide.md as {@link ApiGuideTest} runs them: every {@code ```sh} block, cut into
 * chunks at the whole-line comments that follow code (a chunk's expectation), in the order of the file.
 */
final class GuideExamples {

    private static final Pattern STATUS = Pattern.compile("^(\\d{3})(?:\\s+(.*))?$");
    /** A header as HTTP spells it (ETag, Idempotent-Replayed), not a program's "SUCCEEDED:" or "done:". */
    private static final Pattern HEADER = Pattern
            .compile("^((?=[^:]*[a-z])[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*):\\s*(.*)$");

    /** What the comment lines after a chunk promise; every part may be absent. */
    record Expectation(Integer status, Map<String, String> headers, String json, List<String> lines) {
        boolean isEmpty() {
            return status == null && headers.isEmpty() && json.isBlank() && lines.isEmpty();
        }
    }

    /** Shell code from one line of the guide on, and what the guide says it answers (empty if nothing). */
    record Chunk(int index, int line, String code, Expectation expected) {
        String firstLine() {
            return code.strip().lines().findFirst().orElse("");
        }
    }

    private GuideExamples() {
    }

    static List<Chunk> parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Chunk> chunks = new ArrayList<>();
        int lastShEnd = -2;
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            String language = fence.substring(3).strip();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            List<String> body = lines.subList(i + 1, Math.min(end, lines.size()));
            if (language.equals("sh")) {
                split(body, i + 2, chunks);
                lastShEnd = end;
            } else if (language.equals("json") && blankBetween(lines, lastShEnd, i) && !chunks.isEmpty()) {
                // A JSON block right after an sh block is the answer of its last command.
                Chunk last = chunks.remove(chunks.size() - 1);
                Expectation e = last.expected();
                chunks.add(new Chunk(last.index(), last.line(), last.code(), new Expectation(e.status(), e.headers(),
                        e.json().isBlank() ? String.join("\n", body) : e.json(), e.lines())));
            }
            i = end;
        }
        return chunks;
    }

    private static void split(List<String> block, int firstLine, List<Chunk> chunks) {
        StringBuilder code = new StringBuilder();
        List<String> comments = new ArrayList<>();
        int start = firstLine;
        for (int j = 0; j < block.size(); j++) {
            String line = block.get(j);
            boolean comment = line.startsWith("#");
            if (comment && !code.toString().isBlank()) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (!comments.isEmpty()) {
                chunks.add(new Chunk(chunks.size(), start, code.toString(), expectation(comments)));
                code.setLength(0);
                comments.clear();
                start = firstLine + j;
            }
            code.append(line).append('\n');
        }
        if (!code.toString().isBlank()) {
            chunks.add(new Chunk(chunks.size(), start, code.toString(), expectation(comments)));
        }
    }

    /**
     * {@code 201}, {@code 201 ETag: "1.0" {"id":...}}, header lines {@code Name: value}, JSON from the first
     * {@code {} or {@code [}, and any other line as text the command prints.
     */
    static Expectation expectation(List<String> comments) {
        Integer status = null;
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder json = new StringBuilder();
        List<String> text = new ArrayList<>();
        for (int k = 0; k < comments.size(); k++) {
            String rest = comments.get(k);
            if (k == 0) {
                Matcher m = STATUS.matcher(rest);
                if (m.matches()) {
                    status = Integer.valueOf(m.group(1));
                    rest = m.group(2) == null ? "" : m.group(2);
                }
            }
            if (json.isEmpty()) {
                Matcher h = HEADER.matcher(rest);
                if (h.matches() && !rest.startsWith("{")) {
                    int body = h.group(2).indexOf(" {");
                    headers.put(h.group(1), (body < 0 ? h.group(2) : h.group(2).substring(0, body)).strip());
                    rest = body < 0 ? "" : h.group(2).substring(body).strip();
                }
            }
            if (!json.isEmpty() || rest.startsWith("{") || rest.startsWith("[")) {
                json.append(rest).append('\n');
            } else if (!rest.isBlank()) {
                text.add(rest);
            }
        }
        return new Expectation(status, headers, json.toString(), text);
    }

    private static boolean blankBetween(List<String> lines, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!lines.get(k).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
