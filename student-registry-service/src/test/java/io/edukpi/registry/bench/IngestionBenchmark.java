package io.edukpi.registry.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.KafkaServer;
import io.edukpi.devstack.PostgresServer;
import io.edukpi.devstack.TestTokens;

/**
 * Bulk ingestion against raw COPY, in one run, on the same PostgreSQL server:
 * <ol>
 * <li>generates a student CSV (default 1,000,000 rows, 1 % bad) and, beside it, the same file's
 * good rows alone;</li>
 * <li>(a) raw {@code COPY} of those good rows into a table keyed like {@code student} (primary key on
 * the citizen ID), through the JDBC driver's CopyManager;</li>
 * <li>(b) {@code COPY} of the same rows, in their stored form, into the registry's own {@code student}
 * and {@code enrolment} tables with all their indexes ({@link FinalTablesCopy});</li>
 * <li>(c) the whole file through the service's HTTP API with validation on: upload, job, staging
 * COPY, set-based checks and merge, until the job has ended; the service is the packaged
 * {@code target/quarkus-app/quarkus-run.jar} in a child JVM at {@code -Xmx512m};</li>
 * <li>repeats (a) to (c) {@code runs} times (default 3; the API loads into a new round each time) and
 * prints each run, the medians and both ratios, API / (a) (the target is at least 0.5) and API / (b).</li>
 * </ol>
 * Not part of {@code verify} (its name is none of the test patterns); see docs/registry-service.md for the command.
 */
class IngestionBenchmark {

    private static final List<String> SCHOOLS = List.of("1050130001", "1050130002", "1050130003");
    private static final long WARM_UP_ROWS = 100_000;

