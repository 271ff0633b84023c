package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An office's scores for one round under one catalogue version: the total over the top-level
 * indicators (unrounded; null when nothing counted), its percent and band, and the tree.
 */
public record OfficeEvaluation(String catalogueId, int catalogueVersion, int fiscalYear, String level, int round,
        boolean roundClosed, MissingResultPolicy missingResultPolicy,
        BelowLevelOnePolicy belowLevelOnePolicy, BigDecimal total, BigDecimal weightedSum,
        BigDecimal weightSum, String arithmetic, Band band, List<NodeScore> indicators) {

    public BigDecimal displayTotal() {
        return Scores.display(total);
    }

    public BigDecimal percent() {
        return Scores.percent(total);
    }
}
