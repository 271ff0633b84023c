package io.edukpi.scoring.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.scoring.persistence.RecalculationJobEntity;
import io.edukpi.scoring.persistence.RecalculationStatus;

/** A recalculation job as the API shows it; {@code summary} is the job's own document, once it has finished. */
record RecalculationJobView(String id, RecalculationStatus status, int fiscalYear, String level, int round, String catalogueId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> officeCodes, boolean dryRun, String requestedBy,
        Progress progress, JsonNode summary,
        String error, String createdAt, String finishedAt, String changes) {

    record Progress(int officesDone, int officesTotal) {
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
