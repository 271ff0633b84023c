package io.edukpi.scoring.messaging;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** docs/events/submission.withdrawn.schema.json */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionWithdrawn(String resultId, Integer resultVersion, String officeCode, String officeKind,
        Integer fiscalYear, String level, Integer round, String indicatorCode,
        String catalogueId, Integer catalogueVersion, String reason,
        OffsetDateTime withdrawnAt, String withdrawnBy) {
}
