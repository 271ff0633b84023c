package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;

/**
 * Who may take which step, and what a reviewer's score must be: the office takes its own steps
 * (a submitted result goes back from its indicator supervisor), OBEC's reviewer accepts or returns a
 * certified one, obec-admin reopens an accepted one.
 */
public final class ReviewRules {

    /** The highest score an indicator can get. */
    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

    private ReviewRules() {
    }

    /** The role that may take {@code transition} from {@code from}. */
    public static String role(Transition transition, ResultState from) {
        return switch (transition) {
            case SUBMIT, CERTIFY -> Roles.AREA_OFFICER;
            case ACCEPT -> Roles.REVIEWER;
            case RETURN -> from == ResultState.SUBMITTED ? Roles.AREA_OFFICER : Roles.REVIEWER;
            case REOPEN -> Roles.OBEC_ADMIN;
        };
    }

    /** 403 unless the caller (who has the roles {@code hasRole} accepts) may take the step. */
    public static void checkRole(Transition transition, ResultState from, Predicate<String> hasRole) {
        if (hasRole.test(role(transition, from))) {
            return;
        }
        SubmissionMessage who = switch (transition) {
            case SUBMIT, CERTIFY -> SubmissionMessage.ROLE_AREA_OFFICER;
            case ACCEPT -> SubmissionMessage.ROLE_REVIEWER;
            case RETURN -> from == ResultState.SUBMITTED ? SubmissionMessage.ROLE_SUPERVISOR
                    : SubmissionMessage.ROLE_REVIEWER;
            case REOPEN -> SubmissionMessage.ROLE_OBEC_ADMIN;
        };
        throw ProblemException.forbidden(SubmissionMessage.TRANSITION_ROLE.text(who, transition.label(), from));
    }

    /** What is wrong with a reviewer's score given on acceptance (none when no score is given). */
    public static List<Finding> reviewerScore(IndicatorSpec indicator, BigDecimal score, String reason) {
        List<Finding> findings = new ArrayList<>();
        if (score == null) {
            return findings;
        }
        if (indicator.criterion() != CriterionType.MILESTONE) {
            findings.add(SubmissionMessage.MILESTONE_ONLY.at("reviewerScore"));
        }
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            findings.add(SubmissionMessage.RANGE.at("reviewerScore", 0, MAX_SCORE).withValue(score.toPlainString()));
        }
        if (reason == null || reason.isBlank()) {
            findings.add(SubmissionMessage.REQUIRED.at("reviewerReason", "reviewerReason"));
        }
        return findings;
    }
}
