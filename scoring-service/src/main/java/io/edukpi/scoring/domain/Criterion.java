package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;

/** A scoring criterion: turns one result into a score from 0 or 1 up to 5. */
public sealed interface Criterion permits ThresholdCriterion, PassFailCriterion, MilestoneCriterion {

    String type();

    /** The score alone: the hot path of recalculations, no explanation built. */
    BigDecimal score(Result result, BelowLevelOnePolicy policy);

    /** The score with the segment and arithmetic that produced it. */
    CriterionEvaluation evaluate(Result result, BelowLevelOnePolicy policy);

    /** The least result that earns {@code score}. */
    InverseAnswer resultFor(BigDecimal score, BelowLevelOnePolicy policy);

    /** The criterion as data, for explanations. */
    Map<String, Object> describe();

    /** Whether a larger result earns more. */
    Direction direction();

    /** The highest score this criterion can give. */
    default BigDecimal maximum() {
        return Scores.MAX;
    }

    /**
     * The result as one number, what a what-if answers in: the value as entered (milestones: the
     * steps completed in order); null without one.
     */
    default BigDecimal valueOf(Result result) {
        return result.value();
    }

    /** The result that number stands for; the inverse of {@link #valueOf}. */
    default Result resultOf(BigDecimal value) {
        return Result.ofValue(value);
    }

    /** The finest difference between two results as offices enter them: hundredths (milestones: one step). */
    default BigDecimal resolution() {
        return Scores.HUNDREDTH;
    }

    /** The lowest score this criterion can give under the policy: 1 under {@code ONE}, else 0. */
    default BigDecimal minimum(BelowLevelOnePolicy policy) {
        return policy == BelowLevelOnePolicy.ONE ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    static BigDecimal requireValue(Result result) {
        if (result == null || result.value() == null) {
            throw InvalidScoringInputException.of(ScoringMessage.VALUE_REQUIRED.at("value"));
        }
        return result.value();
    }

    /** A reviewer's score replaces the computed one, and both stay visible. */
    static CriterionEvaluation withOverride(CriterionEvaluation computed, Result result) {
        if (result == null || !result.hasOverride()) {
            return computed;
        }
        BigDecimal override = result.reviewerScore();
        if (override.signum() < 0 || override.compareTo(Scores.MAX) > 0) {
            throw InvalidScoringInputException.of(ScoringMessage.REVIEWER_SCORE_OUT_OF_RANGE.at("reviewerScore"));
        }
        if (result.reviewerReason() == null || result.reviewerReason().isBlank()) {
            throw InvalidScoringInputException.of(ScoringMessage.REVIEWER_REASON_REQUIRED.at("reviewerReason"));
        }
        return new CriterionEvaluation(override, computed.segment(),
                computed.arithmetic() + "; reviewer's score " + Scores.plain(override) + " replaces it: "
                        + result.reviewerReason(),
                computed.score(), result.reviewerReason());
    }
}
