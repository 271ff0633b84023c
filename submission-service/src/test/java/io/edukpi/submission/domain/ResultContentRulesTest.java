package io.edukpi.submission.domain;

import static io.edukpi.submission.domain.ReviewRulesTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a result may hold for each kind of indicator. */
class ResultContentRulesTest {

    @Test
    void aMilestoneTakesDistinctStepsInRangeAndNoValue() {
        var milestone = ReviewRulesTest.MILESTONE;
        assertTrue(ResultContentRules.check(milestone, null, null, List.of(1, 2, 5), false).isEmpty());
        assertEquals(List.of("milestone"), codes(ResultContentRules.check(milestone, null, BigDecimal.ONE, null, false)));
        var wrong = ResultContentRules.check(milestone, null, null, Arrays.asList(0, 6, 2, 2, null), false);
        assertEquals(List.of("range", "range", "range", "duplicate"), codes(wrong));
        assertEquals("stepsCompleted[1]", wrong.get(1).field());
    }

    @Test
    void aThresholdTakesAValueAndNoStepsNorForm() {
        var threshold = ReviewRulesTest.THRESHOLD;
        assertTrue(ResultContentRules.check(threshold, null, BigDecimal.TEN, null, false).isEmpty());
        assertEquals(List.of("not-milestone", "no-form"),
                codes(ResultContentRules.check(threshold, null, BigDecimal.TEN, List.of(1), true)));
    }

    @Test
    void aFormValueIsComputedNeverKeyed() {
        var qa = DomainRulesTest.QA;
        assertEquals(List.of("value-computed"), codes(ResultContentRules.check(qa, null, BigDecimal.TEN, null, true)));
        assertTrue(ResultContentRules.check(qa, BigDecimal.TEN, new BigDecimal("10.0"), null, true).isEmpty(),
                "the computed value sent back unchanged is fine");
    }

    @Test
    void aSubmissionNeedsAValueOrTheSteps() {
        assertEquals(List.of("required"), codes(ResultContentRules.completeness(ReviewRulesTest.MILESTONE, null, null)));
        assertTrue(ResultContentRules.completeness(ReviewRulesTest.MILESTONE, null, new Integer[0]).isEmpty(),
                "an empty list says no step was reached");
        assertEquals(List.of("required"), codes(ResultContentRules.completeness(ReviewRulesTest.THRESHOLD, null, null)));
        assertEquals(List.of("form-incomplete"), codes(ResultContentRules.completeness(DomainRulesTest.QA, null, null)));
        assertTrue(ResultContentRules.completeness(DomainRulesTest.QA, BigDecimal.ONE, null).isEmpty());
    }
}
