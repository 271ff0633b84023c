package io.edukpi.submission.domain;

import java.util.Set;

/** The steps of the certification workflow, each from the states it may start in. */
public enum Transition {
    SUBMIT(Set.of(ResultState.DRAFT, ResultState.RETURNED), ResultState.SUBMITTED, SubmissionMessage.STEP_SUBMIT),
    CERTIFY(Set.of(ResultState.SUBMITTED), ResultState.CERTIFIED, SubmissionMessage.STEP_CERTIFY),
    ACCEPT(Set.of(ResultState.CERTIFIED), ResultState.ACCEPTED, SubmissionMessage.STEP_ACCEPT),
    RETURN(Set.of(ResultState.SUBMITTED, ResultState.CERTIFIED), ResultState.RETURNED, SubmissionMessage.STEP_RETURN),
    REOPEN(Set.of(ResultState.ACCEPTED), ResultState.DRAFT, SubmissionMessage.STEP_REOPEN);

    private final Set<ResultState> from;
    private final ResultState to;
    private final SubmissionMessage label;

    Transition(Set<ResultState> from, ResultState to, SubmissionMessage label) {
        this.from = from;
        this.to = to;
        this.label = label;
    }

    public Set<ResultState> from() {
        return from;
    }

    public ResultState to() {
        return to;
    }

    /** The step as people read it (English verb, Thai label). */
    public SubmissionMessage label() {
        return label;
    }

    public boolean needsReason() {
        return this == RETURN || this == REOPEN;
    }
}
