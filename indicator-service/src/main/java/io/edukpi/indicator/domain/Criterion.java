package io.edukpi.indicator.domain;

import java.math.BigDecimal;
import java.util.List;

/** How a result becomes a score from 1 to 5 (see docs/domain.md, "Scoring criteria"). */
public sealed interface Criterion {

    /** Result needed for levels 1..5 and the printed step (units per score point). */
    record Threshold(List<BigDecimal> thresholds, BigDecimal step) implements Criterion {
        public Threshold {
            thresholds = UnmodifiableCopy.orEmpty(thresholds);
        }
    }

    record PassFail(BigDecimal target, BigDecimal scoreWhenMet, BigDecimal scoreWhenNotMet, String description)
            implements
                Criterion {
    }

    /** Five described steps; the score is the highest step completed. */
    record Milestone(List<Step> steps) implements Criterion {
        public Milestone {
            steps = UnmodifiableCopy.orEmpty(steps);
        }
    }

    record Step(int step, String description) {
    }
}
