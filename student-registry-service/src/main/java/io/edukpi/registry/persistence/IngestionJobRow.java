package io.edukpi.registry.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code ingestion_job}. */
public record IngestionJobRow(UUID id, long roundId, String fileName, String format, String encoding, String mode,
        boolean dryRun, String mapping, String status, long rowsRead, long accepted,
        long rejected, long studentsInserted, long studentsUpdated, long enrolmentsInserted,
        long enrolmentsUpdated, String errorCode, String errorColumn, Long errorRow,
        String errorEn, String errorTh, String createdBy, String schools,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
}
