package io.edukpi.submission.domain;

import java.util.Objects;

/**
 * The certification workflow's rules, free of who-may-call-what (that is the roles' job): which
 * state a transition starts from, that returns and reopens carry a reason, and that nobody
 * certifies or accepts a result they submitted (or certified).
 */
public final class Workflow {

    private Workflow() {
    }

    /** People involved so far; null when the step has not happened. */
    public record Actors(String submittedBy, String certifiedBy) {
    }

    /** The state after {@code transition}, or a violation saying why it may not happen. */
    public static ResultState apply(ResultState current, Transition transition, String actor, Actors actors,
            String reason) {
        if (!transition.from().contains(current)) {
            throw new WorkflowViolation(WorkflowViolation.Kind.CONFLICT, "transition-not-allowed",
                    "A " + current + " result cannot be " + pastTense(transition) + "; allowed from "
                            + transition.from() + ".",
                    "ไม่สามารถ" + transition.labelTh() + "ได้ เมื่อผลอยู่ในสถานะ " + current
                            + " (ทำได้จากสถานะ " + transition.from() + ")");
        }
        if (transition.needsReason() && (reason == null || reason.isBlank())) {
            throw new WorkflowViolation(WorkflowViolation.Kind.INVALID, "reason-required",
                    "A reason is required to " + transition.name().toLowerCase() + " a result.",
                    "ต้องระบุเหตุผลในการ" + transition.labelTh());
        }
        if (transition == Transition.CERTIFY && Objects.equals(actor, actors.submittedBy())) {
            throw ownSubmission("certify", "รับรอง");
        }
        if (transition == Transition.ACCEPT
                && (Objects.equals(actor, actors.submittedBy()) || Objects.equals(actor, actors.certifiedBy()))) {
            throw ownSubmission("accept", "ยอมรับ");
        }
        return transition.to();
    }

    private static WorkflowViolation ownSubmission(String verb, String verbTh) {
        return new WorkflowViolation(WorkflowViolation.Kind.FORBIDDEN, "own-submission",
                "Nobody may " + verb + " a result they submitted or certified themselves.",
                "ไม่สามารถ" + verbTh + "ผลที่ตนเองเป็นผู้ส่งหรือผู้รับรอง");
    }

    private static String pastTense(Transition t) {
        return switch (t) {
            case SUBMIT -> "submitted";
            case CERTIFY -> "certified";
            case ACCEPT -> "accepted";
            case RETURN -> "returned";
            case REOPEN -> "reopened";
        };
    }
}
