package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;

/** A scoring criterion (เกณฑ์การให้คะแนน): turns one result into a score from 0 or 1 up to 5. */
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

    /** The lowest score this criterion can give under the policy: 1 under {@code ONE}, else 0. */
    default BigDecimal minimum(BelowLevelOnePolicy policy) {
        return policy == BelowLevelOnePolicy.ONE ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    static BigDecimal requireValue(Result result) {
        if (result == null || result.value() == null) {
            throw InvalidScoringInputException.of("value", "a numeric result is required",
                    "ต้องระบุผลการดำเนินงานเป็นตัวเลข");
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
            throw InvalidScoringInputException.of("reviewerScore", "a reviewer score must lie between 0 and 5",
                    "คะแนนที่ผู้ประเมินให้ต้องอยู่ระหว่าง 0 ถึง 5");
        }
        if (result.reviewerReason() == null || result.reviewerReason().isBlank()) {
            throw InvalidScoringInputException.of("reviewerReason", "a reviewer score needs a written reason",
                    "คะแนนที่ผู้ประเมินให้ต้องมีเหตุผลประกอบ");
        }
        return new CriterionEvaluation(override, computed.segment(),
                computed.arithmetic() + "; reviewer's score " + Scores.plain(override) + " replaces it: "
                        + result.reviewerReason(),
                computed.score(), result.reviewerReason());
    }
}
