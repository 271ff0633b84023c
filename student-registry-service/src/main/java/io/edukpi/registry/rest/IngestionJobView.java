package io.edukpi.registry.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A job as the job resource answers it: its status, counters, file-level error and links. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IngestionJob", description = "A job loading one student file")
public record IngestionJobView(
        @Schema(description = "The job's id", example = "7d4e0f5c-9a51-4a43-8f64-2f1b3c9d0e11", implementation = String.class, format = "uuid") UUID id,
        @Schema(description = "The census round the file is for", example = "1") long roundId,
        @Schema(description = "The file's name as uploaded", example = "students.csv") String fileName,
        @Schema(description = "The file's format", enumeration = {
                "CSV", "XLSX", "JSONL" }, example = "CSV") String format,
        @Schema(description = "The text encoding found (CSV)", example = "UTF-8") String encoding,
        @Schema(description = "ACCEPT_VALID or ALL_OR_NOTHING", enumeration = { "ACCEPT_VALID",
                "ALL_OR_NOTHING" }, example = "ACCEPT_VALID") String mode,
        @Schema(description = "true: validated only, nothing written", example = "false") boolean dryRun,
        @Schema(description = "QUEUED, RUNNING, then SUCCEEDED, REJECTED or FAILED; INTERRUPTED when the service stopped", enumeration = {
                "QUEUED", "RUNNING", "SUCCEEDED", "REJECTED", "FAILED", "INTERRUPTED" }, example = "RUNNING") String status,
        @Schema(description = "What a running job is doing: READING the file, CHECKING the rows, MERGING them into the "
                + "registry; absent unless RUNNING", example = "READING", enumeration = { "READING", "CHECKING",
                        "MERGING" }) String phase,
        @Schema(description = "Rows read so far", example = "120000") long rowsRead,
        @Schema(description = "Rows that landed", example = "119990") long accepted,
        @Schema(description = "Rows refused (see rejectionsUrl)", example = "10") long rejected,
        @Schema(description = "What the merge wrote, once finished") JobCounts merged,
        @Schema(description = "Why the whole file failed, if it did") JobError error,
        @Schema(description = "The rejection CSV, once the rows are checked", example = "/api/v1/registry/ingestion-jobs/7d4e0f5c-9a51-4a43-8f64-2f1b3c9d0e11/rejections") String rejectionsUrl,
        @Schema(description = "Whether POST .../runs may run it again", example = "false") boolean canRerun,
        @Schema(description = "When the upload arrived (ISO 8601 with offset)", example = "2024-06-12T10:15:30+07:00", implementation = String.class, format = "date-time") OffsetDateTime createdAt,
        @Schema(description = "When a worker started it; absent while QUEUED", example = "2024-06-12T10:15:31+07:00", implementation = String.class, format = "date-time") OffsetDateTime startedAt,
        @Schema(description = "When it ended; absent while QUEUED or RUNNING", example = "2024-06-12T10:16:02+07:00", implementation = String.class, format = "date-time") OffsetDateTime finishedAt){

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IngestionJobError", description = "Why a whole file failed")
    public record JobError(
            @Schema(description = "Stable code (docs/problems.md)", example = "file-cut-off") String code,
            @Schema(description = "What is wrong, in English") String message,
            @Schema(description = "What is wrong, in Thai") String messageTh,
            @Schema(description = "The row, when one row broke the file", example = "1042") Long row,
            @Schema(description = "The column, when one column did", example = "birthDate") String column) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IngestionJobCounts", description = "What the merge wrote")
    public record JobCounts(
            @Schema(description = "Students new in the round", example = "100") long studentsInserted,
            @Schema(description = "Students changed", example = "5") long studentsUpdated,
            @Schema(description = "Enrolments new in the round", example = "100") long enrolmentsInserted,
            @Schema(description = "Enrolments changed", example = "5") long enrolmentsUpdated) {
    }
}
