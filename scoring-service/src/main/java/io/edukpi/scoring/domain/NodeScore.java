package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The score of one indicator for one office and round, with its explanation. {@code score} is
 * unrounded and null when the indicator did not count ({@code status} says why).
 * Leaves: {@code input}, {@code criterion} and {@code evaluation}; parents: {@code children},
 * the two sums and the arithmetic.
 */
public record NodeScore(String code, String name, BigDecimal weight, BigDecimal score, NodeStatus status,
        Result input, Map<String, Object> criterion, CriterionEvaluation evaluation,
        BigDecimal weightedSum, BigDecimal weightSum, String arithmetic, List<NodeScore> children) {

    public boolean counted() {
        return status.counted();
    }

    public BigDecimal displayScore() {
        return Scores.display(score);
    }

    public BigDecimal percent() {
        return Scores.percent(score);
    }
}
