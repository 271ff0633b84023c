package io.edukpi.scoring.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a recalculation job is: queued, running, or finished either way. */
@Schema(description = "Where a recalculation job is: QUEUED, RUNNING, then SUCCEEDED or FAILED")
public enum RecalculationStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
