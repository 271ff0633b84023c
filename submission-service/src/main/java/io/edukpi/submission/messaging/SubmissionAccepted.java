package io.edukpi.submission.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Payload of {@code submission.accepted} (docs/events/submission.accepted.schema.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionAccepted(String resultId, int resultVersion, String officeCode, String officeKind,
        int fiscalYear, String level, int round, String indicatorCode, String catalogueId,
        int catalogueVersion, BigDecimal value, List<Integer> stepsCompleted,
        BigDecimal reviewerScore, String reviewerReason, OffsetDateTime acceptedAt,
        String acceptedBy) {

    public static final String TOPIC = "submission.accepted";
    public static final String TYPE = "edukpi.submission.accepted.v1";
}
