package io.edukpi.submission.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.requestid.RequestIds;
import io.edukpi.commons.security.Caller;
import io.edukpi.submission.persistence.AuditEntryEntity;
import io.edukpi.submission.persistence.ResultEntity;

/** Writes every transition and change of a result, in the transaction that makes it. */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;
    private final Json json;

    public AuditTrail(Caller caller, Json json) {
        this.caller = caller;
        this.json = json;
    }

    /**
     * @param before what the result (or the part that changed) looked like, null for a creation
     * @param after what it looks like now
     */
    public void record(ResultEntity result, String action, String fromState, String toState, String reason,
            Object before, Object after) {
        recordAs(caller.isAuthenticated() ? caller.name() : "system", result, action, fromState, toState, reason,
                before, after);
    }

    /** For changes no person made (registry figures arriving). */
    public void recordAs(String actor, ResultEntity result, String action, String fromState, String toState,
            String reason, Object before, Object after) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.resultId = result.id;
        e.at = OffsetDateTime.now();
        e.actor = actor;
        e.action = action;
        e.fromState = fromState;
        e.toState = toState;
        e.reason = reason;
        e.before = json.text(before);
        e.after = json.text(after);
        e.requestId = RequestIds.current().orElse(null);
        e.persist();
    }
}
