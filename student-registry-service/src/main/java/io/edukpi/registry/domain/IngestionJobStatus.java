package io.edukpi.registry.domain;

/**
 * The life of an ingestion job (stored and shown by these names): QUEUED, then RUNNING, then
 * SUCCEEDED or REJECTED (an all-or-nothing file with rejected rows) or FAILED (the file as a whole);
 * INTERRUPTED when the service stopped while it was queued or running. A FAILED or INTERRUPTED job
 * may be QUEUED again.
 */
public enum IngestionJobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    REJECTED,
    FAILED,
    INTERRUPTED;

    /** Queued or running: its counters live in memory, not yet in the table. */
    public boolean live() {
        return this == QUEUED || this == RUNNING;
    }

    /** Ended after its checks: it has merge counts and a rejection report. */
    public boolean checked() {
        return this == SUCCEEDED || this == REJECTED;
    }

    /** May run again from its kept file. */
    public boolean rerunnable() {
        return this == FAILED || this == INTERRUPTED;
    }

    public boolean mayBecome(IngestionJobStatus next) {
        return switch (next) {
            case QUEUED -> rerunnable();
            case RUNNING -> this == QUEUED;
            case SUCCEEDED, REJECTED, FAILED -> this == RUNNING;
            case INTERRUPTED -> live();
        };
    }
}
