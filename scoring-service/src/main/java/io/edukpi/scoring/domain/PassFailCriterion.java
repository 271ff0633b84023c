package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pass/fail: reaching the target scores one value, missing it another (1.1.2). */
public record PassFailCriterion(BigDecimal target, BigDecimal scoreWhenMet, BigDecimal scoreWhenNotMet,
        Direction direction) implements Criterion {

    public static final String TYPE = "PASS_FAIL";

    public PassFailCriterion {
        if (target == null) {
            throw InvalidScoringInputException.of(ScoringMessage.TARGET_REQUIRED.at("target"));
        }
        scoreWhenMet = scoreWhenMet == null ? Scores.MAX : scoreWhenMet;
        scoreWhenNotMet = scoreWhenNotMet == null ? BigDecimal.ONE : scoreWhenNotMet;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        for (Map.Entry<String, BigDecimal> score : Map.of("scoreWhenMet", scoreWhenMet,
                "scoreWhenNotMet", scoreWhenNotMet).entrySet()) {
            if (score.getValue().signum() < 0 || score.getValue().compareTo(Scores.MAX) > 0) {
                throw InvalidScoringInputException.of(ScoringMessage.SCORE_OUT_OF_RANGE.at(score.getKey()));
            }
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    private boolean met(BigDecimal x) {
        int cmp = x.compareTo(target);
        return direction == Direction.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
    }

    @Override
    public BigDecimal score(Result result, BelowLevelOnePolicy policy) {
        if (result != null && result.hasOverride()) {
            return evaluate(result, policy).score();
        }
        return met(Criterion.requireValue(result)) ? scoreWhenMet : scoreWhenNotMet;
    }

    @Override
    public CriterionEvaluation evaluate(Result result, BelowLevelOnePolicy policy) {
        BigDecimal x = Criterion.requireValue(result);
        boolean met = met(x);
        String op = direction == Direction.HIGHER_IS_BETTER ? (met ? " >= " : " < ") : (met ? " <= " : " > ");
        return Criterion.withOverride(new CriterionEvaluation(met ? scoreWhenMet : scoreWhenNotMet,
                met ? "target met" : "target not met",
                Scores.plain(x) + op + Scores.plain(target) + " (target): score "
                        + Scores.plain(met ? scoreWhenMet : scoreWhenNotMet),
                null, null), result);
    }

    @Override
    public InverseAnswer resultFor(BigDecimal score, BelowLevelOnePolicy policy) {
        BigDecimal low = scoreWhenMet.min(scoreWhenNotMet);
        if (score.compareTo(low) <= 0) {
            return InverseAnswer.any(score, "every result scores at least " + Scores.plain(low));
        }
        if (score.compareTo(scoreWhenMet) <= 0) {
            return InverseAnswer.exactly(score, target, "the target earns " + Scores.plain(scoreWhenMet));
        }
        return InverseAnswer.unreachable(score, "a pass/fail criterion gives at most " + Scores.plain(scoreWhenMet));
    }

    @Override
    public BigDecimal maximum() {
        return scoreWhenMet.max(scoreWhenNotMet);
    }

    @Override
    public BigDecimal minimum(BelowLevelOnePolicy policy) {
        return scoreWhenMet.min(scoreWhenNotMet);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("direction", direction.name());
        map.put("target", target);
        map.put("scoreWhenMet", scoreWhenMet);
        map.put("scoreWhenNotMet", scoreWhenNotMet);
        return map;
    }
}
