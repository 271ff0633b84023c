package io.edukpi.submission.domain;

/** Where a result stands in the certification workflow. */
public enum ResultState {
    /** Being keyed by the office. */
    DRAFT,
    /** Sent by the data collector to the office's indicator supervisor. */
    SUBMITTED,
    /** Certified by the indicator supervisor; waiting for OBEC's reviewer. */
    CERTIFIED,
    /** Accepted by OBEC: it counts in the scores. */
    ACCEPTED,
    /** Sent back with a reason at a review step: the office edits and submits it again, as a draft. */
    RETURNED;

    /** The office may change the result's content only while it is its own draft. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
