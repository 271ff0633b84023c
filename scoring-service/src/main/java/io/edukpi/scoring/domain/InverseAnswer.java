package io.edukpi.scoring.domain;

import java.math.BigDecimal;

/**
 * The least result (in the indicator's direction) that earns a score. {@code anyResult}: every
 * result earns it (e.g. score 1 under the ONE policy); {@code reachable} false: no result does.
 */
public record InverseAnswer(BigDecimal score, BigDecimal result, boolean reachable, boolean anyResult, String note) {

    static InverseAnswer exactly(BigDecimal score, BigDecimal result, String note) {
        return new InverseAnswer(score, result, true, false, note);
    }

    static InverseAnswer any(BigDecimal score, String note) {
        return new InverseAnswer(score, null, true, true, note);
    }

    static InverseAnswer unreachable(BigDecimal score, String note) {
        return new InverseAnswer(score, null, false, false, note);
    }
}
