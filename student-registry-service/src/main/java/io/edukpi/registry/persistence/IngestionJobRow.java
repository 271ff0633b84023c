package io.edukpi.registry.persistence;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.edukpi.commons.message.Finding;
import io.edukpi.registry.domain.IngestionJobStatus;
import io.edukpi.registry.domain.IngestionMode;
import io.edukpi.registry.domain.SchoolScope;
import io.edukpi.registry.ingest.FileFormat;

/**
 * A row of {@code ingestion_job}.
 *
 * @param mapping the upload's column mapping, empty for the default one
 * @param error why the file failed as a whole (its row and field say where), or null
 * @param schools the schools the job may write
 */
public record IngestionJobRow(UUID id, long roundId, String fileName, FileFormat format, String encoding,
        IngestionMode mode, boolean dryRun, Map<String, String> mapping, IngestionJobStatus status, long rowsRead,
        long accepted, long rejected, MergeResult merged, Finding error, String createdBy, SchoolScope schools,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    /** What a new job is given; the rest is filled while it runs. */
    public record New(UUID id, long roundId, String fileName, FileFormat format, IngestionMode mode, boolean dryRun,
            Map<String, String> mapping, String createdBy, SchoolScope schools) {
    }
}
