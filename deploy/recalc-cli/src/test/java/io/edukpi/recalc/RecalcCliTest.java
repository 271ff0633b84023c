package io.edukpi.recalc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecalcCliTest {

    private static final String[] REQUIRED = { "--token-url", "http://127.0.0.1:1/realms/edukpi/token",
            "--client-secret", "s3cret", "--fiscal-year", "2011", "--round", "12" };

    @Test
    void readsEveryOption() {
        Options options = Options.parse(concat(REQUIRED, "--offices", "1001, 2002,", "--dry-run",
                "--fail-on-change", "--catalogue-version", "3", "--url", "http://127.0.0.1:8084/"));
        assertEquals(2011, options.fiscalYear());
        assertEquals(12, options.round());
        assertEquals(List.of("1001", "2002"), options.officeCodes());
        assertTrue(options.dryRun());
        assertTrue(options.failOnChange());
        assertEquals(3, options.catalogueVersion());
        assertEquals("batch-client", options.clientId());
    }

    @Test
    void refusesABuddhistEraYearNamingTheCommonEraOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RecalcCli.run(concat(REQUIRED, "--fiscal-year", "2554"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(RecalcCli.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "--fiscal-year: 2554 is a Buddhist-era (B.E.) year; this API takes C.E. years: send 2011."), err.toString());
    }

    @Test
    void rejectsRoundThatIsNotANumberWithUsageExitCode() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RecalcCli.run(concat(REQUIRED, "--round", "twelve"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(RecalcCli.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--round needs a whole number, got 'twelve'"));
    }

    @Test
    void refusesMissingTokenUrl() {
        assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] { "--client-secret", "x", "--fiscal-year", "2011", "--round", "6" }));
    }

    @Test
    void unreachableTokenEndpointExitsWithFailure() {
        int code = RecalcCli.run(REQUIRED, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(RecalcCli.FAILED, code);
    }

    @Test
    void dryRunThatWouldChangeAPublishedScoreFailsOnlyWithFailOnChange() {
        Map<String, Object> job = Json.parseObject("""
                {"id":"j1","status":"SUCCEEDED","summary":{"officesEvaluated":245,"scoresChanged":4,
                 "publishedScoresChanged":2}}""");
        assertEquals(RecalcCli.PUBLISHED_SCORE_CHANGED, RecalcCli.exitCode(job, true));
        assertEquals(RecalcCli.OK, RecalcCli.exitCode(job, false));
    }

    @Test
    void failedJobExitsWithFailureAndSaysWhy() {
        Map<String, Object> job = Json.parseObject("{\"id\":\"j2\",\"status\":\"FAILED\",\"error\":\"no catalogue\"}");
        assertEquals(RecalcCli.FAILED, RecalcCli.exitCode(job, false));
        assertEquals("job failed: no catalogue", RecalcCli.summaryLine(job));
    }

    @Test
    void jsonKeepsThaiTextAndExactNumbers() {
        Map<String, Object> parsed = Json.parseObject(
                "{\"label\":\"ระดับ\\n5\",\"score\":4.46074,\"list\":[1,true,null],\"e\":{}}");
        assertEquals("ระดับ\n5", parsed.get("label"));
        assertEquals(new BigDecimal("4.46074"), parsed.get("score"));
        assertEquals(Arrays.asList(new BigDecimal("1"), true, null), parsed.get("list"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", "x\"y");
        body.put("b", List.of(1, "c"));
        body.put("n", null);
        assertEquals("{\"a\":\"x\\\"y\",\"b\":[1,\"c\"],\"n\":null}", Json.write(body));
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
