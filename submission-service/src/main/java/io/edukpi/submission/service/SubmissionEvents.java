package io.edukpi.submission.service;

import java.time.OffsetDateTime;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.outbox.Outbox;
import io.edukpi.submission.messaging.SubmissionAccepted;
import io.edukpi.submission.messaging.SubmissionWithdrawn;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.ResultEntity;

/** The events submission-service owes scoring: written to the outbox in the transaction of the transition. */
@ApplicationScoped
public class SubmissionEvents {

    private final Outbox outbox;

    public SubmissionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void accepted(ResultEntity r, AreaOfficeEntity office) {
        boolean milestone = r.stepsCompleted != null;
        outbox.publish(SubmissionAccepted.TOPIC, r.officeCode, SubmissionAccepted.TYPE, new SubmissionAccepted(
                r.id.toString(), r.version, r.officeCode, office.kind, r.fiscalYear, r.level, r.round, r.indicatorCode,
                r.catalogueId.toString(), r.catalogueVersion, milestone ? null : ResultView.plain(r.value),
                milestone ? Arrays.asList(r.stepsCompleted) : null, ResultView.plain(r.reviewerScore), r.reviewerReason,
                r.acceptedAt,
                r.acceptedBy));
    }

    void withdrawn(ResultEntity r, AreaOfficeEntity office, String reason, String by, OffsetDateTime at) {
        outbox.publish(SubmissionWithdrawn.TOPIC, r.officeCode, SubmissionWithdrawn.TYPE, new SubmissionWithdrawn(
                r.id.toString(), r.version, r.officeCode, office.kind, r.fiscalYear, r.level, r.round, r.indicatorCode,
                r.catalogueId.toString(), r.catalogueVersion, reason, at, by));
    }
}
