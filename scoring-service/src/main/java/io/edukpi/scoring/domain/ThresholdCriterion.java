package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edukpi.commons.message.Finding;

/**
 * Five-level thresholds T1..T5 with a step (the adjustment of +/- s units per score point):
 * at or beyond T5 scores 5; Tk <= X < Tk+1 scores k + (X - Tk) / (Tk+1 - Tk). Lower-is-better
 * indicators simply have T1 > T5: the same formula holds, "beyond" meaning smaller.
 */
public final class ThresholdCriterion implements Criterion {

    public static final String TYPE = "THRESHOLD";
    private static final BigDecimal[] LEVELS = { BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3),
            BigDecimal.valueOf(4), BigDecimal.valueOf(5) };

    private final BigDecimal[] t;
    private final BigDecimal step;
    private final int sign;
    private final BigDecimal t0;

    public ThresholdCriterion(List<BigDecimal> thresholds, BigDecimal step) {
        this.t = validated(thresholds, step);
        this.step = step;
        this.sign = t[4].compareTo(t[0]) > 0 ? 1 : -1;
        // Without a printed step, the first interval's width continues below T1.
        BigDecimal width = step != null ? step : t[1].subtract(t[0]).abs();
        this.t0 = sign > 0 ? t[0].subtract(width) : t[0].add(width);
    }

    private static BigDecimal[] validated(List<BigDecimal> thresholds, BigDecimal step) {
        List<Finding> findings = new ArrayList<>();
        if (thresholds == null || thresholds.size() != 5) {
            throw InvalidScoringInputException.of(ScoringMessage.THRESHOLDS_NOT_FIVE.at("thresholds"));
        }
        for (int i = 0; i < 5; i++) {
            if (thresholds.get(i) == null) {
                findings.add(ScoringMessage.THRESHOLD_MISSING.at("thresholds[" + i + "]", i + 1));
            }
        }
        if (!findings.isEmpty()) {
            throw new InvalidScoringInputException(findings);
        }
        BigDecimal[] t = thresholds.toArray(BigDecimal[]::new);
        int direction = Integer.signum(t[1].compareTo(t[0]));
        for (int i = 1; i < 5; i++) {
            if (direction == 0 || Integer.signum(t[i].compareTo(t[i - 1])) != direction) {
                findings.add(ScoringMessage.THRESHOLDS_NOT_ORDERED.at("thresholds[" + i + "]", i + 1, Scores.plain(t[i]), i,
                        Scores.plain(t[i - 1])));
                break;
            }
        }
        if (step != null && step.signum() <= 0) {
            findings.add(ScoringMessage.STEP_NOT_POSITIVE.at("step"));
        }
        if (!findings.isEmpty()) {
            throw new InvalidScoringInputException(findings);
        }
        return t;
    }

    @Override
    public String type() {
        return TYPE;
    }

    public Direction direction() {
        return sign > 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    public List<BigDecimal> thresholds() {
        return List.of(t);
    }

    public BigDecimal step() {
        return step;
    }

    /** "x is at or beyond y" in the direction of the scale. */
    private boolean reaches(BigDecimal x, BigDecimal y) {
        return x.compareTo(y) * sign >= 0;
    }

    @Override
    public BigDecimal score(Result result, BelowLevelOnePolicy policy) {
        if (result != null && result.hasOverride()) {
            return evaluate(result, policy).score();
        }
        return scoreOf(Criterion.requireValue(result), policy);
    }

    /** The score of a value; no allocation beyond the arithmetic. */
    public BigDecimal scoreOf(BigDecimal x, BelowLevelOnePolicy policy) {
        if (reaches(x, t[4])) {
            return LEVELS[4];
        }
        if (!reaches(x, t[0])) {
            return switch (policy) {
                case ONE -> BigDecimal.ONE;
                case ZERO -> BigDecimal.ZERO;
                case EXTRAPOLATE_TO_ZERO -> reaches(x, t0) && x.compareTo(t0) != 0
                        ? x.subtract(t0).divide(t[0].subtract(t0), Scores.MATH)
                        : BigDecimal.ZERO;
            };
        }
        int k = 3;
        while (!reaches(x, t[k])) {
            k--;
        }
        return LEVELS[k].add(x.subtract(t[k]).divide(t[k + 1].subtract(t[k]), Scores.MATH));
    }

    @Override
    public CriterionEvaluation evaluate(Result result, BelowLevelOnePolicy policy) {
        BigDecimal x = Criterion.requireValue(result);
        BigDecimal score = scoreOf(x, policy);
        String xs = Scores.plain(x);
        String segment;
        String arithmetic;
        if (reaches(x, t[4])) {
            segment = "X " + (sign > 0 ? ">=" : "<=") + " T5";
            arithmetic = xs + (sign > 0 ? " >= " : " <= ") + Scores.plain(t[4]) + " (T5): score 5";
        } else if (!reaches(x, t[0])) {
            segment = "X " + (sign > 0 ? "<" : ">") + " T1 (" + policy + ")";
            arithmetic = switch (policy) {
                case ONE -> xs + " is short of T1 = " + Scores.plain(t[0]) + ": score 1 (below-level-1 policy ONE)";
                case ZERO -> xs + " is short of T1 = " + Scores.plain(t[0]) + ": score 0 (below-level-1 policy ZERO)";
                case EXTRAPOLATE_TO_ZERO -> score.signum() == 0
                        ? xs + " is at or short of T0 = " + Scores.plain(t0) + ": score 0"
                        : "(" + xs + " - " + Scores.plain(t0) + ") / (" + Scores.plain(t[0]) + " - " + Scores.plain(t0)
                                + ") = " + Scores.plain(x.subtract(t0)) + " / " + Scores.plain(t[0].subtract(t0)) + " = "
                                + Scores.shown(score) + " (T0 = T1 - step)";
            };
        } else {
            int k = 3;
            while (!reaches(x, t[k])) {
                k--;
            }
            int level = k + 1;
            segment = "T" + level + (sign > 0 ? " <= X < T" : " >= X > T") + (level + 1);
            arithmetic = level + " + (" + xs + " - " + Scores.plain(t[k]) + ") / (" + Scores.plain(t[k + 1]) + " - "
                    + Scores.plain(t[k]) + ") = " + level + " + " + Scores.plain(x.subtract(t[k])) + " / "
                    + Scores.plain(t[k + 1].subtract(t[k])) + " = " + Scores.shown(score);
        }
        return Criterion.withOverride(new CriterionEvaluation(score, segment, arithmetic, null, null), result);
    }

    @Override
    public InverseAnswer resultFor(BigDecimal score, BelowLevelOnePolicy policy) {
        if (score.signum() < 0 || score.compareTo(Scores.MAX) > 0) {
            return InverseAnswer.unreachable(score, "scores run from 0 to 5");
        }
        if (score.compareTo(LEVELS[4]) == 0) {
            return InverseAnswer.exactly(score, t[4], "T5 earns the full score");
        }
        if (score.compareTo(BigDecimal.ONE) >= 0) {
            int k = score.intValue() - 1;
            BigDecimal x = t[k].add(score.subtract(LEVELS[k]).multiply(t[k + 1].subtract(t[k])));
            return InverseAnswer.exactly(score, x, "T" + (k + 1) + " + (score - " + (k + 1) + ") x (T" + (k + 2)
                    + " - T" + (k + 1) + ")");
        }
        return switch (policy) {
            case ONE -> InverseAnswer.any(score, "every result scores at least 1 (below-level-1 policy ONE)");
            case ZERO -> score.signum() == 0
                    ? InverseAnswer.any(score, "every result scores at least 0")
                    : InverseAnswer.unreachable(score, "below T1 scores 0 (policy ZERO): no result scores between 0 and 1");
            case EXTRAPOLATE_TO_ZERO -> score.signum() == 0
                    ? InverseAnswer.any(score, "every result scores at least 0")
                    : InverseAnswer.exactly(score, t0.add(score.multiply(t[0].subtract(t0))),
                            "T0 + score x (T1 - T0)");
        };
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("direction", direction().name());
        map.put("thresholds", List.of(t));
        map.put("step", step);
        return map;
    }
}
