package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an office needs on one indicator to reach a total (or a band's cut-off), everything else
 * staying as it is. The total is a weighted average of weighted averages, hence linear in the
 * indicator's score s: total(s) = a + b x s, with a and b read off two evaluations.
 */
public final class WhatIf {

    private WhatIf() {
    }

    public record Answer(String indicatorCode, BigDecimal targetTotal, BigDecimal currentTotal,
            BigDecimal neededScore, InverseAnswer neededResult, boolean alreadyReached,
            boolean reachable, String note) {
    }

    public static Answer forTotal(Catalogue catalogue, int round, boolean closed, Map<String, Result> results,
            String indicatorCode, BigDecimal targetTotal) {
        catalogue.requireRound(round);
        Indicator indicator = catalogue.indicator(indicatorCode);
        if (!indicator.isLeaf()) {
            throw InvalidScoringInputException.of(ScoringMessage.WHAT_IF_NOT_LEAF.at("indicatorCode", indicatorCode));
        }
        BelowLevelOnePolicy policy = catalogue.belowLevelOnePolicy();
        BigDecimal current = OfficeScorer.total(catalogue, round, closed, leaf -> leafScore(leaf, results, policy));
        if (indicator.exclusionIn(round) != null) {
            return new Answer(indicatorCode, targetTotal, current, null, null, false, false,
                    indicatorCode + " does not count in round " + round + " (" + indicator.exclusionIn(round) + ")");
        }
        BigDecimal a = OfficeScorer.total(catalogue, round, closed,
                leaf -> leaf == indicator ? BigDecimal.ZERO : leafScore(leaf, results, policy));
        BigDecimal atMax = OfficeScorer.total(catalogue, round, closed,
                leaf -> leaf == indicator ? Scores.MAX : leafScore(leaf, results, policy));
        BigDecimal b = atMax.subtract(a).divide(Scores.MAX, Scores.MATH);
        if (b.signum() == 0) {
            return new Answer(indicatorCode, targetTotal, current, null, null, false, false,
                    indicatorCode + " has weight 0: its score does not move the total");
        }
        BigDecimal needed = targetTotal.subtract(a).divide(b, Scores.MATH);
        Criterion criterion = OfficeScorer.criterion(indicator);
        BigDecimal minimum = criterion.minimum(policy);
        if (needed.compareTo(Scores.MAX) > 0) {
            return new Answer(indicatorCode, targetTotal, current, needed, null, false, false,
                    "even a score of 5 on " + indicatorCode + " gives only " + Scores.display(atMax));
        }
        boolean already = needed.compareTo(minimum) <= 0;
        BigDecimal score = already ? minimum : needed;
        return new Answer(indicatorCode, targetTotal, current, score, criterion.resultFor(score, policy), already,
                true, "total = " + Scores.shown(a) + " + " + Scores.shown(b) + " x score(" + indicatorCode + ")");
    }

    /** The cut-off of a band as a total: minPercent / 100 x 5. */
    public static BigDecimal totalForBand(Band band) {
        return band.minPercent().multiply(Scores.MAX).divide(Scores.HUNDRED, Scores.MATH);
    }

    private static BigDecimal leafScore(Indicator leaf, Map<String, Result> results, BelowLevelOnePolicy policy) {
        Result result = results.get(leaf.code());
        return result == null ? null : OfficeScorer.criterion(leaf).score(result, policy);
    }
}
