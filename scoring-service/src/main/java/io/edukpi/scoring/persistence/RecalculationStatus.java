package io.edukpi.scoring.persistence;

/** Where a recalculation job is: queued, running, or finished either way. */
public enum RecalculationStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
