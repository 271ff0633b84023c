package io.edukpi.submission.service;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.persistence.ResultEntity;

/**
 * Who may see and change which result. OBEC (admin, reviewer) sees every office; an area officer only
 * its own office, and another office's result answers 404 exactly like a missing one, so office codes
 * cannot be probed.
 */
@RequestScoped
public class ResultAccess {

    private final Caller caller;

    public ResultAccess(Caller caller) {
        this.caller = caller;
    }

    /** The result if the caller may read it; 404 otherwise. */
    public ResultEntity visible(UUID id) {
        return check(ResultEntity.findById(id), id);
    }

    /** As {@link #visible}, locked for the rest of the transaction (for changes). */
    public ResultEntity forUpdate(UUID id) {
        return check(ResultEntity.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /** Locks a result the caller reached by its own office's key (school forms), without the role check. */
    public ResultEntity forUpdateAny(UUID id) {
        return ResultEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The result if the caller's office may change its content now (an editable draft of its own office). */
    public ResultEntity editable(UUID id) {
        ResultEntity r = forUpdate(id);
        if (!r.state.editable()) {
            throw ProblemException.conflict(SubmissionMessage.NOT_EDITABLE.text(r.state));
        }
        return r;
    }

    /** True when the caller sees every office. */
    public boolean seesAllOffices() {
        return caller.hasAnyRole(Roles.OBEC_ADMIN, Roles.REVIEWER);
    }

    /** The office an area officer is confined to; 404-style problem for an office that is not theirs. */
    public void checkOffice(String officeCode) {
        if (!seesAllOffices() && !caller.officeCode().map(officeCode::equals).orElse(false)) {
            throw notFound(officeCode);
        }
    }

    /** The offices a list may show. */
    public OfficeScope officeScope() {
        return seesAllOffices() ? OfficeScope.EVERY_OFFICE : OfficeScope.only(caller.officeCode().orElse("-"));
    }

    /** The offices a round's progress may show: the dashboard reads every office's progress, as OBEC does. */
    public OfficeScope progressScope() {
        return caller.hasRole(Roles.DASHBOARD) ? OfficeScope.EVERY_OFFICE : officeScope();
    }

    private ResultEntity check(ResultEntity r, UUID id) {
        if (r == null || !(seesAllOffices() || caller.officeCode().map(r.officeCode::equals).orElse(false))) {
            throw ProblemException.notFound(SubmissionMessage.notFound(SubmissionMessage.THING_RESULT, id));
        }
        return r;
    }

    private static ProblemException notFound(String officeCode) {
        return ProblemException.notFound(SubmissionMessage.notFound(SubmissionMessage.THING_AREA_OFFICE, officeCode));
    }
}
