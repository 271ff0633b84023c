package io.edukpi.scoring.domain;

import java.math.BigDecimal;

/**
 * A criterion applied to one result: the unrounded score, the segment of the scale it fell in
 * (e.g. "T3 <= X < T4") and the arithmetic with its numbers, ready to be shown to a person.
 * When a reviewer overrode the score, {@code computedScore} keeps what the criterion gave.
 */
public record CriterionEvaluation(BigDecimal score, String segment, String arithmetic, BigDecimal computedScore,
        String overrideReason) {
}
