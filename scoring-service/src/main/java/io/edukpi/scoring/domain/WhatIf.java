package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * What an office needs on one indicator to reach a total (or a band's cut-off), everything else
 * staying as it is. The total is a weighted average of weighted averages, hence linear in the
 * indicator's score s: total(s) = a + b x s, with a and b read off two evaluations. The line gives
 * the score needed, the criterion's inverse the result; {@link #plan} then scores that result
 * forward with the engine itself, so what it answers is what the scorecard would show.
 */
public final class WhatIf {

    /** Rounds of {@link #plan}'s search around the inverse: DECIMAL128 noise moves it one resolution at most. */
    private static final int NUDGES = 3;

    private WhatIf() {
    }

    /** The evaluate endpoint's answer for a caller's tree. */
    public record Answer(String indicatorCode, BigDecimal targetTotal, BigDecimal currentTotal,
            BigDecimal neededScore, InverseAnswer neededResult, boolean alreadyReached,
            boolean reachable, String note) {
    }

    public enum Outcome {
        /** A result of the indicator reaches the target; {@code needed} says the least. */
        REACHABLE,
        /** The office's results reach it already; {@code needed} says how low the indicator may go. */
        ALREADY_MET,
        /** Even the indicator's best result falls short. */
        UNREACHABLE
    }

    /**
     * One result of the indicator and the office's total with it. {@code value} null: no result
     * (current) or any result will do (needed); {@code score} null: no result.
     */
    public record Point(BigDecimal value, BigDecimal score, BigDecimal total) {

        public BigDecimal percent() {
            return Scores.percent(total);
        }

        /** Whether the total, as the scorecard shows it (5 decimals), reaches {@code target}. */
        public boolean reaches(BigDecimal target) {
            return total != null && Scores.display(total).compareTo(target) >= 0;
        }
    }

    /** The answer on stored results: {@code needed} null when UNREACHABLE. */
    public record Plan(Indicator indicator, BigDecimal targetTotal, Outcome outcome, Point current, Point needed,
            Point best) {
    }

    public static Answer forTotal(Catalogue catalogue, int round, boolean closed, Map<String, Result> results,
            String indicatorCode, BigDecimal targetTotal) {
        Indicator indicator = leaf(catalogue, round, indicatorCode);
        BelowLevelOnePolicy policy = catalogue.belowLevelOnePolicy();
        BigDecimal current = total(catalogue, round, closed, results);
        if (indicator.exclusionIn(round) != null) {
            return new Answer(indicatorCode, targetTotal, current, null, null, false, false,
                    indicatorCode + " does not count in round " + round + " (" + indicator.exclusionIn(round) + ")");
        }
        Line line = Line.of(catalogue, round, closed, results, indicator);
        if (line.b.signum() == 0) {
            return new Answer(indicatorCode, targetTotal, current, null, null, false, false,
                    indicatorCode + " has weight 0: its score does not move the total");
        }
        BigDecimal needed = line.scoreFor(targetTotal);
        Criterion criterion = OfficeScorer.criterion(indicator);
        BigDecimal minimum = criterion.minimum(policy);
        if (needed.compareTo(Scores.MAX) > 0) {
            return new Answer(indicatorCode, targetTotal, current, needed, null, false, false,
                    "even a score of 5 on " + indicatorCode + " gives only " + Scores.display(line.at(Scores.MAX)));
        }
        boolean already = needed.compareTo(minimum) <= 0;
        BigDecimal score = already ? minimum : needed;
        return new Answer(indicatorCode, targetTotal, current, score, criterion.resultFor(score, policy), already,
                true, "total = " + Scores.shown(line.a) + " + " + Scores.shown(line.b) + " x score(" + indicatorCode + ")");
    }

    /**
     * What the office's results (as stored for the round) need from one indicator for
     * {@code targetTotal}: the least result, at the resolution results are entered with, whose
     * total as shown reaches it; the indicator's current and best result beside it. Refused (field
     * {@code indicatorCode}) when the indicator takes no result or cannot move the total.
     */
    public static Plan plan(Catalogue catalogue, int round, boolean closed, Map<String, Result> results,
            String indicatorCode, BigDecimal targetTotal) {
        Indicator indicator = leaf(catalogue, round, indicatorCode);
        NodeStatus excluded = indicator.exclusionIn(round);
        Line line = excluded == null ? Line.of(catalogue, round, closed, results, indicator) : null;
        if (line == null || line.b.signum() == 0) {
            throw InvalidScoringInputException.of(ScoringMessage.WHAT_IF_NOT_COUNTED.at("indicatorCode", indicatorCode,
                    round, excluded == null ? "weight 0 in the total" : excluded.name()));
        }
        Forward forward = new Forward(catalogue, round, closed, results, indicator);
        Criterion criterion = forward.criterion;
        Result stored = results.get(indicatorCode);
        Point current = new Point(stored == null ? null : criterion.valueOf(stored),
                stored == null ? null : criterion.score(stored, forward.policy), total(catalogue, round, closed, results));
        InverseAnswer top = criterion.resultFor(criterion.maximum(), forward.policy);
        Point best = top.anyResult() ? forward.anyResult() : forward.at(top.result());
        BigDecimal neededScore = line.scoreFor(targetTotal).min(criterion.maximum());
        // Without a result yet, a weak one could still pull the total under the target.
        if (current.reaches(targetTotal) && (stored != null || forward.anyResult().reaches(targetTotal))) {
            return new Plan(indicator, targetTotal, Outcome.ALREADY_MET, current,
                    forward.least(neededScore, targetTotal), best);
        }
        if (!best.reaches(targetTotal)) {
            return new Plan(indicator, targetTotal, Outcome.UNREACHABLE, current, null, best);
        }
        return new Plan(indicator, targetTotal, Outcome.REACHABLE, current, forward.least(neededScore, targetTotal),
                best);
    }

    /** The cut-off of a band as a total: minPercent / 100 x 5. */
    public static BigDecimal totalForBand(Band band) {
        return band.minPercent().multiply(Scores.MAX).divide(Scores.HUNDRED, Scores.MATH);
    }

    private static Indicator leaf(Catalogue catalogue, int round, String indicatorCode) {
        catalogue.requireRound(round);
        Indicator indicator = catalogue.indicator(indicatorCode);
        if (!indicator.isLeaf()) {
            throw InvalidScoringInputException.of(ScoringMessage.WHAT_IF_NOT_LEAF.at("indicatorCode", indicatorCode));
        }
        return indicator;
    }

    private static BigDecimal total(Catalogue catalogue, int round, boolean closed, Map<String, Result> results) {
        BelowLevelOnePolicy policy = catalogue.belowLevelOnePolicy();
        return OfficeScorer.total(catalogue, round, closed, leaf -> leafScore(leaf, results, policy));
    }

    private static BigDecimal leafScore(Indicator leaf, Map<String, Result> results, BelowLevelOnePolicy policy) {
        Result result = results.get(leaf.code());
        return result == null ? null : OfficeScorer.criterion(leaf).score(result, policy);
    }

    /** total(s) = a + b x s for the indicator's score s, the other results held. */
    private record Line(BigDecimal a, BigDecimal b) {

        static Line of(Catalogue catalogue, int round, boolean closed, Map<String, Result> results, Indicator indicator) {
            BelowLevelOnePolicy policy = catalogue.belowLevelOnePolicy();
            BigDecimal a = OfficeScorer.total(catalogue, round, closed,
                    leaf -> leaf == indicator ? BigDecimal.ZERO : leafScore(leaf, results, policy));
            BigDecimal atMax = OfficeScorer.total(catalogue, round, closed,
                    leaf -> leaf == indicator ? Scores.MAX : leafScore(leaf, results, policy));
            return new Line(a, atMax.subtract(a).divide(Scores.MAX, Scores.MATH));
        }

        BigDecimal scoreFor(BigDecimal total) {
            return total.subtract(a).divide(b, Scores.MATH);
        }

        BigDecimal at(BigDecimal score) {
            return a.add(b.multiply(score));
        }
    }

    /** The office's results with the indicator's replaced, scored by the engine. */
    private static final class Forward {

        private final Catalogue catalogue;
        private final int round;
        private final boolean closed;
        private final Map<String, Result> results;
        private final Indicator indicator;
        private final Criterion criterion;
        private final BelowLevelOnePolicy policy;

        Forward(Catalogue catalogue, int round, boolean closed, Map<String, Result> results, Indicator indicator) {
            this.catalogue = catalogue;
            this.round = round;
            this.closed = closed;
            this.results = results;
            this.indicator = indicator;
            this.criterion = OfficeScorer.criterion(indicator);
            this.policy = catalogue.belowLevelOnePolicy();
        }

        Point at(BigDecimal value) {
            Map<String, Result> changed = new HashMap<>(results);
            Result result = criterion.resultOf(value);
            changed.put(indicator.code(), result);
            return new Point(value, criterion.score(result, policy), total(catalogue, round, closed, changed));
        }

        /** Every result scores the criterion's minimum at least: the total with that score. */
        Point anyResult() {
            BigDecimal minimum = criterion.minimum(policy);
            return new Point(null, minimum, OfficeScorer.total(catalogue, round, closed,
                    leaf -> leaf == indicator ? minimum : leafScore(leaf, results, policy)));
        }

        /**
         * The least result reaching the target: the inverse of the score needed, rounded to the
         * resolution in the better direction, then checked forward and moved by one resolution
         * while the result beside it says otherwise.
         */
        Point least(BigDecimal neededScore, BigDecimal target) {
            if (neededScore.compareTo(criterion.minimum(policy)) <= 0) {
                return anyResult();
            }
            InverseAnswer inverse = criterion.resultFor(neededScore, policy);
            if (!inverse.reachable()) {
                // Policy ZERO: nothing scores between 0 and 1, so T1 (score 1) is the least that reaches.
                inverse = criterion.resultFor(BigDecimal.ONE, policy);
            }
            BigDecimal step = criterion.direction() == Direction.HIGHER_IS_BETTER ? criterion.resolution()
                    : criterion.resolution().negate();
            BigDecimal value = inverse.result().setScale(criterion.resolution().scale(),
                    step.signum() > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
            Point point = at(value);
            for (int i = 0; i < NUDGES && !point.reaches(target); i++) {
                point = at(point.value().add(step));
            }
            for (int i = 0; i < NUDGES; i++) {
                Point worse = at(point.value().subtract(step));
                if (!worse.reaches(target)) {
                    return point;
                }
                if (worse.score().compareTo(criterion.minimum(policy)) <= 0) {
                    return anyResult();
                }
                point = worse;
            }
            return point;
        }
    }
}
