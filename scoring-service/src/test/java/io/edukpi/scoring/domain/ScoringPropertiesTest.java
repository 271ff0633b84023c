package io.edukpi.scoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ScoringPropertiesTest {

    /** Five strictly ordered thresholds, increasing or decreasing, with two decimals like the seeds. */
    @Provide
    Arbitrary<ThresholdCriterion> criteria() {
        Arbitrary<BigDecimal> start = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
                .ofScale(2);
        Arbitrary<List<BigDecimal>> gaps = Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
                new BigDecimal("50")).ofScale(2).list().ofSize(4);
        return Combinators.combine(start, gaps, Arbitraries.of(true, false)).as((t1, steps, increasing) -> {
            List<BigDecimal> t = new ArrayList<>(List.of(t1));
            for (BigDecimal gap : steps) {
                BigDecimal last = t.get(t.size() - 1);
                t.add(increasing ? last.add(gap) : last.subtract(gap));
            }
            return new ThresholdCriterion(t, null);
        });
    }

    private static BigDecimal score(ThresholdCriterion criterion, BigDecimal x, BelowLevelOnePolicy policy) {
        return criterion.scoreOf(x, policy);
    }

    /**
     * A value on the criterion's scale, numerically ascending with permille: from below the lowest threshold to above the
     * highest.
     */
    private static BigDecimal ascending(ThresholdCriterion criterion, int permille) {
        BigDecimal t1 = criterion.thresholds().get(0);
        BigDecimal t5 = criterion.thresholds().get(4);
        BigDecimal low = t1.min(t5);
        BigDecimal span = t1.max(t5).subtract(low);
        return low.subtract(span.multiply(new BigDecimal("0.2")))
                .add(span.multiply(BigDecimal.valueOf(permille)).divide(new BigDecimal("700"), Scores.MATH));
    }

    @Property
    void monotonicInTheResultReversedForLowerIsBetter(@ForAll("criteria") ThresholdCriterion criterion,
            @ForAll @IntRange(min = 0, max = 1000) int a,
            @ForAll @IntRange(min = 0, max = 1000) int b,
            @ForAll BelowLevelOnePolicy policy) {
        BigDecimal smaller = ascending(criterion, Math.min(a, b));
        BigDecimal larger = ascending(criterion, Math.max(a, b));
        int comparison = score(criterion, larger, policy).compareTo(score(criterion, smaller, policy));
        // A larger result never scores less when higher is better, never more when lower is better.
        if (criterion.direction() == Direction.HIGHER_IS_BETTER) {
            assertTrue(comparison >= 0, () -> smaller + " -> " + larger);
        } else {
            assertTrue(comparison <= 0, () -> smaller + " -> " + larger);
        }
    }

    @Property
    void boundedBetweenZeroAndFive(@ForAll("criteria") ThresholdCriterion criterion,
            @ForAll @BigRange(min = "-100000", max = "100000") @Scale(3) BigDecimal x,
            @ForAll BelowLevelOnePolicy policy) {
        BigDecimal score = score(criterion, x, policy);
        assertTrue(score.compareTo(criterion.minimum(policy)) >= 0 && score.compareTo(Scores.MAX) <= 0, score::toString);
    }

    @Property
    void continuousAtEveryThreshold(@ForAll("criteria") ThresholdCriterion criterion,
            @ForAll @IntRange(min = 1, max = 4) int k) {
        BigDecimal tk = criterion.thresholds().get(k);
        BigDecimal previous = criterion.thresholds().get(k - 1);
        BigDecimal epsilon = tk.subtract(previous).abs().movePointLeft(9);
        BigDecimal justShort = criterion.direction() == Direction.HIGHER_IS_BETTER ? tk.subtract(epsilon) : tk.add(epsilon);
        BigDecimal at = score(criterion, tk, BelowLevelOnePolicy.ONE);
        assertEquals(0, at.compareTo(BigDecimal.valueOf(k + 1L)));
        assertTrue(at.subtract(score(criterion, justShort, BelowLevelOnePolicy.ONE)).abs()
                .compareTo(new BigDecimal("0.000001")) < 0);
    }

    @Property
    void continuousAtT1WhenExtrapolatingToZero(@ForAll("criteria") ThresholdCriterion criterion) {
        BigDecimal t1 = criterion.thresholds().get(0);
        BigDecimal epsilon = criterion.thresholds().get(1).subtract(t1).abs().movePointLeft(9);
        BigDecimal justShort = criterion.direction() == Direction.HIGHER_IS_BETTER ? t1.subtract(epsilon) : t1.add(epsilon);
        assertTrue(BigDecimal.ONE.subtract(score(criterion, justShort, BelowLevelOnePolicy.EXTRAPOLATE_TO_ZERO)).abs()
                .compareTo(new BigDecimal("0.000001")) < 0);
    }

    @Property
    void inverseOfScoreIsTheResultInsideTheScale(@ForAll("criteria") ThresholdCriterion criterion,
            @ForAll @IntRange(min = 0, max = 9999) int position,
            @ForAll BelowLevelOnePolicy policy) {
        BigDecimal t1 = criterion.thresholds().get(0);
        BigDecimal t5 = criterion.thresholds().get(4);
        BigDecimal x = t1.add(t5.subtract(t1).multiply(BigDecimal.valueOf(position)).divide(new BigDecimal("10000")))
                .setScale(4, RoundingMode.HALF_UP);
        InverseAnswer inverse = criterion.resultFor(score(criterion, x, policy), policy);
        assertTrue(inverse.reachable());
        if (!inverse.anyResult()) {
            assertEquals(0, inverse.result().setScale(4, RoundingMode.HALF_UP).compareTo(x), () -> inverse + " for " + x);
        }
    }

    @Property
    void aggregationIsInvariantToChildOrder(@ForAll @IntRange(min = 1, max = 12) int size,
            @ForAll("permutationSeed") long seed) {
        Random random = new Random(seed);
        ThresholdCriterion criterion = Fixtures.thresholds("0", "1", "2", "3", "4");
        List<Indicator> children = new ArrayList<>();
        Map<String, Result> results = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String code = "1." + i;
            children.add(Fixtures.leaf(code, BigDecimal.valueOf(1 + random.nextInt(500), 2).toPlainString(), criterion));
            if (random.nextInt(4) > 0) {
                results.put(code, Result.ofValue(BigDecimal.valueOf(random.nextInt(5000), 3)));
            }
        }
        List<Indicator> shuffled = new ArrayList<>(children);
        Collections.shuffle(shuffled, random);
        BigDecimal inOrder = OfficeScorer.evaluate(Fixtures.catalogue(MissingResultPolicy.DEFAULT,
                new Indicator("1", "one", null, BigDecimal.TEN, null, null, null, children)), 6, true, results).total();
        BigDecimal reordered = OfficeScorer.evaluate(Fixtures.catalogue(MissingResultPolicy.DEFAULT,
                new Indicator("1", "one", null, BigDecimal.TEN, null, null, null, shuffled)), 6, true, results).total();
        assertEquals(Scores.display(inOrder), Scores.display(reordered));
        assertTrue(reordered.subtract(inOrder).abs().compareTo(new BigDecimal("1E-25")) < 0);
    }

    @Provide
    Arbitrary<Long> permutationSeed() {
        return Arbitraries.longs();
    }
}
