package io.edukpi.registry.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running job, read by the job resource while the file streams. */
public final class IngestionProgress {
    public final AtomicLong rowsRead = new AtomicLong();
    public final AtomicLong rejected = new AtomicLong();
    public volatile Phase phase = Phase.READING;

    /** What a running job is doing, in the order it does it. */
    public enum Phase {
        READING,
        CHECKING,
        MERGING
    }
}
