package io.edukpi.recalc;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Starts a recalculation job on scoring-service with a client-credentials token, follows its
 * progress and turns its outcome into an exit code a CI pipeline understands.
 */
public final class RecalcCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int PUBLISHED_SCORE_CHANGED = 3;

    private final Options options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RecalcCli(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            if (e.getMessage() != null) {
                err.println("recalc-cli: " + e.getMessage());
            }
            err.println(Options.USAGE);
            return e.getMessage() == null ? OK : USAGE;
        }
        try {
            return new RecalcCli(options, out).execute();
        } catch (CliFailure e) {
            err.println("recalc-cli: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("recalc-cli: cannot reach " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("recalc-cli: interrupted");
            return FAILED;
        }
    }

    int execute() throws IOException, InterruptedException {
        String token = token();
        Map<String, Object> job = start(token);
        String id = String.valueOf(job.get("id"));
        out.printf("job %s started (%s)%n", id, options.dryRun() ? "dry run" : "applying changes");
        Instant deadline = Instant.now().plus(options.timeout());
        String lastProgress = "";
        while (!isFinished(job)) {
            if (Instant.now().isAfter(deadline)) {
                throw new CliFailure("job " + id + " did not finish within " + options.timeout());
            }
            Thread.sleep(options.pollInterval().toMillis());
            job = get(token, "/api/v1/scoring/recalculations/" + id);
            String progress = progressLine(job);
            if (!progress.equals(lastProgress)) {
                out.println(progress);
                lastProgress = progress;
            }
        }
        out.println(summaryLine(job));
        if (options.changesCsv() != null && "SUCCEEDED".equals(job.get("status"))) {
            Files.writeString(Path.of(options.changesCsv()),
                    send(token, HttpRequest.newBuilder(api("/api/v1/scoring/recalculations/" + id + "/changes"))
                            .header("Accept", "text/csv").GET()).body());
            out.println("changes written to " + options.changesCsv());
        }
        int code = exitCode(job, options.failOnChange());
        if (code == PUBLISHED_SCORE_CHANGED) {
            // A CI log should say why the step failed, not only exit 3.
            out.println("failing (--fail-on-change): " + number(summary(job).get("publishedScoresChanged"))
                    + " published scores would change");
        }
        return code;
    }

    /** The exit code a finished job deserves. */
    static int exitCode(Map<String, Object> job, boolean failOnChange) {
        if (!"SUCCEEDED".equals(job.get("status"))) {
            return FAILED;
        }
        if (failOnChange && number(summary(job).get("publishedScoresChanged")) > 0) {
            return PUBLISHED_SCORE_CHANGED;
        }
        return OK;
    }

    static boolean isFinished(Map<String, Object> job) {
        Object status = job.get("status");
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }

    static String progressLine(Map<String, Object> job) {
        Map<String, Object> progress = object(job.get("progress"));
        return String.format("%s: %d of %d offices", job.get("status"),
                number(progress.get("officesDone")), number(progress.get("officesTotal")));
    }

    static String summaryLine(Map<String, Object> job) {
        if ("FAILED".equals(job.get("status"))) {
            return "job failed: " + job.get("error");
        }
        Map<String, Object> summary = summary(job);
        return String.format("done: %d offices evaluated, %d scores changed, %d of them published",
                number(summary.get("officesEvaluated")), number(summary.get("scoresChanged")),
                number(summary.get("publishedScoresChanged")));
    }

    private String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(options.clientId())
                + "&client_secret=" + encode(options.clientSecret());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(options.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new CliFailure("token request answered " + response.statusCode() + ": " + response.body());
        }
        Object token = Json.parseObject(response.body()).get("access_token");
        if (token == null) {
            throw new CliFailure("token response has no access_token");
        }
        return token.toString();
    }

    private Map<String, Object> start(String token) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", options.fiscalYear());
        body.put("level", options.level());
        body.put("round", options.round());
        body.put("catalogueVersion", options.catalogueVersion());
        body.put("officeCodes", options.officeCodes().isEmpty() ? null : options.officeCodes());
        body.put("dryRun", options.dryRun());
        HttpResponse<String> response = send(token, HttpRequest.newBuilder(api("/api/v1/scoring/recalculations"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
        return Json.parseObject(response.body());
    }

    private Map<String, Object> get(String token, String path) throws IOException, InterruptedException {
        return Json.parseObject(send(token, HttpRequest.newBuilder(api(path)).GET()).body());
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        if (request.build().headers().firstValue("Accept").isEmpty()) {
            request.header("Accept", "application/json");
        }
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new CliFailure(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private URI api(String path) {
        String base = options.serviceUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private static Map<String, Object> summary(Map<String, Object> job) {
        return object(job.get("summary"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static long number(Object value) {
        return value instanceof BigDecimal number ? number.longValue() : 0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A failure the CLI reports in one line and exits 1 for. */
    static final class CliFailure extends RuntimeException {
        CliFailure(String message) {
            super(message);
        }
    }
}
