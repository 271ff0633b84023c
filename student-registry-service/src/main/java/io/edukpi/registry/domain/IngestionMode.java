package io.edukpi.registry.domain;

/** How a file's rejected rows count: the valid rows are loaded anyway, or the whole file only if none is rejected. */
public enum IngestionMode {
    ACCEPT_VALID,
    ALL_OR_NOTHING;

    /** Whether a job that found {@code rejected} rows writes what it accepted. */
    public boolean merges(boolean dryRun, long rejected) {
        return !dryRun && (this == ACCEPT_VALID || rejected == 0);
    }

    /** The status a job ends in once its checks found {@code rejected} rows. */
    public IngestionJobStatus outcome(long rejected) {
        return this == ALL_OR_NOTHING && rejected > 0 ? IngestionJobStatus.REJECTED : IngestionJobStatus.SUCCEEDED;
    }
}
