package io.edukpi.devstack.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one area office reports in FY B.E. 2554 (the catalogue indicator-service ships): per round and
 * indicator, the value and how far the result gets through the workflow. Offices differ by a strength
 * drawn once, so rankings spread; rounds 6 and 9 end accepted (a few returned once on the way), while
 * in round 12 about one office in five still has results open, so the progress view shows late offices.
 */
final class ReportPlan {

    static final int FISCAL_YEAR = 2011;
    static final String LEVEL = "OBEC_AGREEMENT";
    static final int[] ROUNDS = { 6, 9, 12 };

    enum Kind {
        THRESHOLD,
        PASS_FAIL,
        MILESTONE,
        /** 3.1.15: the office's own form (1), no school forms. */
        FORM_TEACHERS,
        /** 3.1.2: the schools' QA checklists (2) over the office's target schools (1). */
        FORM_QA,
        /** 3.1.14: the model schools' O-NET means (2). */
        FORM_SUBJECTS;

        boolean fromSchools() {
            return this == FORM_QA || this == FORM_SUBJECTS;
        }
    }

    /** A leaf of the shipped catalogue that takes a result. */
    record Indicator(String code, Kind kind, double[] thresholds, int startsInRound, boolean registry) {
    }

    /** The scored leaves of obec-2554.json (docs/catalogues.md), in code order. */
    static final List<Indicator> INDICATORS = List.of(
            new Indicator("1.1.1", Kind.THRESHOLD, new double[] { 72.97, 73.57, 74.17, 74.77, 75.37 }, 9, true),
            new Indicator("1.1.2", Kind.PASS_FAIL, new double[] { 100 }, 9, true),
            new Indicator("1.1.3", Kind.THRESHOLD, new double[] { 88.1, 91.08, 94.05, 97.02, 100 }, 9, true),
            new Indicator("1.1.10.1", Kind.MILESTONE, null, 6, false),
            new Indicator("1.1.10.2", Kind.MILESTONE, null, 6, false),
            new Indicator("3.1.1", Kind.THRESHOLD, new double[] { 77.2, 79.2, 81.2, 83.2, 85.2 }, 6, false),
            new Indicator("3.1.2", Kind.FORM_QA, new double[] { 0, 25, 50, 75, 100 }, 6, false),
            new Indicator("3.1.3", Kind.THRESHOLD, new double[] { 34.58, 36.58, 38.58, 40.58, 42.58 }, 6, false),
            new Indicator("3.1.4", Kind.THRESHOLD, new double[] { 31.88, 33.88, 35.88, 37.88, 39.88 }, 6, false),
            new Indicator("3.1.5", Kind.THRESHOLD, new double[] { 34.67, 36.67, 38.67, 40.67, 42.67 }, 6, false),
            new Indicator("3.1.6", Kind.THRESHOLD, new double[] { 27.75, 29.75, 31.75, 33.75, 35.75 }, 6, false),
            new Indicator("3.1.12", Kind.THRESHOLD, new double[] { 50, 60, 70, 80, 90 }, 6, false),
            new Indicator("3.1.13", Kind.THRESHOLD, new double[] { 60, 70, 80, 90, 100 }, 6, false),
            new Indicator("3.1.14", Kind.FORM_SUBJECTS, new double[] { 60, 70, 80, 90, 100 }, 6, false),
            new Indicator("3.1.15", Kind.FORM_TEACHERS, new double[] { 20, 40, 60, 80, 100 }, 6, false),
            new Indicator("3.2.2", Kind.THRESHOLD, new double[] { 80, 85, 90, 95, 100 }, 6, false),
            new Indicator("3.2.3", Kind.THRESHOLD, new double[] { 80, 85, 90, 95, 100 }, 6, false),
            new Indicator("3.2.4", Kind.THRESHOLD, new double[] { 80, 85, 90, 95, 100 }, 6, false),
            new Indicator("3.2.5", Kind.THRESHOLD, new double[] { 80, 85, 90, 95, 100 }, 6, false));

    /** Where a result is left: ACCEPTED is the normal end; the others only in a late office's last round. */
    enum Target {
        NOT_STARTED,
        DRAFT,
        SUBMITTED,
        RETURNED,
        CERTIFIED,
        ACCEPTED
    }

