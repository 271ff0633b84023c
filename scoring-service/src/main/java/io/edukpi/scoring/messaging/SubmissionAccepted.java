package io.edukpi.scoring.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** docs/events/submission.accepted.schema.json */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionAccepted(String resultId, Integer resultVersion, String officeCode, String officeKind,
        Integer fiscalYear, String level, Integer round, String indicatorCode,
        String catalogueId, Integer catalogueVersion, BigDecimal value,
        List<Integer> stepsCompleted, BigDecimal reviewerScore, String reviewerReason,
        OffsetDateTime acceptedAt, String acceptedBy) {
}
