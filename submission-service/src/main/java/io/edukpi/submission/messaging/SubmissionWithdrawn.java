package io.edukpi.submission.messaging;

import java.time.OffsetDateTime;

/** Payload of {@code submission.withdrawn} (docs/events/submission.withdrawn.schema.json). */
public record SubmissionWithdrawn(String resultId, int resultVersion, String officeCode, String officeKind,
        int fiscalYear, String level, int round, String indicatorCode, String catalogueId,
        int catalogueVersion, String reason, OffsetDateTime withdrawnAt, String withdrawnBy) {

    public static final String TOPIC = "submission.withdrawn";
    public static final String TYPE = "edukpi.submission.withdrawn.v1";
}
