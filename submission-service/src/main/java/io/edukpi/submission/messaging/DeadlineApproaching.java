package io.edukpi.submission.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Payload of {@code submission.deadline-approaching} (docs/events/submission.deadline-approaching.schema.json). */
public record DeadlineApproaching(String officeCode, String officeNameTh, String officeKind, int fiscalYear,
        int fiscalYearBe, String level, int round, LocalDate deadline, int daysLeft,
        List<PendingResult> pending, OffsetDateTime generatedAt) {

    public static final String TOPIC = "submission.deadline-approaching";
    public static final String TYPE = "edukpi.submission.deadline-approaching.v1";

    /** A result the office still owes: state null = not started. */
    public record PendingResult(String indicatorCode, String indicatorName, String state) {
    }
}
