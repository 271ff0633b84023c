package io.edukpi.scoring.domain;

import static io.edukpi.scoring.domain.Fixtures.catalogue;
import static io.edukpi.scoring.domain.Fixtures.d;
import static io.edukpi.scoring.domain.Fixtures.leaf;
import static io.edukpi.scoring.domain.Fixtures.parent;
import static io.edukpi.scoring.domain.Fixtures.thresholds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * What-if on stored results: every answer is scored forward again by the engine's explained path
 * ({@link OfficeScorer#evaluate}) and must reach the target, and where results are continuous one
 * hundredth less must not.
 */
class WhatIfPlanTest {

    private static final int ROUND = 6;

    /** 1 (weight 10): 1.1 and 1.2 (weight 5 each); 2 (weight 10) a leaf. */
    private static Catalogue office(Criterion onePointTwo, BelowLevelOnePolicy policy) {
        Catalogue base = catalogue(MissingResultPolicy.DEFAULT,
                parent("1", "10", leaf("1.1", "5", thresholds("80", "85", "90", "95", "100")),
                        leaf("1.2", "5", onePointTwo)),
                leaf("2", "10", thresholds("80", "85", "90", "95", "100")));
        return new Catalogue(base.catalogueId(), 1, 2011, "OBEC_AGREEMENT", policy, base.missingResultPolicy(),
                base.rounds(), base.bands(), base.roots());
    }

    private static Catalogue office(Criterion onePointTwo) {
        return office(onePointTwo, BelowLevelOnePolicy.ONE);
    }

    private static Map<String, Result> results(String... codeValue) {
        Map<String, Result> results = new HashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            results.put(codeValue[i], Result.ofValue(d(codeValue[i + 1])));
        }
        return results;
    }

    /** The total the scorecard would show with the indicator's result replaced: the explained path. */
    private static BigDecimal shownTotal(Catalogue catalogue, Map<String, Result> results, String code, Result result) {
        Map<String, Result> changed = new HashMap<>(results);
        changed.put(code, result);
        return OfficeScorer.evaluate(catalogue, ROUND, false, changed).displayTotal();
    }

    /** The answer reaches the target, scored again; one resolution worse does not. */
    private static void assertLeast(Catalogue catalogue, Map<String, Result> results, String code, WhatIf.Plan plan) {
        Criterion criterion = catalogue.indicator(code).criterion();
        BigDecimal value = plan.needed().value();
        BigDecimal shown = shownTotal(catalogue, results, code, criterion.resultOf(value));
        assertEquals(0, shown.compareTo(Scores.display(plan.needed().total())), "the plan's total is the engine's");
        assertTrue(shown.compareTo(plan.targetTotal()) >= 0, shown + " reaches " + plan.targetTotal());
        BigDecimal worse = criterion.direction() == Direction.HIGHER_IS_BETTER
                ? value.subtract(criterion.resolution())
                : value.add(criterion.resolution());
        BigDecimal short_ = shownTotal(catalogue, results, code, criterion.resultOf(worse));
        assertTrue(short_.compareTo(plan.targetTotal()) < 0, worse + " gives " + short_ + ", short of "
                + plan.targetTotal());
    }

    @Test
    void theLeastResultOfARisingThresholdForATotal() {
        Catalogue catalogue = office(thresholds("80", "85", "90", "95", "100"));
        Map<String, Result> results = results("1.1", "90", "1.2", "85", "2", "85");
        // Now (3 + 2) / 2 = 2.5 for 1, 2 for 2: total 2.25. Total 3 needs 1 at 4, so 1.2 at 5: a result of 100.
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3"));
        assertEquals(WhatIf.Outcome.REACHABLE, plan.outcome());
        assertEquals(0, d("2.25").compareTo(plan.current().total()));
        assertEquals(0, d("85").compareTo(plan.current().value()));
        assertEquals(0, d("100").compareTo(plan.needed().value()));
        assertLeast(catalogue, results, "1.2", plan);

        // 2.8 needs 1.2 at 4.2: 95 + 0.2 x 5 = 96, scored forward to exactly 2.8.
        WhatIf.Plan between = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("2.8"));
        assertEquals(0, d("96.00").compareTo(between.needed().value()));
        assertLeast(catalogue, results, "1.2", between);
    }

    @Test
    void aValueBetweenHundredthsIsRoundedTowardsBetter() {
        Catalogue catalogue = office(thresholds("72.97", "73.57", "74.17", "74.77", "75.37"));
        Map<String, Result> results = results("1.1", "92.7", "1.2", "74.36", "2", "88");
        // total = ((3.54 + s) / 2 + 2.6) / 2: 3.1 needs s = 3.66, i.e. 74.17 + 0.66 x 0.6 = 74.566: 74.57.
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3.1"));
        assertEquals(WhatIf.Outcome.REACHABLE, plan.outcome());
        assertEquals(d("74.57"), plan.needed().value());
        assertLeast(catalogue, results, "1.2", plan);
    }

    @Test
    void aLowerIsBetterIndicatorNeedsAtMost() {
        Catalogue catalogue = office(thresholds("20", "15", "10", "5", "0"));
        Map<String, Result> results = results("1.1", "90", "1.2", "12", "2", "90");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3.2"));
        assertEquals(WhatIf.Outcome.REACHABLE, plan.outcome());
        assertTrue(plan.needed().value().compareTo(d("12")) < 0, "lower than now: " + plan.needed().value());
        assertEquals(0, d("0").compareTo(plan.best().value()), "the best is T5 = 0");
        assertLeast(catalogue, results, "1.2", plan);
    }

    @Test
    void milestonesNeedWholeStepsInOrder() {
        Catalogue catalogue = office(MilestoneCriterion.ofSteps(5));
        Map<String, Result> results = results("1.1", "90", "2", "90");
        results.put("1.2", Result.ofSteps(Set.of(1, 2, 4)));
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3.4"));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(plan.current().value()), "steps 1-2 in order");
        // total = ((3 + s) / 2 + 3) / 2: 3.4 needs s = 4.6, i.e. steps 1-5 (4 steps score 4).
        assertEquals(0, BigDecimal.valueOf(5).compareTo(plan.needed().value()));
        assertLeast(catalogue, results, "1.2", plan);
        assertEquals(0, BigDecimal.valueOf(5).compareTo(plan.best().value()));
    }

    @Test
    void aPassFailIndicatorNeedsItsTargetOrNothing() {
        Catalogue catalogue = office(new PassFailCriterion(d("100"), null, null, null));
        Map<String, Result> results = results("1.1", "90", "1.2", "97", "2", "90");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3.4"));
        assertEquals(WhatIf.Outcome.REACHABLE, plan.outcome());
        assertEquals(0, d("100").compareTo(plan.needed().value()));
        assertLeast(catalogue, results, "1.2", plan);
        // Total 2.5 is reached with 1.2 failing (score 1): any result will do.
        WhatIf.Plan low = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("2.5"));
        assertEquals(WhatIf.Outcome.ALREADY_MET, low.outcome());
        assertNull(low.needed().value());
        assertEquals(0, BigDecimal.ONE.compareTo(low.needed().score()));
    }

    @Test
    void belowLevelOneScoringZeroJumpsToTOne() {
        Catalogue catalogue = office(thresholds("80", "85", "90", "95", "100"), BelowLevelOnePolicy.ZERO);
        Map<String, Result> results = results("1.1", "80", "1.2", "50", "2", "80");
        // total = ((1 + s) / 2 + 1) / 2: 0.875 needs s = 0.5, but nothing scores between 0 and 1: T1 = 80.
        BigDecimal target = d("0.875");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", target);
        assertEquals(0, d("80").compareTo(plan.needed().value()));
        assertTrue(shownTotal(catalogue, results, "1.2", Result.ofValue(d("80"))).compareTo(target) >= 0);
        assertTrue(shownTotal(catalogue, results, "1.2", Result.ofValue(d("79.99"))).compareTo(target) < 0);
    }

    @Test
    void alreadyMetSaysHowLowTheIndicatorMayGo() {
        Catalogue catalogue = office(thresholds("80", "85", "90", "95", "100"));
        Map<String, Result> results = results("1.1", "95", "1.2", "95", "2", "95");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3.5"));
        assertEquals(WhatIf.Outcome.ALREADY_MET, plan.outcome());
        assertEquals(0, d("4").compareTo(plan.current().total()));
        assertTrue(plan.needed().value().compareTo(d("95")) < 0);
        assertLeast(catalogue, results, "1.2", plan);
    }

    @Test
    void unreachableGivesTheBestAndNoNeed() {
        Catalogue catalogue = office(thresholds("80", "85", "90", "95", "100"));
        Map<String, Result> results = results("1.1", "80", "1.2", "80", "2", "80");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3"));
        assertEquals(WhatIf.Outcome.UNREACHABLE, plan.outcome());
        assertNull(plan.needed());
        // Best: 1.2 at 100 (5), 1 = 3, total (3 + 1) / 2 = 2.
        assertEquals(0, d("100").compareTo(plan.best().value()));
        assertEquals(0, d("2").compareTo(plan.best().total()));
    }

    @Test
    void aMissingResultWhileOpenIsNotAlreadyMetWhenAWeakOneWouldPullTheTotalDown() {
        Catalogue catalogue = office(thresholds("80", "85", "90", "95", "100"));
        Map<String, Result> results = results("1.1", "100", "2", "100");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("4.5"));
        assertEquals(0, d("5").compareTo(plan.current().total()), "1.2 left out while the round is open");
        assertNull(plan.current().value());
        assertEquals(WhatIf.Outcome.REACHABLE, plan.outcome());
        assertLeast(catalogue, results, "1.2", plan);
    }

    @Test
    void aBandIsReachedAtItsMinPercent() {
        Catalogue catalogue = office(thresholds("80", "85", "90", "95", "100"));
        Map<String, Result> results = results("1.1", "90", "1.2", "85", "2", "85");
        Band standard = Fixtures.BANDS.get(1);
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "2", WhatIf.totalForBand(standard));
        assertEquals(standard, Band.of(catalogue.bands(), plan.needed().percent()));
        assertEquals(standard, Band.of(catalogue.bands(), OfficeScorer.evaluate(catalogue, ROUND, false,
                Map.of("1.1", results.get("1.1"), "1.2", results.get("1.2"), "2", Result.ofValue(plan.needed().value())))
                .percent()));
        assertLeast(catalogue, results, "2", plan);
    }

    @Test
    void rawCountsAreAnsweredInTheirOwnUnit() {
        Catalogue catalogue = office(thresholds("100", "200", "300", "400", "500"));
        Map<String, Result> results = results("1.1", "90", "1.2", "150", "2", "90");
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", d("3"));
        // total = ((3 + s) / 2 + 3) / 2: 3 needs s = 3, a count of 300.
        assertEquals(0, d("300").compareTo(plan.needed().value()));
        assertLeast(catalogue, results, "1.2", plan);
    }

    @Test
    void indicatorsThatCannotMoveTheTotalAreRefused() {
        Indicator cancelled = new Indicator("1.3", "cancelled", null, d("5"), thresholds("0", "1", "2", "3", "4"),
                null, 6, List.of());
        Indicator later = new Indicator("3", "later", null, d("5"), null, 9, null,
                List.of(leaf("3.1", "1", thresholds("0", "1", "2", "3", "4"))));
        Catalogue catalogue = catalogue(MissingResultPolicy.DEFAULT,
                parent("1", "10", leaf("1.1", "5", thresholds("0", "1", "2", "3", "4")), cancelled), later);
        Map<String, Result> results = results("1.1", "2");
        for (String code : List.of("1.3", "3.1")) {
            InvalidScoringInputException e = assertThrows(InvalidScoringInputException.class,
                    () -> WhatIf.plan(catalogue, ROUND, false, results, code, d("4")));
            assertEquals("what-if-not-counted", e.findings().get(0).code(), code);
            assertEquals("indicatorCode", e.findings().get(0).field());
        }
        assertEquals("what-if-not-leaf", assertThrows(InvalidScoringInputException.class,
                () -> WhatIf.plan(catalogue, ROUND, false, results, "1", d("4"))).findings().get(0).code());
        assertEquals("indicator-not-in-catalogue", assertThrows(InvalidScoringInputException.class,
                () -> WhatIf.plan(catalogue, ROUND, false, results, "9", d("4"))).findings().get(0).code());
    }

    /** Any rising or falling thresholds, any other result, any reachable target: the least result, scored again. */
    @Property(tries = 300)
    void everyReachableAnswerIsTheLeastThatReaches(@ForAll @IntRange(min = 0, max = 1) int falling,
            @ForAll @BigRange(min = "0.01", max = "30") @Scale(2) BigDecimal gap,
            @ForAll @BigRange(min = "-50", max = "150") @Scale(2) BigDecimal first,
            @ForAll @BigRange(min = "0", max = "5") @Scale(3) BigDecimal target,
            @ForAll @BigRange(min = "60", max = "120") @Scale(2) BigDecimal other) {
        BigDecimal step = falling == 1 ? gap.negate() : gap;
        ThresholdCriterion criterion = new ThresholdCriterion(List.of(first, first.add(step),
                first.add(step.multiply(d("2"))), first.add(step.multiply(d("3"))), first.add(step.multiply(d("4")))),
                null);
        Catalogue catalogue = office(criterion, BelowLevelOnePolicy.EXTRAPOLATE_TO_ZERO);
        Map<String, Result> results = results("1.1", other.toPlainString(), "2", other.add(d("3")).toPlainString());
        WhatIf.Plan plan = WhatIf.plan(catalogue, ROUND, false, results, "1.2", target);
        if (plan.outcome() == WhatIf.Outcome.UNREACHABLE) {
            assertFalse(plan.best().reaches(target));
        } else if (plan.needed().value() != null) {
            assertLeast(catalogue, results, "1.2", plan);
        } else {
            assertTrue(plan.needed().reaches(target));
        }
    }
}
