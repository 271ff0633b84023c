package io.edukpi.scoring.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.scoring.persistence.RecalculationJobEntity;
import io.edukpi.scoring.persistence.RecalculationStatus;

/** A recalculation job as the API shows it; {@code summary} is the job's own document, once it has finished. */
@Schema(name = "RecalculationJob", description = "A recalculation job: status, progress and, once done, its summary")
record RecalculationJobView(
        @Schema(description = "The job's id", example = "0b7f3c1e-8a52-4d0e-9a43-5c1f0e6d2a11") String id,
        @Schema(description = "Where the job stands") RecalculationStatus status,
        @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
        @Schema(description = "The catalogue level", ref = "Level") String level,
        @Schema(description = "The round", example = "12") int round,
        @Schema(description = "The catalogue version asked for by id; null for the newest", example = "5f1f7f2e-2554-4b1a-9c2d-000000002554") String catalogueId,
        @Schema(description = "The offices asked for; absent for every office", example = "[\"5001\"]") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> officeCodes,
        @Schema(description = "Whether it only reports what would change") boolean dryRun,
        @Schema(description = "Who started it", example = "recalc-cli") String requestedBy,
        @Schema(description = "Offices scored so far") Progress progress,
        @Schema(type = SchemaType.OBJECT, description = "Once finished: catalogueId, catalogueVersion, officesEvaluated, "
                + "officesChanged, scoresChanged, publishedScoresChanged, versionsWritten, durationMs, "
                + "officeCodesChanged and the largestDifferences; null before") JsonNode summary,
        @Schema(description = "Why it failed; null unless FAILED") String error,
        @Schema(description = "When it was started (ISO 8601)", example = "2011-10-01T09:00Z") String createdAt,
        @Schema(description = "When it finished (ISO 8601); null before", example = "2011-10-01T09:00:12Z") String finishedAt,
        @Schema(description = "Address of the CSV of the scores it changed (once finished)") String changes) {

    @Schema(name = "RecalculationProgress", description = "How far a job has come: offices scored of offices to score")
    record Progress(
            @Schema(description = "Offices scored so far", example = "120") int officesDone,
            @Schema(description = "Offices to score", example = "183") int officesTotal) {
    }

    static RecalculationJobView of(RecalculationJobEntity job, ObjectMapper mapper) {
        JsonNode summary;
        try {
            summary = job.summary == null ? null : mapper.readTree(job.summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the summary of job " + job.id + " is not JSON", e);
        }
        return new RecalculationJobView(job.id.toString(), job.status, job.fiscalYear, job.level, job.round,
                job.catalogueId == null ? null : job.catalogueId.toString(),
                job.officeCodes == null ? null : List.of(job.officeCodes), job.dryRun, job.requestedBy,
                new Progress(job.officesDone, job.officesTotal), summary, job.error, String.valueOf(job.createdAt),
                job.finishedAt == null ? null : job.finishedAt.toString(),
                "/api/v1/scoring/recalculations/" + job.id + "/changes");
    }
}
