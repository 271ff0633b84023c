package io.edukpi.devstack.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.PlatformSettings;

/**
 * Fills a running platform with the demo year through its own APIs, each fact through its owner:
 * offices, schools, students, population and certification in student-registry-service (whose
 * statistics give submission-service its offices and the enrolment-ratio drafts), two officers per
 * office in Keycloak, then every office's results keyed, submitted, certified and accepted (or
 * returned) in submission-service, which scoring-service scores from the accepted events.
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
            StringBuilder s = new StringBuilder(String.format(
                    "demo year B.E. 2554: %d area offices (%d สพป., %d สพม.), %d schools, %d students, %d officers "
                            + "created in Keycloak%n  results: %s, %d returned once on the way; %d workflow calls%n  took:",
                    primaryOffices + secondaryOffices, primaryOffices, secondaryOffices, schools, students, usersCreated,
                    results, returned, workflowCalls));
            phases.forEach((name, took) -> s.append(String.format(" %s %.1f s,", name, took.toMillis() / 1000.0)));
            return s.substring(0, s.length() - 1);
        }
    }

    private static final String ADMIN = "obec.admin";
    private static final String REVIEWER = "obec.reviewer";
    private static final String AREA_GROUP = "demo-area-officers";
    private static final String SCHOOL_GROUP = "demo-school-officers";
    /** Schools per office that file the forms (2) of 3.1.2 and 3.1.14 (each is a person in Keycloak). */
    private static final int FORM_SCHOOLS = 3;

    private final DemoData data;
    private final PlatformClient client;
    private final ExecutorService pool;
    private final String registry;
    private final String submissions;
    private final String scores;
    private final Path workDirectory;
    private final Consumer<String> log;
    private final int rounds;
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private final AtomicInteger usersCreated = new AtomicInteger();
    private final AtomicInteger returned = new AtomicInteger();
    private final AtomicInteger workflowCalls = new AtomicInteger();
    private final Map<ReportPlan.Target, AtomicInteger> outcome = new EnumMap<>(ReportPlan.Target.class);

    private DemoYear(PlatformSettings settings, PlatformSettings.Demo demo, Consumer<String> log) {
        this.data = new DemoData(demo.seed(), demo.scale());
        this.pool = Executors.newFixedThreadPool(demo.threads());
        this.client = new PlatformClient("http://127.0.0.1:" + settings.keycloakPort());
        this.registry = url(settings, "student-registry-service") + "/api/v1/registry";
        this.submissions = url(settings, "submission-service") + "/api/v1/submissions";
        this.scores = url(settings, "scoring-service") + "/api/v1/scores";
        this.workDirectory = settings.dataDirectory();
        this.log = log;
        this.rounds = demo.rounds();
        ReportPlan.of(data, data.offices().get(0), rounds);
        for (ReportPlan.Target target : ReportPlan.Target.values()) {
            outcome.put(target, new AtomicInteger());
        }
    }

    /** Seeds the platform the settings describe (it must be up) and says what it made. */
    public static Summary seed(PlatformSettings settings, Consumer<String> log) {
        DemoYear year = new DemoYear(settings, settings.demo(), log);
        try {
            return year.run();
        } finally {
            year.pool.shutdownNow();
        }
    }

    private static String url(PlatformSettings settings, String service) {
        // Straight to the services: the gateway would only add a hop per call on a 2-CPU laptop.
        return settings.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
    }

    private Summary run() {
        List<DemoData.Office> offices = data.offices();
        phase("catalogue", this::awaitCatalogue);
        long[] census = new long[1];
        int[] students = new int[1];
        phase("registry", () -> {
            census[0] = censusRound();
            parallel(offices, o -> client.ok(ADMIN, "PUT", registry + "/area-offices/" + o.code(),
                    Map.of("code", o.code(), "nameTh", o.nameTh(), "kind", o.kind())));
            parallel(offices, o -> data.schools(o).forEach(s -> client.ok(ADMIN, "PUT", registry + "/schools/" + s.code(),
                    Map.of("code", s.code(), "nameTh", s.nameTh(), "officeCode", s.officeCode()))));
            students[0] = students(census[0]);
            parallel(offices, o -> data.schools(o).forEach(s -> certify(census[0], s)));
        });
        phase("officers", () -> {
            cheapPasswordHashing();
            String areaGroup = group(AREA_GROUP, "area-officer");
            String schoolGroup = group(SCHOOL_GROUP, "school-officer");
            parallel(offices, o -> {
                person(username(o, "officer"), "เจ้าหน้าที่ผู้จัดเก็บข้อมูล", o.nameTh(), areaGroup, o.code(), null);
                person(username(o, "supervisor"), "ผู้กำกับดูแลตัวชี้วัด", o.nameTh(), areaGroup, o.code(), null);
                for (DemoData.School school : formSchools(o)) {
                    person(schoolOfficer(school), "ผู้อำนวยการ", school.nameTh(), schoolGroup, o.code(), school.code());
                }
            });
        });
        phase("results", () -> parallel(offices, this::report));
        phase("scores", this::awaitRankings);
        int schools = offices.stream().mapToInt(o -> data.schools(o).size()).sum();
        Map<ReportPlan.Target, Integer> results = new EnumMap<>(ReportPlan.Target.class);
        outcome.forEach((target, count) -> results.put(target, count.get()));
        return new Summary(DemoData.PRIMARY_OFFICES, DemoData.SECONDARY_OFFICES, schools, students[0],
                usersCreated.get(), results, returned.get(), workflowCalls.get(), phases);
    }

    private void phase(String name, Runnable work) {
        long begin = System.nanoTime();
        work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        phases.put(name, took);
        log.accept(String.format("  demo: %-10s done in %.1f s", name, took.toMillis() / 1000.0));
    }

    /** Runs the work for every office on the bounded pool; fails with the first failure after all ended. */
    private void parallel(List<DemoData.Office> offices, Consumer<DemoData.Office> work) {
        List<Future<?>> futures = new ArrayList<>();
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        for (DemoData.Office office : offices) {
            futures.add(pool.submit(() -> {
                try {
                    work.accept(office);
                } catch (RuntimeException e) {
                    failures.add(new IllegalStateException("office " + office.code() + ": " + e.getMessage(), e));
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.peek();
            throw new IllegalStateException(failures.size() + " office(s) failed; first: " + first.getMessage(), first);
        }
    }

    private void awaitCatalogue() {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            PlatformClient.Answer answer = client.call(ADMIN, "GET", submissions + "/catalogues", null);
            if (answer.ok() && answer.body().contains("\"fiscalYear\":" + ReportPlan.FISCAL_YEAR)) {
                return;
            }
            PlatformClient.sleep(500);
        }
        throw new IllegalStateException("submission-service never received the FY 2554 catalogue");
    }

    /** scoring-service applies accepted results as their events arrive: done when every office is ranked. */
    private void awaitRankings() {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            int primary = ranked("PRIMARY");
            int secondary = ranked("SECONDARY");
            last = primary + " primary, " + secondary + " secondary";
            if (primary == DemoData.PRIMARY_OFFICES && secondary == DemoData.SECONDARY_OFFICES) {
                return;
            }
            PlatformClient.sleep(500);
        }
        throw new IllegalStateException("the last round's rankings did not list every office within 3 minutes: " + last);
    }

    private int ranked(String kind) {
        int lastRound = ReportPlan.ROUNDS[rounds - 1];
        PlatformClient.Answer answer = client.call(ADMIN, "GET", scores + "/rankings/" + ReportPlan.FISCAL_YEAR + "/"
                + lastRound + "?level=" + ReportPlan.LEVEL + "&officeKind=" + kind + "&size=500", null);
        return answer.ok() ? answer.json().path("items").size() : 0;
    }

    /** The census round of 10 June 2554, opened once. */
    private long censusRound() {
        for (JsonNode round : items(client.ok(ADMIN, "GET", registry + "/census-rounds", null))) {
            if (round.path("academicYear").asInt() == DemoData.ACADEMIC_YEAR_BE && round.path("roundNo").asInt() == 1) {
                return round.path("id").asLong();
            }
        }
        return client.ok(ADMIN, "POST", registry + "/census-rounds",
                Map.of("academicYear", DemoData.ACADEMIC_YEAR_BE, "roundNo", 1)).path("id").asLong();
    }

    private static Iterable<JsonNode> items(JsonNode list) {
        return list.isArray() ? list : list.path("items");
    }

    /** Population of every office, then one student file for the whole country (skipped once loaded). */
    private int students(long census) {
        DemoData.Office last = data.offices().get(data.offices().size() - 1);
        JsonNode known = client.ok(ADMIN, "GET", registry + "/census-rounds/" + census + "/area-offices/" + last.code()
                + "/statistics", null);
        Path file = workDirectory.resolve("demo-students.csv");
        ArrayNode figures = PlatformClient.JSON.createArrayNode();
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.STUDENT_HEADER);
            for (DemoData.Office office : data.offices()) {
                Map<String, Integer> byLevel = data.writeStudents(office, out);
                rows += byLevel.values().stream().mapToInt(Integer::intValue).sum();
                data.population(office, byLevel).forEach((age, persons) -> figures.addObject()
                        .put("officeCode", office.code()).put("year", DemoData.ACADEMIC_YEAR_BE)
                        .put("age", age).put("persons", persons));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            client.ok(ADMIN, "PUT", registry + "/population-figures", Map.of("figures", figures));
            if (total(known.path("students").path("byLevel")) > 0) {
                log.accept("  demo: students already loaded, file not sent again");
                return rows;
            }
            PlatformClient.Answer job = client.sendFile(ADMIN, registry + "/census-rounds/" + census
                    + "/student-files?fileName=demo-students.csv", file, "text/csv");
            if (job.status() != 202) {
                throw PlatformClient.failure("POST", "student-files", job);
            }
            String id = job.json().path("id").asText();
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode state = client.ok(ADMIN, "GET", registry + "/ingestion-jobs/" + id, null);
                String status = state.path("status").asText();
                if (status.equals("SUCCEEDED")) {
                    if (state.path("rejected").asInt() > 0) {
                        throw new IllegalStateException("the student file had rejected rows: " + state);
                    }
                    return rows;
                }
                if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                    throw new IllegalStateException("student file job ended " + state);
                }
                PlatformClient.sleep(300);
            }
            throw new IllegalStateException("student file job did not finish in 20 minutes");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Only a temporary file in the data folder.
            }
        }
    }

    private static int total(JsonNode counts) {
        int sum = 0;
        for (JsonNode n : counts) {
            sum += n.asInt();
        }
        return sum;
    }

    /** obec-admin certifies the school's census data: the registry then publishes the office's statistics. */
    private void certify(long census, DemoData.School school) {
        String url = registry + "/census-rounds/" + census + "/schools/" + school.code() + "/certification";
        PlatformClient.Answer answer = client.call(ADMIN, "POST", url, null);
        if (!answer.ok() && answer.status() != 409) {
            throw PlatformClient.failure("POST", url, answer);
        }
    }

    /**
     * The realm's default hashing (Argon2) costs ~0.15 s of CPU per password set or checked; the demo sets
     * and checks one per person (about 1,000), so it switches this local realm, whose demo passwords are
     * public anyway, to PBKDF2-SHA256 with 1,000 iterations.
     */
    private void cheapPasswordHashing() {
        PlatformClient.Answer answer = client.admin("PUT", "", Map.of("passwordPolicy",
                "hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)"));
        if (!answer.ok()) {
            throw PlatformClient.failure("PUT", "realm edukpi", answer);
        }
    }

    /** A group carrying one realm role, so each person is one create call; answers its id. */
    private String group(String name, String role) {
        PlatformClient.Answer created = client.admin("POST", "/groups", Map.of("name", name));
        if (!created.ok() && created.status() != 409) {
            throw PlatformClient.failure("POST", "/groups", created);
        }
        String id = null;
        for (JsonNode group : client.admin("GET", "/groups?exact=true&search=" + name, null).json()) {
            if (group.path("name").asText().equals(name)) {
                id = group.path("id").asText();
            }
        }
        JsonNode roleRepresentation = client.admin("GET", "/roles/" + role, null).json();
        PlatformClient.Answer mapped = client.admin("POST", "/groups/" + id + "/role-mappings/realm",
                PlatformClient.JSON.createArrayNode().add(roleRepresentation));
        if (!mapped.ok()) {
            throw PlatformClient.failure("POST", "role-mappings", mapped);
        }
        return name;
    }

    static String username(DemoData.Office office, String role) {
        return "demo." + office.code() + "." + role;
    }

    static String schoolOfficer(DemoData.School school) {
        return "demo.school." + school.code();
    }

    private List<DemoData.School> formSchools(DemoData.Office office) {
        List<DemoData.School> schools = data.schools(office);
        return schools.subList(0, Math.min(FORM_SCHOOLS, schools.size()));
    }

    /**
     * One person in Keycloak: the attributes office_code and school_code (the realm's token claims), a group
     * for the role, password edukpi-demo. An office has two area officers, because nobody certifies a
     * result they submitted.
     */
    private void person(String username, String firstName, String lastName, String group, String office,
            String school) {
        ObjectNode user = PlatformClient.JSON.createObjectNode();
        user.put("username", username).put("enabled", true).put("emailVerified", true)
                .put("firstName", firstName).put("lastName", lastName).put("email", username + "@demo.edukpi.local");
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("office_code").add(office);
        if (school != null) {
            attributes.putArray("school_code").add(school);
        }
        user.putArray("groups").add("/" + group);
        user.putArray("credentials").addObject().put("type", "password").put("value", PlatformClient.PASSWORD)
                .put("temporary", false);
        PlatformClient.Answer answer = client.admin("POST", "/users", user);
        if (answer.status() == 201) {
            usersCreated.incrementAndGet();
        } else if (answer.status() != 409) {
            throw PlatformClient.failure("POST", "/users", answer);
        }
    }

    /** The office's whole year: each planned result brought from where it is to where the plan leaves it. */
    private void report(DemoData.Office office) {
        String officer = username(office, "officer");
        String supervisor = username(office, "supervisor");
        Map<String, JsonNode> existing = existing(office, supervisor);
        for (ReportPlan.Item item : ReportPlan.of(data, office, rounds)) {
            String key = item.round() + "/" + item.indicator().code();
            JsonNode result = existing.get(key);
            boolean returnedNow = false;
            for (int step = 0; step < 12; step++) {
                String state = result == null ? null : result.path("state").asText();
                ReportPlan.Target target = item.target();
                if (state == null) {
                    if (target == ReportPlan.Target.NOT_STARTED) {
                        break;
                    }
                    if (item.indicator().kind().fromSchools()) {
                        result = schoolForms(office, item, officer);
                        continue;
                    }
                    PlatformClient.Answer created = client.call(officer, "POST", submissions + "/results",
                            content(office, item, false, true));
                    workflowCalls.incrementAndGet();
                    if (created.status() == 409) {
                        // The registry's statistics opened it as a draft meanwhile.
                        result = existing(office, supervisor).get(key);
                        continue;
                    }
                    if (created.status() != 201) {
                        throw PlatformClient.failure("POST", "results " + key, created);
                    }
                    result = created.json();
                    continue;
                }
                // Where the plan leaves it, or further (the registry opened a draft the office has not
                // started, or an earlier run took it further): nothing to do.
                if (state.equals(target.name()) || target == ReportPlan.Target.NOT_STARTED || state.equals("ACCEPTED")) {
                    break;
                }
                String id = result.path("id").asText();
                boolean returnedBefore = returnedNow || !result.path("returnReason").isNull()
                        && !result.path("returnReason").asText().isEmpty();
                switch (state) {
                    case "DRAFT" -> result = step(officer, id, "submit", null);
                    case "SUBMITTED" -> {
                        if (item.returnBy() == ReportPlan.ReturnBy.SUPERVISOR && !returnedBefore) {
                            result = step(supervisor, id, "return", Map.of("reason", item.returnReason()));
                            returnedNow = true;
                            returned.incrementAndGet();
                        } else {
                            result = step(supervisor, id, "certify", null);
                        }
                    }
                    case "CERTIFIED" -> {
                        if (item.returnBy() == ReportPlan.ReturnBy.REVIEWER && !returnedBefore) {
                            result = step(REVIEWER, id, "return", Map.of("reason", item.returnReason()));
                            returnedNow = true;
                            returned.incrementAndGet();
                        } else {
                            result = step(REVIEWER, id, "accept", null);
                        }
                    }
                    case "RETURNED" -> {
                        // The office corrects what the reason names, then submits again.
                        client.ok(officer, "PUT", submissions + "/results/" + id, content(office, item, true, false),
                                "If-Match", etag(result));
                        workflowCalls.incrementAndGet();
                        result = step(officer, id, "submit", null);
                    }
                    default -> throw new IllegalStateException("result " + id + " is " + state + ", plan " + target);
                }
            }
            String reached = result == null ? "NOT_STARTED" : result.path("state").asText();
            outcome.get(ReportPlan.Target.valueOf(reached)).incrementAndGet();
        }
    }

    /**
     * The schools file their forms (2): the first opens the office's draft, each one recomputes its value;
     * for 3.1.2 the office then fills its form (1), the target schools.
     */
    private JsonNode schoolForms(DemoData.Office office, ReportPlan.Item item, String officer) {
        String resultId = null;
        List<DemoData.School> schools = formSchools(office);
        for (int i = 0; i < schools.size(); i++) {
            DemoData.School school = schools.get(i);
            JsonNode form = client.ok(schoolOfficer(school), "PUT", submissions + "/schools/" + school.code() + "/forms/"
                    + ReportPlan.FISCAL_YEAR + "/" + ReportPlan.LEVEL + "/" + item.round() + "/" + item.indicator().code(),
                    schoolForm(office, item, i));
            workflowCalls.incrementAndGet();
            resultId = form.path("resultId").asText();
        }
        JsonNode result = client.ok(officer, "GET", submissions + "/results/" + resultId, null);
        if (item.indicator().kind() == ReportPlan.Kind.FORM_QA) {
            client.ok(officer, "PUT", submissions + "/results/" + resultId, content(office, item, false, false),
                    "If-Match", etag(result));
            workflowCalls.incrementAndGet();
            result = client.ok(officer, "GET", submissions + "/results/" + resultId, null);
        }
        return result;
    }

    private static String etag(JsonNode result) {
        return "\"" + result.path("version").asInt() + "." + result.path("revision").asInt() + "\"";
    }

    /** A school's form (2): the eight QA activities (3.1.2) or the O-NET means of the five subjects (3.1.14). */
    private ObjectNode schoolForm(DemoData.Office office, ReportPlan.Item item, int school) {
        java.util.SplittableRandom random = data.random(office, 10_000 + item.round() * 100 + school * 10
                + item.indicator().kind().ordinal());
        ObjectNode form = PlatformClient.JSON.createObjectNode();
        if (item.indicator().kind() == ReportPlan.Kind.FORM_QA) {
            ArrayNode done = form.putObject("checklists").putArray("qaActivities");
            boolean all = allQaDone(office, item, school);
            int missing = all ? 0 : 1 + random.nextInt(8);
            for (int a = 1; a <= 8; a++) {
                if (a != missing) {
                    done.add("a" + a);
                }
            }
            return form;
        }
        ObjectNode fields = form.putObject("fields");
        fields.put("highestGrade", office.primary() ? "ป.6" : "ม.6");
        double chance = Math.min(0.99, 0.62 + 0.075 * item.score());
        double before = 0, after = 0;
        int increased = 0;
        for (String subject : List.of("thai", "math", "science", "english", "social")) {
            double mean2552 = 28 + random.nextDouble() * 20;
            boolean up = random.nextDouble() < chance;
            double mean2553 = mean2552 + (up ? 0.3 + random.nextDouble() * 4 : -0.2 - random.nextDouble() * 3);
            fields.put(subject + "Mean2552", round2(mean2552)).put(subject + "Mean2553", round2(mean2553))
                    .put(subject + "Increased", up ? 1 : 0);
            before += mean2552;
            after += mean2553;
            increased += up ? 1 : 0;
        }
        fields.put("totalMean2552", round2(before / 5)).put("totalMean2553", round2(after / 5))
                .put("subjectsIncreasedTotal", increased);
        return form;
    }

    private boolean allQaDone(DemoData.Office office, ReportPlan.Item item, int school) {
        java.util.SplittableRandom random = data.random(office, 20_000 + item.round() * 100 + school);
        return random.nextDouble() < Math.max(0.1, Math.min(0.97, (item.score() - 0.3) / 4.5));
    }

    private static BigDecimal round2(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
    }

    private JsonNode step(String user, String id, String transition, Object body) {
        workflowCalls.incrementAndGet();
        return client.ok(user, "POST", submissions + "/results/" + id + "/" + transition, body);
    }

    private Map<String, JsonNode> existing(DemoData.Office office, String user) {
        JsonNode page = client.ok(user, "GET", submissions + "/results?officeCode=" + office.code() + "&fiscalYear="
                + ReportPlan.FISCAL_YEAR + "&level=" + ReportPlan.LEVEL + "&size=500", null);
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode result : page.path("items")) {
            byKey.put(result.path("round").asInt() + "/" + result.path("indicatorCode").asText(), result);
        }
        return byKey;
    }

    /** What the office keys: the value (or steps, or the office form), the narrative and its people. */
    private ObjectNode content(DemoData.Office office, ReportPlan.Item item, boolean fixed, boolean create) {
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        if (create) {
            body.put("fiscalYear", ReportPlan.FISCAL_YEAR).put("level", ReportPlan.LEVEL).put("round", item.round())
                    .put("indicatorCode", item.indicator().code()).put("officeCode", office.code());
        }
        BigDecimal value = fixed ? item.fixedValue() : item.value();
        switch (item.indicator().kind()) {
            case MILESTONE -> {
                ArrayNode steps = body.putArray("stepsCompleted");
                item.steps().forEach(steps::add);
            }
            case FORM_TEACHERS -> {
                int total = item.teachersTotal();
                int passed = value.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100), 0,
                        RoundingMode.HALF_UP).intValue();
                ObjectNode fields = body.putObject("officeForm").putObject("fields");
                fields.put("teachersTotal", total).put("teachersPassed", passed).put("percentPassed",
                        BigDecimal.valueOf(passed * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
            }
            case FORM_QA -> {
                List<DemoData.School> schools = formSchools(office);
                int allDone = 0;
                for (int i = 0; i < schools.size(); i++) {
                    allDone += allQaDone(office, item, i) ? 1 : 0;
                }
                body.putObject("officeForm").putObject("fields").put("targetSchools", schools.size())
                        .put("schoolsAllEightDone", allDone)
                        .put("percentAllEightDone", round2(100.0 * allDone / schools.size()));
            }
            case FORM_SUBJECTS -> {
                // Computed from the schools' forms only: the office keys its narrative.
            }
            default -> body.put("value", value);
        }
        body.put("narrative", "ผลการดำเนินงานรอบ " + item.round() + " เดือน ของ" + office.nameTh()
                + (fixed ? " (แก้ไขตามข้อสังเกต: " + item.returnReason() + ")" : ""));
        String position = ThaiNames.POSITIONS.get(office.index() % ThaiNames.POSITIONS.size());
        body.putObject("dataCollector").put("name", "เจ้าหน้าที่ " + office.code()).put("position", position)
                .put("email", username(office, "officer") + "@demo.edukpi.local");
        body.putObject("supervisor").put("name", "ผู้กำกับดูแล " + office.code())
                .put("position", "ผู้อำนวยการกลุ่มนโยบายและแผน")
                .put("email", username(office, "supervisor") + "@demo.edukpi.local");
        return body;
    }
}
