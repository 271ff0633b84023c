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
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The examples of docs/domain.md and of issue 7's "Done when", each as a test. */
class ScoringExamplesTest {

    private static BigDecimal shown(Criterion criterion, String value) {
        return Scores.display(criterion.score(Result.ofValue(d(value)), BelowLevelOnePolicy.ONE));
    }

    @Test
    void thresholdInterpolatesLinearlyBetweenLevels() {
        assertEquals(d("3.54000"), shown(thresholds("80", "85", "90", "95", "100"), "92.7"));
    }

    @Test
    void lowerIsBetterUsesTheSameFormula() {
        ThresholdCriterion criterion = thresholds("20", "15", "10", "5", "0");
        assertEquals(Direction.LOWER_IS_BETTER, criterion.direction());
        assertEquals(d("2.60000"), shown(criterion, "12"));
    }

    @Test
    void seed111EnrolmentRatioScores331667() {
        ThresholdCriterion criterion = thresholds("72.97", "73.57", "74.17", "74.77", "75.37");
        CriterionEvaluation evaluation = criterion.evaluate(Result.ofValue(d("74.36")), BelowLevelOnePolicy.ONE);
        assertEquals(d("3.31667"), Scores.display(evaluation.score()));
        assertEquals("T3 <= X < T4", evaluation.segment());
        assertEquals("3 + (74.36 - 74.17) / (74.77 - 74.17) = 3 + 0.19 / 0.6 = 3.31666666667",
                evaluation.arithmetic());
    }

    @Test
    void seed113LowerSecondaryRatioScores382828() {
        // Seed 002, indicator 1.1.3: step 2.975, T = 88.1 / 91.08 / 94.05 / 97.02 / 100.
        ThresholdCriterion criterion = new ThresholdCriterion(
                List.of(d("88.1"), d("91.08"), d("94.05"), d("97.02"), d("100")), d("2.975"));
        assertEquals(d("3.82828"), shown(criterion, "96.51"));
    }

    @Test
    void atOrBeyondT5ScoresFiveAndBelowT1FollowsThePolicy() {
        ThresholdCriterion criterion = thresholds("80", "85", "90", "95", "100");
        assertEquals(d("5.00000"), shown(criterion, "100"));
        assertEquals(d("5.00000"), shown(criterion, "130"));
        Result low = Result.ofValue(d("77.5"));
        assertEquals(0, BigDecimal.ONE.compareTo(criterion.score(low, BelowLevelOnePolicy.ONE)));
        assertEquals(0, BigDecimal.ZERO.compareTo(criterion.score(low, BelowLevelOnePolicy.ZERO)));
        // T0 = 80 - 5 = 75: 77.5 is half way from T0 to T1.
        assertEquals(d("0.50000"), Scores.display(criterion.score(low, BelowLevelOnePolicy.EXTRAPOLATE_TO_ZERO)));
        assertEquals(0, BigDecimal.ZERO.compareTo(
                criterion.score(Result.ofValue(d("70")), BelowLevelOnePolicy.EXTRAPOLATE_TO_ZERO)));
    }

    @Test
    void rejectsUnorderedThresholdsWithThePathOfTheFirstBreak() {
        InvalidScoringInputException e = assertThrows(InvalidScoringInputException.class,
                () -> thresholds("80", "85", "84", "95", "100"));
        assertEquals("thresholds[2]", e.findings().get(0).field());
        assertThrows(InvalidScoringInputException.class, () -> thresholds("80", "80", "90", "95", "100"));
        assertThrows(InvalidScoringInputException.class, () -> thresholds("80", "85", "90", "95"));
    }

    @Test
    void passFailScoresFiveAtTargetAndOneBelow() {
        PassFailCriterion seed112 = new PassFailCriterion(d("100"), d("5"), d("1"), Direction.HIGHER_IS_BETTER);
        assertEquals(d("5.00000"), shown(seed112, "100"));
        assertEquals(d("1.00000"), shown(seed112, "99.99"));
    }

    @Test
    void milestoneCountsStepsCompletedInOrderOnly() {
        MilestoneCriterion criterion = MilestoneCriterion.ofSteps(5);
        Result oneTwoThreeFive = Result.ofSteps(Set.of(1, 2, 3, 5));
        assertEquals(0, d("3").compareTo(criterion.score(oneTwoThreeFive, BelowLevelOnePolicy.ONE)));
        assertTrue(criterion.evaluate(oneTwoThreeFive, BelowLevelOnePolicy.ONE).arithmetic()
                .contains("later steps do not count while step 4 is missing"));
    }

