package io.edukpi.scoring.domain;

/** Whether and why an indicator counted in its parent's weighted average. */
public enum NodeStatus {
    /** Leaf scored from its accepted result. */
    SCORED(true, "scored from its accepted result"),
    /** Parent scored from the children that counted. */
    AGGREGATED(true, "weighted average of the children that counted"),
    /** No accepted result, and the missing-result policy scores it 0 (e.g. the round is closed). */
    MISSING_SCORED_ZERO(true, "no accepted result; scored 0 by the missing-result policy"),
    /** No accepted result, and the missing-result policy leaves it out (e.g. the round is still open). */
    MISSING_EXCLUDED(false, "no accepted result yet; left out by the missing-result policy"),
    CANCELLED(false, "cancelled from this round on"),
    NOT_STARTED(false, "starts in a later round"),
    /** A parent none of whose children counted. */
    NO_CHILD_COUNTED(false, "none of its children counted");

    private final boolean counted;
    private final String reason;

    NodeStatus(boolean counted, String reason) {
        this.counted = counted;
        this.reason = reason;
    }

    public boolean counted() {
        return counted;
    }

    public String reason() {
        return reason;
    }
}
