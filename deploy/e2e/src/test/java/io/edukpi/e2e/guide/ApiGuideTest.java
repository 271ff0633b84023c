package io.edukpi.e2e.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.e2e.TestPlatform;
import io.edukpi.e2e.contract.ContractCheck;
import io.edukpi.e2e.guide.GuideExamples.Chunk;
import io.edukpi.e2e.guide.GuideExamples.Expectation;
import io.edukpi.e2e.guide.RecordingProxy.Recorded;

/**
 * docs/api-guide.md run as written, top to bottom, with bash, curl and jq against a fresh platform, so the
 * guide cannot drift from the API. The convention the guide follows (also in CONTRIBUTING.md):
 * <ul>
 * <li>Every {@code ```sh} block runs, in the order of the file, in one bash session (variables and functions
 * carry over), in a scratch folder holding the files of {@code docs/api-guide/} and links to the checkout's
 * {@code deploy/} and {@code docs/}. The local stack's addresses {@code http://127.0.0.1:8080} (gateway) and
 * {@code http://127.0.0.1:8180} (Keycloak) are replaced by the test platform's.</li>
 * <li>Whole-line comments right after a command are what it answers, checked against the last call it
 * made through the gateway: a first line starting with a status ({@code # 201}, {@code # 304}),
 * {@code Name: value} header lines ({@code # ETag: "1.1"}), JSON from the first {@code {} or {@code [}
 * (every {@code "field": value} pair with a plain value must be in the answer; trim with {@code ...}, a
 * value holding {@code ...} is not compared), and other lines as text the command prints. A {@code ```json}
 * block right after a {@code ```sh} block is the JSON its last command answers. A command followed by no
 * comment is run, not checked; a comment at the end of a command's line is only a comment.</li>
 * <li>Every exchange is also checked against docs/openapi.json.</li>
 * </ul>
 */
class ApiGuideTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAIR = Pattern
            .compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)");

    @RegisterExtension
    static final ContractCheck CONTRACT = ContractCheck.ofProject();

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("api-guide");
    }

    @AfterAll
    static void stop() throws IOException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyExampleOfTheGuideAnswersAsDocumented() throws Exception {
        for (String tool : List.of("bash", "curl", "jq")) {
            assertEquals(0, run(List.of("bash", "-c", "command -v " + tool), Path.of("."), 10),
                    tool + " is needed to run docs/api-guide.md (.ci/run installs jq with apt-get)");
        }
        Path root = TestPlatform.projectRoot();
        List<Chunk> chunks = GuideExamples.parse(Files.readString(root.resolve("docs/api-guide.md")));
        assertTrue(chunks.stream().anyMatch(c -> !c.expected().isEmpty()), "the guide documents no answer");
        Path work = scratch(root);
        List<Recorded> recorded;
        try (RecordingProxy proxy = new RecordingProxy(platform.settings().gateway().url())) {
            Files.writeString(work.resolve("guide.sh"), script(chunks, proxy.url()));
            run(List.of("bash", "guide.sh"), work, 900);
            recorded = proxy.recorded();
        }
        recorded.forEach(r -> CONTRACT.record(r.exchange()));
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Chunk chunk : chunks) {
            List<Recorded> calls = recorded.stream().filter(r -> r.step() == chunk.index()).toList();
            String stdout = read(work.resolve("out/" + chunk.index() + ".out"));
            List<String> wrong = compare(chunk.expected(), calls.isEmpty() ? null : calls.get(calls.size() - 1), stdout);
            String where = "api-guide.md:" + chunk.line() + " " + chunk.firstLine();
            report.append(chunk.expected().isEmpty() ? "RUN  " : wrong.isEmpty() ? "OK   " : "FAIL ").append(where)
                    .append(wrong.isEmpty() ? "" : "\n       " + String.join("\n       ", wrong)).append('\n');
            if (!wrong.isEmpty()) {
                failures.add(where + "\n    " + String.join("\n    ", wrong));
            }
        }
        Files.writeString(Files.createDirectories(Path.of("target", "api-guide")).resolve("report.txt"), report);
        assertTrue(failures.isEmpty(), failures.size() + " examples of docs/api-guide.md do not answer as documented "
                + "(target/api-guide/report.txt has every example):\n" + String.join("\n", failures));
    }

    /**
     * Each chunk in braces, its output kept by index; $? passes from one chunk to the next (set again after
     * the assignment of GUIDE_STEP, which resets it).
     */
    private static String script(List<Chunk> chunks, String gateway) {
        StringBuilder s = new StringBuilder("mkdir -p out\n__rc=0\n")
                .append("curl() { command curl --max-time 60 -H \"" + RecordingProxy.STEP + ": $GUIDE_STEP\" \"$@\"; }\n");
        String keycloak = "http://127.0.0.1:" + platform.settings().keycloakPort();
        for (Chunk chunk : chunks) {
            String code = chunk.code().replace("http://127.0.0.1:8080", gateway).replace("http://127.0.0.1:8180", keycloak);
            s.append("GUIDE_STEP=").append(chunk.index()).append("\n(exit $__rc)\n{\n").append(code).append("\n} > out/")
                    .append(chunk.index()).append(".out 2> out/").append(chunk.index()).append(".err\n")
                    .append("__rc=$?; echo $__rc > out/").append(chunk.index()).append(".rc\n");
        }
        return s.toString();
    }

    private static List<String> compare(Expectation expected, Recorded last, String stdout) {
        List<String> wrong = new ArrayList<>();
        if (expected.isEmpty()) {
            return wrong;
        }
        boolean needsCall = expected.status() != null || !expected.headers().isEmpty() || !expected.json().isBlank();
        if (needsCall && last == null) {
            wrong.add("no call reached the gateway; the command printed: " + clip(stdout));
            return wrong;
        }
        if (expected.status() != null && expected.status() != last.exchange().status()) {
            // The answer is another one altogether: its body says why, the documented fields would only repeat it.
            wrong.add("status " + last.exchange().status() + ", documented " + expected.status() + ": "
                    + clip(last.exchange().responseBody()));
            return wrong;
        }
        for (Map.Entry<String, String> header : expected.headers().entrySet()) {
            String actual = last.headers().firstValue(header.getKey()).orElse(null);
            if (actual == null || (!header.getValue().contains("...") && !header.getValue().equals(actual))) {
                wrong.add("header " + header.getKey() + ": " + actual + ", documented " + header.getValue());
            }
        }
        if (!expected.json().isBlank()) {
            JsonNode body = parse(last.exchange().responseBody());
            List<String> missing = new ArrayList<>();
            Matcher pair = PAIR.matcher(expected.json());
            while (pair.find()) {
                if (!pair.group(2).contains("...") && !holds(body, pair.group(1), parse(pair.group(2)))) {
                    missing.add("\"" + pair.group(1) + "\": " + pair.group(2));
                }
            }
            if (!missing.isEmpty()) {
                wrong.add("the answer lacks " + String.join(", ", missing) + ": " + clip(last.exchange().responseBody()));
            }
        }
        for (String line : expected.lines()) {
            if (!line.contains("...") && !stdout.contains(line)) {
                wrong.add("printed no line " + line + ": " + clip(stdout));
            }
        }
        return wrong;
    }

    /** Somewhere in {@code node} a field {@code name} has {@code value} (numbers compared as numbers). */
    private static boolean holds(JsonNode node, String name, JsonNode value) {
        if (node == null) {
            return false;
        }
        JsonNode field = node.get(name);
        if (field != null && (field.equals(value) || (field.isNumber() && value.isNumber()
                && new BigDecimal(field.asText()).compareTo(new BigDecimal(value.asText())) == 0))) {
            return true;
        }
        for (JsonNode child : node) {
            if (holds(child, name, value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path scratch(Path root) throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "api-guide")), "run-");
        Path files = root.resolve("docs/api-guide");
        if (Files.isDirectory(files)) {
            try (Stream<Path> list = Files.list(files)) {
                for (Path file : list.toList()) {
                    Files.copy(file, work.resolve(file.getFileName()));
                }
            }
        }
        Files.createSymbolicLink(work.resolve("deploy"), root.resolve("deploy"));
        Files.createSymbolicLink(work.resolve("docs"), root.resolve("docs"));
        return work;
    }

    private static int run(List<String> command, Path directory, int seconds) throws Exception {
        // No standard input: a command that reads it ends at once instead of hanging.
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static String clip(String text) {
        String flat = text == null ? "" : text.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