    @Test
    void reviewerFractionalScoreOverridesMilestoneAndKeepsBothVisible() {
        Result reviewed = new Result("r-1", 2, null, Set.of(1, 2, 3), d("3.5"), "step 4 half done: plan approved");
        CriterionEvaluation evaluation = MilestoneCriterion.ofSteps(5).evaluate(reviewed, BelowLevelOnePolicy.ONE);
        assertEquals(d("3.5"), evaluation.score());
        assertEquals(0, d("3").compareTo(evaluation.computedScore()));
        assertEquals("step 4 half done: plan approved", evaluation.overrideReason());
        assertThrows(InvalidScoringInputException.class, () -> MilestoneCriterion.ofSteps(5)
                .score(new Result(null, null, null, Set.of(1), d("2.5"), " "), BelowLevelOnePolicy.ONE));
    }

    @Test
    void weightedAverageOfTenFiveFiveIs438500() {
        Catalogue catalogue = catalogue(MissingResultPolicy.DEFAULT, parent("1", "20",
                leaf("1.1", "10", thresholds("0", "1", "2", "3", "4")),
                leaf("1.2", "5", thresholds("0", "1", "2", "3", "4")),
                leaf("1.3", "5", thresholds("0", "1", "2", "3", "4"))));
        // Scores 4.5, 3.54 and 5 on T = 0..4 come from results 3.5, 2.54 and 4.
        OfficeEvaluation evaluation = OfficeScorer.evaluate(catalogue, 6, false, Map.of(
                "1.1", Result.ofValue(d("3.5")), "1.2", Result.ofValue(d("2.54")), "1.3", Result.ofValue(d("4"))));
        NodeScore one = evaluation.indicators().get(0);
        assertEquals(d("4.38500"), one.displayScore());
        assertEquals("(10 x 4.5 + 5 x 3.54 + 5 x 5) / (10 + 5 + 5) = 87.7 / 20 = 4.385", one.arithmetic());
        assertEquals(d("4.38500"), evaluation.displayTotal());
    }

    @Test
    void percentOf446074Is8921AndFallsInTheTopBand() {
        assertEquals(d("89.21"), Scores.percent(d("4.46074")));
        assertEquals("ABOVE_STANDARD", Band.of(Fixtures.BANDS, Scores.percent(d("4.46074"))).code());
        assertEquals("STANDARD", Band.of(Fixtures.BANDS, d("79.99")).code());
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<Rankings.Ranked> ranked = Rankings.rank(List.of(
                new Rankings.Entry("A", "PRIMARY", d("4.2")),
                new Rankings.Entry("B", "PRIMARY", d("4.1")),
                new Rankings.Entry("C", "PRIMARY", d("4.1")),
                new Rankings.Entry("D", "PRIMARY", d("3.9")),
                new Rankings.Entry("S", "SECONDARY", d("2.0"))));
        assertEquals(List.of(1, 2, 2, 4), ranked.stream().filter(r -> r.officeKind().equals("PRIMARY"))
                .map(Rankings.Ranked::rank).toList());
        Rankings.Ranked secondary = ranked.stream().filter(r -> r.officeCode().equals("S")).findFirst().orElseThrow();
        assertEquals(1, secondary.rank());
        assertEquals(1, secondary.of());
    }

    @Test
    void rankingUsesTheUnroundedTotal() {
        List<Rankings.Ranked> ranked = Rankings.rank(List.of(
                new Rankings.Entry("A", "PRIMARY", d("4.385001")),
                new Rankings.Entry("B", "PRIMARY", d("4.385004"))));
        assertEquals("B", ranked.get(0).officeCode());
        assertEquals(2, ranked.get(1).rank());
    }

