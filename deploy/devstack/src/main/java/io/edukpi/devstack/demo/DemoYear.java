package io.edukpi.devstack.demo;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import io.edukpi.devstack.PlatformSettings;

/**
 * Fills a running platform with the demo year through its own APIs, each fact through its owner, in
 * stages: the catalogue awaited ({@link PlatformWaits}), offices, schools, students, population and
 * certification in student-registry-service ({@link RegistrySeeding}), two officers per office and the
 * form schools' officers in Keycloak ({@link OfficerAccounts}), then every office's results keyed,
 * submitted, certified and accepted (or returned) in submission-service ({@link ResultsWorkflow}), which
 * scoring-service scores from the accepted events (awaited too).
 *
 * <p>
 * Running it again on the same data adds nothing that exists: every write is an upsert, a create
 * that answers 409, or a workflow step taken only from the state the result is in now.
 */
public final class DemoYear {

    /** How the demo year was made and what it holds. */
    public record Summary(int primaryOffices, int secondaryOffices, int schools, int students, int usersCreated,
            Map<ReportPlan.Target, Integer> results, int returned, int workflowCalls,
            Map<String, Duration> phases) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(DemoTexts.text("summary", primaryOffices + secondaryOffices,
                    primaryOffices, secondaryOffices, schools, students, usersCreated, results, returned, workflowCalls));
            phases.forEach((name, took) -> s.append(String.format(" %s %.1f s,", name, took.toMillis() / 1000.0)));
            return s.substring(0, s.length() - 1);
        }
    }

    private DemoYear() {
    }

    /** Seeds the platform the settings describe (it must be up) and says what it made. */
    public static Summary seed(PlatformSettings settings, Consumer<String> log) {
        PlatformSettings.Demo demo = settings.demo();
        DemoData data = new DemoData(demo.seed(), demo.scale());
        // Fails on a wrong --demo-rounds before anything is written.
        ReportPlan.of(data, data.offices().get(0), demo.rounds());
        PlatformClient client = new PlatformClient("http://127.0.0.1:" + settings.keycloakPort());
        ServiceUrls urls = ServiceUrls.of(settings);
        SeedingProgress progress = new SeedingProgress(log);
        PlatformWaits waits = new PlatformWaits(client, urls);
        RegistrySeeding registry = new RegistrySeeding(data, client, urls,
                new StudentFile(data, client, urls, settings.dataDirectory(), progress));
        OfficerAccounts officers = new OfficerAccounts(data, client);
        ResultsWorkflow results = new ResultsWorkflow(data, client, urls, demo.rounds());
        int[] students = new int[1];
        try (OfficePool pool = new OfficePool(demo.threads())) {
            progress.stage("catalogue", waits::catalogue);
            progress.stage("registry", () -> students[0] = registry.run(pool));
            progress.stage("officers", () -> officers.run(pool));
            progress.stage("results", () -> results.run(pool));
            progress.stage("scores", () -> waits.rankings(demo.rounds()));
        }
        int schools = data.offices().stream().mapToInt(o -> data.schools(o).size()).sum();
        return new Summary(DemoData.PRIMARY_OFFICES, DemoData.SECONDARY_OFFICES, schools, students[0],
                officers.created(), results.reached(), results.returned(), results.calls(), progress.took());
    }
}