    /**
     * Run by the bench profile (docs/registry-service.md), which passes bench.rows, bench.badPercent, bench.runs, bench.jar.
     */
    @Test
    void ingestion() throws Exception {
        long rows = Long.getLong("bench.rows", 1_000_000);
        double badPercent = Double.parseDouble(System.getProperty("bench.badPercent", "1"));
        int runs = Integer.getInteger("bench.runs", 3);
        Path jar = Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmark as docs/registry-service.md says "
                    + "(its command packages the service first)");
        }
        Path work = Files.createTempDirectory("registry-bench-");
        Path file = work.resolve("students.csv");
        Path good = work.resolve("students-good.csv");
        long t0 = System.nanoTime();
        StudentFileGenerator.Result generated = StudentFileGenerator.generate(file, good, rows, SCHOOLS, badPercent / 100, 42,
                StandardCharsets.UTF_8);
        long goodRows = rows - generated.badRows().size();
        // Other people, for a warm-up job in another census round: the timed job then meets a service whose
        // code is compiled, as in production, and a registry that is not empty.
        Path warmUp = work.resolve("warm-up.csv");
        StudentFileGenerator.generate(warmUp, WARM_UP_ROWS, SCHOOLS, badPercent / 100, 7, StandardCharsets.UTF_8);
        FinalTablesCopy finalTables = FinalTablesCopy.prepare(good, work);
        System.out.printf(Locale.ROOT, "generated %,d rows (%,d bad), %.1f MB, in %.1f s%n", rows, generated.badRows().size(),
                Files.size(file) / 1e6, seconds(System.nanoTime() - t0));

        try (PostgresServer postgres = PostgresServer.start(work.resolve("pg"), 0);
                KafkaServer kafka = KafkaServer.start(work.resolve("kafka"), 0, 0, 1)) {
            postgres.ensureDatabase("registry");
            postgres.ensureDatabase("bench");
            createCopyTable(postgres);
            finalTables.createTables(postgres);
            Service service = startService(jar, postgres, kafka, work);
            try {
                awaitReady(service);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String base = "http://127.0.0.1:" + service.port() + "/api/v1/registry";
                warmUp(http, base, warmUp);
                double[] copyRates = new double[runs];
                double[] finalRates = new double[runs];
                double[] apiRates = new double[runs];
                for (int run = 0; run < runs; run++) {
                    System.out.printf(Locale.ROOT, "%nrun %d of %d%n", run + 1, runs);
                    copyRates[run] = rawCopy(postgres, good, goodRows);
                    finalRates[run] = finalTables.time(postgres, () -> checkpoint(postgres));
                    String round = send(http, "POST", base + "/census-rounds", TestTokens.obecAdmin(),
                            "{\"academicYear\":" + (2024 + run / 2) + ",\"roundNo\":" + (1 + run % 2) + "}");
                    checkpoint(postgres);
                    apiRates[run] = timedJob(http, base, Long.parseLong(field(round, "id")), file, rows);
                    System.out.printf(Locale.ROOT, "ratios of run %d: API / raw COPY %.2f, API / COPY into student + "
                            + "enrolment %.2f%n", run + 1, apiRates[run] / copyRates[run], apiRates[run] / finalRates[run]);
                }
                double copyRate = median(copyRates);
                double finalRate = median(finalRates);
                double apiRate = median(apiRates);
                System.out.println();
                System.out.printf(Locale.ROOT, "medians of %d runs, %,d rows (%,d good):%n", runs, rows, goodRows);
                System.out.printf(Locale.ROOT, "raw COPY, one keyed table          : %,10.0f rows/s%n", copyRate);
                System.out.printf(Locale.ROOT, "COPY into student + enrolment      : %,10.0f rows/s%n", finalRate);
                System.out.printf(Locale.ROOT, "API, validated (staging path)      : %,10.0f rows/s (service at -Xmx512m)%n",
                        apiRate);
                System.out.printf(Locale.ROOT, "ratio API / raw COPY               : %10.2f (target >= 0.50)%n",
                        apiRate / copyRate);
                System.out.printf(Locale.ROOT, "ratio API / COPY into final tables : %10.2f%n", apiRate / finalRate);
            } finally {
                service.process().destroy();
                service.process().waitFor();
            }
        } finally {
            // Each run writes a few GB (CSVs, COPY files, the database, uploads); only the service log is kept.
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder())
                        .filter(p -> !p.equals(work) && !p.getFileName().toString().equals("service.log"))
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void createCopyTable(PostgresServer postgres) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("bench"), PostgresServer.USER,
                PostgresServer.PASSWORD);
                Statement st = c.createStatement()) {
            st.execute("""
                    create table student_copy (school_code text, person_id varchar(13) primary key, prefix text,
                        first_name text, last_name text, birth_date text, class_level text, student_number text,
                        weight_kg text, height_cm text, house_code text, ethnicity text, nationality text, religion text,
                        disability text, travel_mode text, distance_km text, subdistrict_code text, father_name text,
                        mother_name text, father_id text, mother_id text)
                    """);
        }
    }

    /** COPY of the good rows into a table with the student table's key, timed from the first byte to commit. */
    private static double rawCopy(PostgresServer postgres, Path good, long goodRows) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("bench"), PostgresServer.USER,
                PostgresServer.PASSWORD)) {
            try (Statement st = c.createStatement()) {
                st.execute("truncate student_copy");
            }
            checkpoint(postgres);
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(good, StandardCharsets.UTF_8)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy student_copy from stdin (format csv, header true)", reader, 1 << 16);
            }
            c.commit();
            long elapsed = System.nanoTime() - start;
            if (copied != goodRows) {
                throw new IllegalStateException("COPY took " + copied + " rows, expected " + goodRows);
            }
            double rate = copied / seconds(elapsed);
            System.out.printf(Locale.ROOT, "raw COPY: %,d rows in %.2f s%n", copied, seconds(elapsed));
            return rate;
        }
    }

    /**
     * Both timed loads start right after a checkpoint, so neither pays for the WAL the other (or the
     * warm-up) left behind: the first change of each page after a checkpoint is logged in full.
     */
    private static void checkpoint(PostgresServer postgres) {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("bench"), PostgresServer.USER,
                PostgresServer.PASSWORD);
                Statement st = c.createStatement()) {
            st.execute("checkpoint");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Service(Process process, int port) {
    }

    private static Service startService(Path jar, PostgresServer postgres, KafkaServer kafka, Path work) throws IOException {
        int port = FreePorts.any();
        Path log = work.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl("registry"),
                "-Dquarkus.datasource.username=" + PostgresServer.USER,
                "-Dquarkus.datasource.password=" + PostgresServer.PASSWORD,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                // Tokens signed by TestTokens, checked with its public key alone, as in the tests: no Keycloak.
                "-Dquarkus.oidc.public-key=" + TestTokens.publicKey(),
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.http.access-log.enabled=false",
                "-Dedukpi.registry.ingestion.directory=" + work.resolve("ingestion"),
                "-Dquarkus.http.body.uploads-directory=" + work.resolve("uploads"),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        System.out.println("service log: " + log);
        return new Service(process, port);
    }

    private static void awaitReady(Service service) throws Exception {
        int port = service.port();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.process().isAlive()) {
                throw new IllegalStateException("the service stopped; see its log");
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service was not ready in 120 s");
    }

    /** The offices and schools, then a warm-up job in a round of its own. */
    private static void warmUp(HttpClient http, String base, Path warmUp) throws Exception {
        String admin = TestTokens.obecAdmin();
        send(http, "PUT", base + "/area-offices/5001", admin,
                "{\"code\":\"5001\",\"nameTh\":\"สพป.นครปฐม เขต 2\",\"kind\":\"PRIMARY\"}");
        for (String school : SCHOOLS) {
            send(http, "PUT", base + "/schools/" + school, admin,
                    "{\"code\":\"" + school + "\",\"nameTh\":\"โรงเรียน " + school + "\",\"officeCode\":\"5001\"}");
        }
        String warmUpRound = send(http, "POST", base + "/census-rounds", admin, "{\"academicYear\":2023,\"roundNo\":2}");
        Job warm = ingest(http, base, Long.parseLong(field(warmUpRound, "id")), warmUp);
        System.out.printf(Locale.ROOT, "warm-up: %,d rows in %.2f s%n", WARM_UP_ROWS, seconds(warm.elapsed()));
    }

    /** Upload to end of job, through HTTP as an MIS would do it; answers rows per second. */
    private static double timedJob(HttpClient http, String base, long roundId, Path file, long rows) throws Exception {
        Job timed = ingest(http, base, roundId, file);
        System.out.printf(Locale.ROOT, "API: %,d rows in %.2f s (upload %.2f s, job %.2f s): %s%n", rows,
                seconds(timed.elapsed()),
                seconds(timed.upload()), seconds(timed.elapsed() - timed.upload()), timed.json());
        return rows / seconds(timed.elapsed());
    }

    private record Job(long elapsed, long upload, String json) {
    }

    /** One file through the API, from the first byte of the upload to the end of its job. */
    private static Job ingest(HttpClient http, String base, long roundId, Path file) throws Exception {
        // The file as the request body, as a program sending a large file does (the form upload costs the
        // service a multipart decoder on top).
        HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "/census-rounds/" + roundId
                + "/student-files?fileName=" + file.getFileName()))
                .header("Authorization", "Bearer " + TestTokens.obecAdmin())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .timeout(Duration.ofMinutes(10))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(upload, HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        long uploaded = System.nanoTime();
        String id = field(accepted.body(), "id");
        String job;
        while (true) {
            job = send(http, "GET", base + "/ingestion-jobs/" + id, TestTokens.obecAdmin(), null);
            String status = field(job, "status");
            if (!"QUEUED".equals(status) && !"RUNNING".equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        long elapsed = System.nanoTime() - start;
        if (!"SUCCEEDED".equals(field(job, "status"))) {
            throw new IllegalStateException("job ended " + job);
        }
        return new Job(elapsed, uploaded - start, job);
    }

    private static String send(HttpClient http, String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
