package io.edukpi.e2e.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.PlatformSettings;
import io.edukpi.e2e.TestPlatform;
import io.edukpi.e2e.fuzz.ApiDocument.Operation;
import io.edukpi.e2e.fuzz.FuzzClient.Answer;
import io.edukpi.e2e.fuzz.FuzzClient.Caller;
import io.edukpi.e2e.fuzz.RequestFactory.Planned;

/**
 * Issue 18, item 1: every operation of the merged OpenAPI document, with each role's real token,
 * sent valid and mutated requests made from its schemas, reproducible from a seed. Every answer must
 * be below 500, a 4xx a problem+json (type, title, status), a 400/422 saying where (a field, row or
 * line in errors[]), an office-5001 caller's answer free of office 5034's data, and every service ready
 * afterwards. How often a 400/422 names the very field the mutation hit is reported, not asserted: a
 * mutated request often has another error the service finds first.
 *
 * <p>
 * Generation is driven by one {@link SplittableRandom} of the seed rather than jqwik properties: the
 * run shares one live, stateful platform, so jqwik's shrinking would replay samples against changed
 * data (not reproducible), a property stops at its first failure where the report wants all of them,
 * and the budget is one number across the 80 operations rather than tries per property.
 *
 * <p>
 * Runs in every {@code verify} with {@code -Dedukpi.fuzz.seed} (default {@value #DEFAULT_SEED}) and
 * {@code -Dedukpi.fuzz.requests} (default {@value #DEFAULT_REQUESTS}, a few minutes); the profile
 * {@code -Pfuzz} is the long, benchmark-style run (200,000). The report is printed and written to
 * target/fuzz-report.txt.
 */
class ApiFuzzTest {

    static final long DEFAULT_SEED = 20110610L;
    static final int DEFAULT_REQUESTS = 20_000;

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("fuzz");
    }

    @AfterAll
    static void stop() throws IOException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyOperationAnswersHostileRequestsWithoutA5xxAndWithoutAnotherOfficesData() throws IOException {
        long seed = Long.getLong("edukpi.fuzz.seed", DEFAULT_SEED);
        int budget = Integer.getInteger("edukpi.fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("edukpi fuzz: seed " + seed + " (-Dedukpi.fuzz.seed), " + budget
                + " requests (-Dedukpi.fuzz.requests)");
        PlatformSettings settings = platform.settings();
        FuzzClient api = new FuzzClient(settings.gateway().url(), platform.tokenUrl());
        ApiDocument document = new ApiDocument(TestPlatform.projectRoot().resolve("docs/openapi.json"));
        FuzzData fuzzData = new FuzzData();
        fuzzData.setUp(api);
        RequestFactory factory = new RequestFactory(document, fuzzData);
        FuzzReport report = new FuzzReport();

        SplittableRandom random = new SplittableRandom(seed);
        List<Operation> order = new ArrayList<>(document.operations());
        long start = System.nanoTime();
        for (int sent = 0; sent < budget; sent++) {
            if (sent % order.size() == 0) {
                // Each round sends every operation once, in an order of the seed.
                Collections.shuffle(order, new Random(random.nextLong()));
            }
            Operation op = order.get(sent % order.size());
            SplittableRandom one = random.split();
            Planned planned = factory.plan(op, caller(op, one), one);
            Answer answer = api.send(planned.call());
            AnswerChecks.check(planned, answer, report);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (PlatformSettings.Service service : settings.services()) {
            Answer ready = api.getPlain("/services/" + service.name() + "/q/health/ready", Duration.ofSeconds(5));
            if (ready.status() != 200) {
                report.unhealthy.add(service.name() + " " + ready.status() + " " + ready.body() + ready.failure());
            }
        }
        String text = report.render(seed, budget, millis);
        System.out.println(text);
        Files.writeString(Path.of("target", "fuzz-report.txt"), text);

        assertTrue(report.serverErrors.isEmpty(), report.serverErrors.size() + " answers were 5xx or none; "
                + "see the report above / target/fuzz-report.txt (seed " + seed + ")");
        assertTrue(report.badProblems.isEmpty(), report.badProblems.size() + " 4xx were not problem+json");
        assertTrue(report.nowhere.isEmpty(), report.nowhere.size() + " 400/422 did not say where (field, row, line)");
        assertTrue(report.leaks.isEmpty(), report.leaks.size() + " answers to office 5001 held office 5034's data");
        assertTrue(report.unhealthy.isEmpty(), "not ready after the run: " + report.unhealthy);
    }

    /** Mostly a caller the operation admits (the requests get past the role check), sometimes any caller. */
    private static Caller caller(Operation op, SplittableRandom random) {
        List<Caller> admitted = FuzzClient.CALLERS.stream().filter(c -> op.admits(c.roles())).toList();
        List<Caller> pool = admitted.isEmpty() || random.nextInt(10) == 0 ? FuzzClient.CALLERS : admitted;
        return pool.get(random.nextInt(pool.size()));
    }
}
