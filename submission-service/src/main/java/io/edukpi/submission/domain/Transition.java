package io.edukpi.submission.domain;

import java.util.Set;

/** The steps of the certification workflow, each from the states it may start in. */
public enum Transition {
    SUBMIT(Set.of(ResultState.DRAFT, ResultState.RETURNED), ResultState.SUBMITTED, "ส่งผล"),
    CERTIFY(Set.of(ResultState.SUBMITTED), ResultState.CERTIFIED, "รับรองผล"),
    ACCEPT(Set.of(ResultState.CERTIFIED), ResultState.ACCEPTED, "ยอมรับผล"),
    RETURN(Set.of(ResultState.SUBMITTED, ResultState.CERTIFIED), ResultState.RETURNED, "ส่งกลับแก้ไข"),
    REOPEN(Set.of(ResultState.ACCEPTED), ResultState.DRAFT, "เปิดแก้ไขผลที่ยอมรับแล้ว");

    private final Set<ResultState> from;
    private final ResultState to;
    private final String labelTh;

    Transition(Set<ResultState> from, ResultState to, String labelTh) {
        this.from = from;
        this.to = to;
        this.labelTh = labelTh;
    }

    public Set<ResultState> from() {
        return from;
    }

    public ResultState to() {
        return to;
    }

    public String labelTh() {
        return labelTh;
    }

    public boolean needsReason() {
        return this == RETURN || this == REOPEN;
    }
}
