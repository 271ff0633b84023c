package io.edukpi.devstack.demo;

import static io.edukpi.devstack.demo.DemoPeople.REVIEWER;
import static io.edukpi.devstack.demo.DemoPeople.schoolOfficer;
import static io.edukpi.devstack.demo.DemoPeople.username;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "results" stage: each office's planned results keyed, submitted, certified and accepted (or
 * returned once on the way) in submission-service, each brought from the state it is in now to where
 * the plan leaves it, so a second run takes no step twice.
 */
final class ResultsWorkflow {

    /** More steps than a result needs (create, submit, return, correct, submit, certify, accept): a loop guard. */
    private static final int MAX_STEPS = 12;

    private final DemoData data;
    private final PlatformClient client;
    private final String submissions;
    private final int rounds;
    private final ResultForms forms;
    private final AtomicInteger returned = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<ReportPlan.Target, AtomicInteger> reached = new EnumMap<>(ReportPlan.Target.class);

    ResultsWorkflow(DemoData data, PlatformClient client, ServiceUrls urls, int rounds) {
        this.data = data;
        this.client = client;
        this.submissions = urls.submissions();
        this.rounds = rounds;
        this.forms = new ResultForms(data);
        for (ReportPlan.Target target : ReportPlan.Target.values()) {
            reached.put(target, new AtomicInteger());
        }
    }

    void run(OfficePool pool) {
        pool.forEach(data.offices(), this::report);
    }

    /** How many results ended in each state. */
    Map<ReportPlan.Target, Integer> reached() {
        Map<ReportPlan.Target, Integer> counts = new EnumMap<>(ReportPlan.Target.class);
        reached.forEach((target, count) -> counts.put(target, count.get()));
        return counts;
    }

    /** Results returned once on the way in this run. */
    int returned() {
        return returned.get();
    }

    /** Workflow calls made in this run. */
    int calls() {
        return calls.get();
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
            for (int step = 0; step < MAX_STEPS; step++) {
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
                            forms.content(office, item, false, true));
                    calls.incrementAndGet();
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
                            result = returnOnce(supervisor, id, item);
                            returnedNow = true;
                        } else {
                            result = step(supervisor, id, "certify", null);
                        }
                    }
                    case "CERTIFIED" -> {
                        if (item.returnBy() == ReportPlan.ReturnBy.REVIEWER && !returnedBefore) {
                            result = returnOnce(REVIEWER, id, item);
                            returnedNow = true;
                        } else {
                            result = step(REVIEWER, id, "accept", null);
                        }
                    }
                    case "RETURNED" -> {
                        // The office corrects what the reason names, then submits again.
                        client.ok(officer, "PUT", submissions + "/results/" + id, forms.content(office, item, true, false),
                                "If-Match", etag(result));
                        calls.incrementAndGet();
                        result = step(officer, id, "submit", null);
                    }
                    default -> throw new IllegalStateException("result " + id + " is " + state + ", plan " + target);
                }
            }
            String state = result == null ? "NOT_STARTED" : result.path("state").asText();
            reached.get(ReportPlan.Target.valueOf(state)).incrementAndGet();
        }
    }

    private JsonNode returnOnce(String user, String id, ReportPlan.Item item) {
        JsonNode result = step(user, id, "return", Map.of("reason", item.returnReason()));
        returned.incrementAndGet();
        return result;
    }

    /**
     * The schools file their forms (2): the first opens the office's draft, each one recomputes its value;
     * for 3.1.2 the office then fills its form (1), the target schools.
     */
    private JsonNode schoolForms(DemoData.Office office, ReportPlan.Item item, String officer) {
        String resultId = null;
        List<DemoData.School> schools = data.formSchools(office);
        for (int i = 0; i < schools.size(); i++) {
            DemoData.School school = schools.get(i);
            JsonNode form = client.ok(schoolOfficer(school), "PUT", submissions + "/schools/" + school.code() + "/forms/"
                    + ReportPlan.FISCAL_YEAR + "/" + ReportPlan.LEVEL + "/" + item.round() + "/" + item.indicator().code(),
                    forms.schoolForm(office, item, i));
            calls.incrementAndGet();
            resultId = form.path("resultId").asText();
        }
        JsonNode result = client.ok(officer, "GET", submissions + "/results/" + resultId, null);
        if (item.indicator().kind() == ReportPlan.Kind.FORM_QA) {
            client.ok(officer, "PUT", submissions + "/results/" + resultId, forms.content(office, item, false, false),
                    "If-Match", etag(result));
            calls.incrementAndGet();
            result = client.ok(officer, "GET", submissions + "/results/" + resultId, null);
        }
        return result;
    }

    private static String etag(JsonNode result) {
        return "\"" + result.path("version").asInt() + "." + result.path("revision").asInt() + "\"";
    }

    private JsonNode step(String user, String id, String transition, Object body) {
        calls.incrementAndGet();
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
}
