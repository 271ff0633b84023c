package io.edukpi.submission.domain;

import java.util.List;
import java.util.Objects;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.ProblemException;

/**
 * The certification workflow's rules, free of who-may-call-what (that is {@link ReviewRules}' job):
 * which state a transition starts from, that returns and reopens carry a reason, and that nobody
 * certifies or accepts a result they submitted (or certified).
 */
public final class Workflow {

    private Workflow() {
    }

    /** People involved so far; null when the step has not happened. */
    public record Actors(String submittedBy, String certifiedBy) {
    }

    /** The state after {@code transition}; a problem (409, 422 or 403) saying why it may not happen. */
    public static ResultState apply(ResultState current, Transition transition, String actor, Actors actors,
            String reason) {
        if (!transition.from().contains(current)) {
            throw new ProblemException(409, SubmissionMessage.TRANSITION_NOT_ALLOWED,
                    SubmissionMessage.TRANSITION_NOT_ALLOWED_DETAIL.text(current, transition.label(), transition.from()),
                    List.of());
        }
        if (transition.needsReason() && (reason == null || reason.isBlank())) {
            Text detail = SubmissionMessage.REASON_REQUIRED_DETAIL.text(transition.label());
            throw new ProblemException(422, SubmissionMessage.REASON_REQUIRED, detail,
                    List.of(Finding.external(SubmissionMessage.REASON_REQUIRED.code(), "reason", detail)));
        }
        boolean own = switch (transition) {
            case CERTIFY -> Objects.equals(actor, actors.submittedBy());
            case ACCEPT -> Objects.equals(actor, actors.submittedBy()) || Objects.equals(actor, actors.certifiedBy());
            default -> false;
        };
        if (own) {
            throw new ProblemException(403, SubmissionMessage.OWN_SUBMISSION,
                    SubmissionMessage.OWN_SUBMISSION_DETAIL.text(transition.label()), List.of());
        }
        return transition.to();
    }
}
