package io.edukpi.submission.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.requestid.RequestIds;
import io.edukpi.commons.security.Caller;
import io.edukpi.submission.persistence.AuditEntryEntity;
import io.edukpi.submission.persistence.ResultEntity;

/** Writes every transition and change of a result, in the transaction that makes it. */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;
    private final JsonColumns json;

    public AuditTrail(Caller caller, JsonColumns json) {
        this.caller = caller;
        this.json = json;
    }

    /** The part of a result the audit compares before and after a change. */
    public Map<String, Object> content(ResultEntity r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", r.state.name());
        m.put("version", r.version);
        m.put("value", ResultView.plain(r.value));
        m.put("valueOrigin", r.valueOrigin.name());
        m.put("stepsCompleted", r.stepsCompleted);
        m.put("narrative", r.narrative);
        m.put("problems", r.problems);
        m.put("suggestions", r.suggestions);
        m.put("dataCollector", json.tree(r.dataCollector));
        m.put("supervisor", json.tree(r.supervisor));
        m.put("certifier", json.tree(r.certifier));
        m.put("officeForm", json.tree(r.officeForm));
        m.put("late", r.late);
        m.put("returnReason", r.returnReason);
        m.put("reviewerScore", ResultView.plain(r.reviewerScore));
        m.put("reviewerReason", r.reviewerReason);
        return m;
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