    /** Who sends a result back once before it goes on: its office's supervisor, or OBEC's reviewer. */
    enum ReturnBy {
        NOBODY,
        SUPERVISOR,
        REVIEWER
    }

    record Item(int round, Indicator indicator, Target target, ReturnBy returnBy, String returnReason,
            BigDecimal value, List<Integer> steps, int teachersTotal, BigDecimal fixedValue, double score) {
    }

    private ReportPlan() {
    }

    /** The office's plan in round order (an indicator's earlier round must be certified before the next). */
    static List<Item> of(DemoData data, DemoData.Office office) {
        return of(data, office, ROUNDS.length);
    }

    /** The plan over the first {@code rounds} rounds of the year; the last of them is the one left open. */
    static List<Item> of(DemoData data, DemoData.Office office, int rounds) {
        if (rounds < 1 || rounds > ROUNDS.length) {
            throw new IllegalArgumentException("demo-rounds must be 1 to " + ROUNDS.length + ", not " + rounds);
        }
        SplittableRandom random = data.random(office, 4);
        double strength = gaussian(random);
        boolean lateOffice = random.nextInt(100) < 20;
        List<Item> items = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int round = ROUNDS[r];
            boolean open = lateOffice && r == rounds - 1;
            boolean firstOfRound = true;
            for (Indicator indicator : INDICATORS) {
                if (round < indicator.startsInRound()) {
                    continue;
                }
                // A score between about 0.5 and 5, better offices higher, improving a little by round.
                double score = clamp(3.1 + 0.9 * strength + 0.7 * gaussian(random) + (round - 6) * 0.05, 0.4, 5.3);
                Target target = Target.ACCEPTED;
                if (open && !firstOfRound) {
                    int roll = random.nextInt(100);
                    target = roll < 45 ? Target.ACCEPTED
                            : roll < 55 ? Target.CERTIFIED
                                    : roll < 70 ? Target.SUBMITTED
                                            : roll < 82 ? Target.DRAFT : roll < 92 ? Target.RETURNED : Target.NOT_STARTED;
                }
                firstOfRound = false;
                ReturnBy returnBy = ReturnBy.NOBODY;
                int roll = random.nextInt(100);
                if (target == Target.RETURNED) {
                    returnBy = roll < 50 ? ReturnBy.SUPERVISOR : ReturnBy.REVIEWER;
                } else if (target == Target.ACCEPTED && roll < 7) {
                    returnBy = roll < 3 ? ReturnBy.SUPERVISOR : ReturnBy.REVIEWER;
                }
                String reason = ThaiNames.RETURN_REASONS.get(random.nextInt(ThaiNames.RETURN_REASONS.size()));
                int teachers = 80 + random.nextInt(400);
                BigDecimal value = valueFor(indicator, score);
                BigDecimal fixed = valueFor(indicator, Math.min(5.3, score + 0.3));
                List<Integer> steps = indicator.kind() == Kind.MILESTONE ? stepsFor(score) : null;
                items.add(new Item(round, indicator, target, returnBy, reason, value, steps, teachers, fixed, score));
            }
        }
        return items;
    }

    /** The result that earns about the given score under the indicator's criterion (2 decimals). */
    static BigDecimal valueFor(Indicator indicator, double score) {
        double value = switch (indicator.kind()) {
            case MILESTONE, FORM_QA, FORM_SUBJECTS -> 0;
            case PASS_FAIL -> score >= 3 ? 100 : 97 + (score / 3) * 2.9;
            case THRESHOLD, FORM_TEACHERS -> {
                double[] t = indicator.thresholds();
                double step = (t[4] - t[0]) / 4;
                double v = t[0] + (score - 1) * step;
                yield indicator.kind() == Kind.FORM_TEACHERS || t[4] == 100 ? Math.min(100, v) : v;
            }
        };
        return BigDecimal.valueOf(Math.max(0, value)).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<Integer> stepsFor(double score) {
        int reached = (int) clamp(Math.round(score), 1, 5);
        List<Integer> steps = new ArrayList<>();
        for (int s = 1; s <= reached; s++) {
            steps.add(s);
        }
        return steps;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }
}
