package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Milestones: the score is the highest step completed in order (steps 1-3
 * done, 4 not: 3, whatever happened at 5). No step completed falls under the below-level-1 policy
 * (ONE: 1, otherwise 0). A reviewer may grant a fractional score with a reason.
 */
public record MilestoneCriterion(List<String> steps) implements Criterion {

    public static final String TYPE = "MILESTONE";

    public MilestoneCriterion {
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > 5) {
            throw InvalidScoringInputException.of(ScoringMessage.MILESTONE_STEPS.at("steps"));
        }
    }

    /** Five steps without descriptions, for previews. */
    public static MilestoneCriterion ofSteps(int count) {
        return new MilestoneCriterion(Collections.nCopies(count, ""));
    }

    @Override
    public String type() {
        return TYPE;
    }

    private int inOrder(Set<Integer> done) {
        int k = 0;
        while (k < steps.size() && done.contains(k + 1)) {
            k++;
        }
        return k;
    }

    private void check(Result result) {
        if (result == null) {
            throw InvalidScoringInputException.of(ScoringMessage.STEPS_COMPLETED_REQUIRED.at("stepsCompleted"));
        }
        for (Integer step : result.stepsCompleted()) {
            if (step == null || step < 1 || step > steps.size()) {
                throw InvalidScoringInputException.of(
                        ScoringMessage.STEP_OUT_OF_RANGE.at("stepsCompleted", steps.size(), step));
            }
        }
    }

    private BigDecimal fromSteps(int k, BelowLevelOnePolicy policy) {
        if (k == 0) {
            return policy == BelowLevelOnePolicy.ONE ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        // Fewer than five steps still spread over the scale of five.
        return steps.size() == 5 ? BigDecimal.valueOf(k)
                : BigDecimal.valueOf(5L * k).divide(BigDecimal.valueOf(steps.size()), Scores.MATH);
    }

    @Override
    public BigDecimal score(Result result, BelowLevelOnePolicy policy) {
        check(result);
        if (result.hasOverride()) {
            return evaluate(result, policy).score();
        }
        return fromSteps(inOrder(result.stepsCompleted()), policy);
    }

    @Override
    public CriterionEvaluation evaluate(Result result, BelowLevelOnePolicy policy) {
        check(result);
        int k = inOrder(result.stepsCompleted());
        BigDecimal score = fromSteps(k, policy);
        String arithmetic = "steps completed " + result.stepsCompleted() + "; completed in order: "
                + (k == 0 ? "none (below-level-1 policy " + policy + ")" : "1.." + k)
                + (k < steps.size() && result.stepsCompleted().stream().anyMatch(s -> s > k + 1)
                        ? "; later steps do not count while step " + (k + 1) + " is missing"
                        : "")
                + ": score " + Scores.shown(score);
        return Criterion.withOverride(new CriterionEvaluation(score, "step " + k + " of " + steps.size(), arithmetic,
                null, null), result);
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public BigDecimal valueOf(Result result) {
        return BigDecimal.valueOf(inOrder(result.stepsCompleted()));
    }

    /** Steps 1..n done; n a whole number of steps. */
    @Override
    public Result resultOf(BigDecimal value) {
        return Result.ofSteps(IntStream.rangeClosed(1, value.intValueExact()).boxed().collect(Collectors.toSet()));
    }

    @Override
    public BigDecimal resolution() {
        return BigDecimal.ONE;
    }

    @Override
    public InverseAnswer resultFor(BigDecimal score, BelowLevelOnePolicy policy) {
        if (score.compareTo(minimum(policy)) <= 0) {
            return InverseAnswer.any(score, "no step needed");
        }
        if (score.compareTo(Scores.MAX) > 0) {
            return InverseAnswer.unreachable(score, "scores run up to 5");
        }
        BigDecimal needed = score.multiply(BigDecimal.valueOf(steps.size())).divide(Scores.MAX, Scores.MATH)
                .setScale(0, RoundingMode.CEILING);
        return InverseAnswer.exactly(score, needed, "steps 1.." + needed + " completed in order");
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("steps", steps);
        return map;
    }
}
