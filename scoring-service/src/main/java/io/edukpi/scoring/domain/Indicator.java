package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a catalogue tree as the engine needs it ({@code name} Thai, {@code nameEn} when the
 * catalogue gives one): a leaf carries a criterion, a parent is
 * scored from its children. {@code startsInRound}/{@code cancelledFromRound} say in which rounds
 * it counts (null: from the first round / never cancelled).
 */
public record Indicator(String code, String name, String nameEn, BigDecimal weight, Criterion criterion, Integer startsInRound,
        Integer cancelledFromRound, List<Indicator> children) {

    public Indicator {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Why the indicator does not count in the round, or null when it counts. */
    public NodeStatus exclusionIn(int round) {
        if (cancelledFromRound != null && round >= cancelledFromRound) {
            return NodeStatus.CANCELLED;
        }
        if (startsInRound != null && round < startsInRound) {
            return NodeStatus.NOT_STARTED;
        }
        return null;
    }
}
