package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.edukpi.commons.message.Finding;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;

/**
 * What a result may hold for its indicator's kind: THRESHOLD and PASS_FAIL indicators take a value,
 * MILESTONE ones the steps reached; FORM indicators compute their value from the forms.
 */
public final class ResultContentRules {

    private ResultContentRules() {
    }

    /**
     * What is wrong with keyed content.
     *
     * @param current the value the result holds now (a FORM result may send it back unchanged)
     * @param hasOfficeForm whether the content carries an office form
     */
    public static List<Finding> check(IndicatorSpec indicator, BigDecimal current, BigDecimal value,
            List<Integer> steps, boolean hasOfficeForm) {
        List<Finding> findings = new ArrayList<>();
        boolean milestone = indicator.criterion() == CriterionType.MILESTONE;
        if (indicator.source().type() == SourceType.FORM && value != null
                && (current == null || value.compareTo(current) != 0)) {
            findings.add(SubmissionMessage.VALUE_COMPUTED.at("value", indicator.code()).withValue(value.toPlainString()));
        }
        if (milestone && value != null) {
            findings.add(SubmissionMessage.MILESTONE.at("value"));
        }
        if (!milestone && steps != null) {
            findings.add(SubmissionMessage.NOT_MILESTONE.at("stepsCompleted"));
        }
        if (milestone && steps != null) {
            for (int i = 0; i < steps.size(); i++) {
                Integer s = steps.get(i);
                if (s == null || s < 1 || s > indicator.milestoneSteps()) {
                    findings.add(SubmissionMessage.RANGE.at("stepsCompleted[" + i + "]", 1, indicator.milestoneSteps())
                            .withValue(String.valueOf(s)));
                }
            }
            if (new HashSet<>(steps).size() != steps.size()) {
                findings.add(SubmissionMessage.DUPLICATE.at("stepsCompleted", SubmissionMessage.STEP_LISTED_BEFORE));
            }
        }
        if (hasOfficeForm && indicator.form(FormLevel.AREA_OFFICE).isEmpty()) {
            findings.add(SubmissionMessage.NO_FORM.at("officeForm", indicator.code()));
        }
        return findings;
    }

    /** What a result still lacks before it can be submitted (its office form is checked by {@link FormCheck}). */
    public static List<Finding> completeness(IndicatorSpec indicator, BigDecimal value, Integer[] steps) {
        if (indicator.criterion() == CriterionType.MILESTONE) {
            return steps == null ? List.of(SubmissionMessage.REQUIRED.at("stepsCompleted", "stepsCompleted")) : List.of();
        }
        if (value != null) {
            return List.of();
        }
        return List.of(indicator.source().type() == SourceType.FORM ? SubmissionMessage.FORM_INCOMPLETE.at("value")
                : SubmissionMessage.REQUIRED.at("value", "value"));
    }
}
