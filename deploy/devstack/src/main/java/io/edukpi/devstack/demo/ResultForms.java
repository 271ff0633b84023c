package io.edukpi.devstack.demo;

import static io.edukpi.devstack.demo.DemoPeople.email;
import static io.edukpi.devstack.demo.DemoPeople.username;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The bodies an office and its schools key into submission-service, drawn from the seed like the rest. */
final class ResultForms {

    private final DemoData data;

    ResultForms(DemoData data) {
        this.data = data;
    }

    /** What the office keys: the value (or steps, or the office form), the narrative and its people. */
    ObjectNode content(DemoData.Office office, ReportPlan.Item item, boolean fixed, boolean create) {
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
                List<DemoData.School> schools = data.formSchools(office);
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
        body.put("narrative", fixed
                ? DemoTexts.text("narrative.corrected", item.round(), office.nameTh(), item.returnReason())
                : DemoTexts.text("narrative", item.round(), office.nameTh()));
        String position = ThaiNames.POSITIONS.get(office.index() % ThaiNames.POSITIONS.size());
        body.putObject("dataCollector").put("name", DemoTexts.text("dataCollector.name", office.code()))
                .put("position", position).put("email", email(username(office, "officer")));
        body.putObject("supervisor").put("name", DemoTexts.text("supervisor.name", office.code()))
                .put("position", DemoTexts.text("supervisor.position"))
                .put("email", email(username(office, "supervisor")));
        return body;
    }

    /** A school's form (2): the eight QA activities (3.1.2) or the O-NET means of the five subjects (3.1.14). */
    ObjectNode schoolForm(DemoData.Office office, ReportPlan.Item item, int school) {
        SplittableRandom random = data.random(office, 10_000 + item.round() * 100 + school * 10
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
        List<String> levels = DemoData.levels(office);
        fields.put("highestGrade", levels.get(levels.size() - 1));
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
        SplittableRandom random = data.random(office, 20_000 + item.round() * 100 + school);
        return random.nextDouble() < Math.max(0.1, Math.min(0.97, (item.score() - 0.3) / 4.5));
    }

    private static BigDecimal round2(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
    }
}
