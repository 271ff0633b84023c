package io.edukpi.submission.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Source;

/** Who may take which step, and a reviewer's score. */
class ReviewRulesTest {

    static final IndicatorSpec MILESTONE = new IndicatorSpec("1.1.10.1", "1.1.10", "m", "step", CriterionType.MILESTONE, 5,
            6, null, Source.manual(), List.of());
    static final IndicatorSpec THRESHOLD = new IndicatorSpec("1.1.1", "1.1", "e", "%", CriterionType.THRESHOLD, 0, 6, null,
            Source.manual(), List.of());

    @Test
    void theOfficeTakesItsOwnStepsTheReviewerAcceptsAndTheAdminReopens() {
        assertEquals(Roles.AREA_OFFICER, ReviewRules.role(Transition.SUBMIT, ResultState.DRAFT));
        assertEquals(Roles.AREA_OFFICER, ReviewRules.role(Transition.CERTIFY, ResultState.SUBMITTED));
        assertEquals(Roles.AREA_OFFICER, ReviewRules.role(Transition.RETURN, ResultState.SUBMITTED));
        assertEquals(Roles.REVIEWER, ReviewRules.role(Transition.RETURN, ResultState.CERTIFIED));
        assertEquals(Roles.REVIEWER, ReviewRules.role(Transition.ACCEPT, ResultState.CERTIFIED));
        assertEquals(Roles.OBEC_ADMIN, ReviewRules.role(Transition.REOPEN, ResultState.ACCEPTED));
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedWith403() {
        Set<String> officer = Set.of(Roles.AREA_OFFICER);
        assertDoesNotThrow(() -> ReviewRules.checkRole(Transition.RETURN, ResultState.SUBMITTED, officer::contains));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ReviewRules.checkRole(Transition.RETURN, ResultState.CERTIFIED, officer::contains));
        assertEquals(403, refused.status());
        assertEquals("forbidden", refused.slug());
        assertTrue(refused.detail().english().contains("OBEC's reviewer"), refused.detail().english());
        assertTrue(refused.detail().thai().contains("ส่งกลับแก้ไข"), refused.detail().thai());
    }

    @Test
    void aReviewersScoreIsForMilestonesBetweenZeroAndFiveWithAReason() {
        assertTrue(ReviewRules.reviewerScore(THRESHOLD, null, null).isEmpty(), "no score, nothing to check");
        assertTrue(ReviewRules.reviewerScore(MILESTONE, new BigDecimal("3.5"), "half of step 4").isEmpty());
        assertEquals(List.of("milestone-only"), codes(ReviewRules.reviewerScore(THRESHOLD, BigDecimal.ONE, "r")));
        List<Finding> wrong = ReviewRules.reviewerScore(MILESTONE, new BigDecimal("5.5"), " ");
        assertEquals(List.of("range", "required"), codes(wrong));
        assertEquals("5.5", wrong.get(0).value());
        assertEquals("reviewerReason", wrong.get(1).field());
        assertEquals(List.of("range"), codes(ReviewRules.reviewerScore(MILESTONE, new BigDecimal("-1"), "r")));
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
