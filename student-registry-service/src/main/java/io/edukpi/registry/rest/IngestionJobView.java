package io.edukpi.registry.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A job as the job resource answers it: its status, counters, file-level error and links. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IngestionJob")
public record IngestionJobView(UUID id, long roundId, String fileName, String format, String encoding, String mode,
        boolean dryRun, String status, String phase, long rowsRead, long accepted,
        long rejected, JobCounts merged, JobError error, String rejectionsUrl,
        boolean canRerun, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobError(String code, String message, String messageTh, Long row, String column) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobCounts(long studentsInserted, long studentsUpdated, long enrolmentsInserted,
            long enrolmentsUpdated) {
    }
}