    @Test
    void cancelledAndNotStartedIndicatorsDropOutOfBothSums() {
        Indicator cancelled = new Indicator("1.2", "cancelled", null, d("5"), thresholds("0", "1", "2", "3", "4"), null, 9,
                List.of());
        Indicator later = new Indicator("1.3", "later", null, d("5"), thresholds("0", "1", "2", "3", "4"), 12, null,
                List.of());
        Catalogue catalogue = catalogue(MissingResultPolicy.DEFAULT,
                parent("1", "20", leaf("1.1", "10", thresholds("0", "1", "2", "3", "4")), cancelled, later));
        OfficeEvaluation round9 = OfficeScorer.evaluate(catalogue, 9, false, Map.of(
                "1.1", Result.ofValue(d("3.5")), "1.2", Result.ofValue(d("0")), "1.3", Result.ofValue(d("0"))));
        List<NodeScore> children = round9.indicators().get(0).children();
        assertEquals(NodeStatus.CANCELLED, children.get(1).status());
        assertEquals(NodeStatus.NOT_STARTED, children.get(2).status());
        assertEquals(d("4.50000"), round9.displayTotal());
    }

    @Test
    void missingResultIsLeftOutWhileOpenAndScoresZeroWhenClosedByDefault() {
        Catalogue catalogue = catalogue(MissingResultPolicy.DEFAULT,
                leaf("1", "10", thresholds("0", "1", "2", "3", "4")), leaf("2", "10", thresholds("0", "1", "2", "3", "4")));
        Map<String, Result> onlyOne = Map.of("1", Result.ofValue(d("4")));
        assertEquals(d("5.00000"), OfficeScorer.evaluate(catalogue, 6, false, onlyOne).displayTotal());
        OfficeEvaluation closed = OfficeScorer.evaluate(catalogue, 6, true, onlyOne);
        assertEquals(d("2.50000"), closed.displayTotal());
        assertEquals(NodeStatus.MISSING_SCORED_ZERO, closed.indicators().get(1).status());
        Catalogue exclude = catalogue(MissingResultPolicy.EXCLUDE,
                leaf("1", "10", thresholds("0", "1", "2", "3", "4")), leaf("2", "10", thresholds("0", "1", "2", "3", "4")));
        assertEquals(d("5.00000"), OfficeScorer.evaluate(exclude, 6, true, onlyOne).displayTotal());
        assertNull(OfficeScorer.evaluate(exclude, 6, true, Map.of()).total());
    }

    @Test
    void rejectsARoundThatIsNotInTheCatalogue() {
        Catalogue catalogue = catalogue(MissingResultPolicy.DEFAULT, leaf("1", "10", thresholds("0", "1", "2", "3", "4")));
        InvalidScoringInputException e = assertThrows(InvalidScoringInputException.class,
                () -> OfficeScorer.evaluate(catalogue, 7, false, Map.of()));
        assertEquals("round", e.findings().get(0).field());
    }

    @Test
    void inverseGivesTheResultNeededForAScore() {
        ThresholdCriterion seed111 = thresholds("72.97", "73.57", "74.17", "74.77", "75.37");
        InverseAnswer answer = seed111.resultFor(d("3.5"), BelowLevelOnePolicy.ONE);
        assertEquals(0, d("74.47").compareTo(answer.result()));
        assertTrue(seed111.resultFor(d("0.5"), BelowLevelOnePolicy.ONE).anyResult());
        assertFalse(seed111.resultFor(d("0.5"), BelowLevelOnePolicy.ZERO).reachable());
    }

    @Test
    void whatIfSaysWhatOneIndicatorNeedsForATotalOrBand() {
        Catalogue catalogue = catalogue(MissingResultPolicy.DEFAULT,
                leaf("1", "10", thresholds("80", "85", "90", "95", "100")),
                leaf("2", "10", thresholds("80", "85", "90", "95", "100")));
        Map<String, Result> results = Map.of("1", Result.ofValue(d("90")), "2", Result.ofValue(d("85")));
        // Total now (3 + 2) / 2 = 2.5; 4 needs indicator 2 at 5, i.e. a result of 100.
        WhatIf.Answer answer = WhatIf.forTotal(catalogue, 6, false, results, "2", d("4"));
        assertEquals(0, d("2.5").compareTo(answer.currentTotal()));
        assertEquals(0, d("5").compareTo(answer.neededScore()));
        assertEquals(0, d("100").compareTo(answer.neededResult().result()));
        // Band STANDARD from 60 % = total 3: indicator 2 needs 3, i.e. 90.
        WhatIf.Answer band = WhatIf.forTotal(catalogue, 6, false, results, "2",
                WhatIf.totalForBand(Fixtures.BANDS.get(1)));
        assertEquals(0, d("90").compareTo(band.neededResult().result()));
        assertFalse(WhatIf.forTotal(catalogue, 6, false, results, "2", d("4.5")).reachable());
    }
}
