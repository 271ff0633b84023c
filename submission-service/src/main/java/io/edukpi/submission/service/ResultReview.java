package io.edukpi.submission.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.etag.IfMatch;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.submission.domain.FormCheck;
import io.edukpi.submission.domain.ResultContentRules;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.ReviewRules;
import io.edukpi.submission.domain.RoundRules;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.domain.Transition;
import io.edukpi.submission.domain.Workflow;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.persistence.ResultSnapshotEntity;

/** Moving a result through the certification workflow: submit, certify, accept, return, reopen. */
@ApplicationScoped
public class ResultReview {

    private final CatalogueService catalogues;
    private final OfficeDirectory offices;
    private final ResultAccess access;
    private final ResultEditing editing;
    private final ResultQueries queries;
    private final AuditTrail audit;
    private final SubmissionEvents events;
    private final Caller caller;
    private final JsonColumns json;
    private final OfficeMail mail;
    private final Clock clock;

    public ResultReview(CatalogueService catalogues, OfficeDirectory offices, ResultAccess access, ResultEditing editing,
            ResultQueries queries, AuditTrail audit, SubmissionEvents events, Caller caller, JsonColumns json,
            OfficeMail mail, Clock clock) {
        this.catalogues = catalogues;
        this.offices = offices;
        this.access = access;
        this.editing = editing;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.caller = caller;
        this.json = json;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    public ResultView transition(UUID id, Transition transition, String ifMatch, TransitionRequest request) {
        ResultEntity r = access.forUpdate(id);
        IfMatch.check(ifMatch, r.etag());
        TransitionRequest body = request == null ? TransitionRequest.NONE : request;
        ResultState from = r.state;
        ReviewRules.checkRole(transition, from, caller::hasRole);
        SubmissionCatalogue catalogue = catalogues.require(r.fiscalYear, r.level);
        IndicatorSpec indicator = CatalogueService.indicator(catalogue, r.indicatorCode);
        Workflow.apply(from, transition, caller.name(), new Workflow.Actors(r.submittedBy, r.certifiedBy), body.reason());
        Object before = audit.content(r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (transition) {
            case SUBMIT -> r.submit(caller.name(), now, checkSubmittable(r, catalogue, indicator));
            case CERTIFY -> r.certify(caller.name(), now);
            case ACCEPT -> {
                check(ReviewRules.reviewerScore(indicator, body.reviewerScore(), body.reviewerReason()),
                        SubmissionMessage.REVIEWER_SCORE_REFUSED);
                r.accept(caller.name(), now, body.reviewerScore(), body.reviewerReason());
            }
            case RETURN -> r.sendBack(body.reason());
            case REOPEN -> {
                withdraw(r, body.reason(), now);
                r.reopen();
            }
        }
        editing.touch(r, catalogue);
        ResultEntity.flush();
        audit.record(r, transition.name(), from.name(), r.state.name(), body.reason(), before, audit.content(r));
        if (transition == Transition.ACCEPT) {
            snapshot(r, now);
            events.accepted(r, offices.require(r.officeCode));
        }
        if (transition == Transition.RETURN) {
            mail.returned(r, offices.require(r.officeCode), indicator.name(), caller.name());
        }
        return queries.view(r);
    }

    /** Refuses an incomplete result or one whose earlier rounds are not certified; true when it is late. */
    private boolean checkSubmittable(ResultEntity r, SubmissionCatalogue catalogue, IndicatorSpec indicator) {
        RoundRules.checkTakesResult(catalogue, indicator, r.round);
        List<Finding> errors = new ArrayList<>(ResultContentRules.completeness(indicator, r.value, r.stepsCompleted));
        if (indicator.source().type() == SourceType.FORM) {
            indicator.form(FormLevel.AREA_OFFICE).ifPresent(
                    form -> errors.addAll(FormCheck.check(form, editing.officeForm(r), "officeForm", true)));
        }
        check(errors, SubmissionMessage.INCOMPLETE);
        for (int earlier : RoundRules.earlierRounds(catalogue, indicator, r.round)) {
            ResultState state = ResultEntity.byKey(r.officeCode, r.fiscalYear, r.level, earlier, r.indicatorCode)
                    .map(e -> e.state).orElse(null);
            if (state != ResultState.CERTIFIED && state != ResultState.ACCEPTED) {
                throw new ProblemException(409, SubmissionMessage.EARLIER_ROUND_NOT_CERTIFIED,
                        SubmissionMessage.EARLIER_ROUND_NOT_CERTIFIED_DETAIL.text(r.round, r.indicatorCode, earlier,
                                state == null ? SubmissionMessage.NOT_KEYED : state),
                        List.of());
            }
        }
        return RoundRules.late(catalogue, RoundRules.round(catalogue, r.round), Clocks.today(clock));
    }

    /** The accepted version no longer counts: its snapshot is marked and scoring is told. */
    private void withdraw(ResultEntity r, String reason, OffsetDateTime now) {
        ResultSnapshotEntity snapshot = ResultSnapshotEntity.findById(new ResultSnapshotEntity.Key(r.id, r.version));
        if (snapshot != null) {
            snapshot.withdrawnAt = now;
        }
        events.withdrawn(r, offices.require(r.officeCode), reason, caller.name(), now);
    }

    private void snapshot(ResultEntity r, OffsetDateTime now) {
        ResultSnapshotEntity s = new ResultSnapshotEntity();
        s.key = new ResultSnapshotEntity.Key(r.id, r.version);
        s.data = json.text(queries.view(r));
        s.acceptedAt = now;
        s.persist();
    }

    private static void check(List<Finding> errors, SubmissionMessage detail) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(detail.text(), errors);
        }
    }
}
