package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * An accepted result of one office for one indicator and round: a value, or the milestone steps
 * completed, optionally a reviewer's score that overrides the computed one (with its reason).
 */
public record Result(String resultId, Integer resultVersion, BigDecimal value, Set<Integer> stepsCompleted,
        BigDecimal reviewerScore, String reviewerReason) {

    public Result {
        stepsCompleted = stepsCompleted == null ? Set.of() : Set.copyOf(new TreeSet<>(stepsCompleted));
    }

    public static Result ofValue(BigDecimal value) {
        return new Result(null, null, value, Set.of(), null, null);
    }

    public static Result ofSteps(Set<Integer> steps) {
        return new Result(null, null, null, steps, null, null);
    }

    public boolean hasOverride() {
        return reviewerScore != null;
    }
}
