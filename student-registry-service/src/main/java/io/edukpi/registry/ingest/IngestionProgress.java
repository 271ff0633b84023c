package io.edukpi.registry.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running job, read by the job resource while the file streams. */
public final class IngestionProgress {
    public final AtomicLong rowsRead = new AtomicLong();
    public final AtomicLong rejected = new AtomicLong();
    public volatile String phase = "reading";
}
