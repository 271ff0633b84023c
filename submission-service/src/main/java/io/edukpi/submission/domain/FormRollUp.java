package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.edukpi.formexpression.FormExpression;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;

/**
 * The result of a FORM indicator: numerator / denominator x multiplier over the office's form (1) and
 * its schools' forms (2), by the catalogue's formulas. Stored to 2 decimals (HALF_UP), as an office
 * would key it; empty while a value the formula needs is missing or the denominator is zero.
 */
public final class FormRollUp {

    private FormRollUp() {
    }

    public static Optional<BigDecimal> compute(IndicatorSpec indicator, FormData officeForm, List<FormData> schoolForms) {
        SubmissionCatalogue.Source source = indicator.source();
        Map<String, Set<String>> items = indicator.form(FormLevel.SCHOOL).map(FormCheck::checklistItems).orElse(Map.of());
        List<FormExpression.SchoolValues> schools = schoolForms.stream()
                .map(f -> new FormExpression.SchoolValues(f.numbers(), f.checklists())).toList();
        Map<String, BigDecimal> office = officeForm.numbers();
        BigDecimal numerator = FormExpression.evaluate(FormExpression.parse(source.numerator()), office, schools, items);
        BigDecimal denominator = FormExpression.evaluate(FormExpression.parse(source.denominator()), office, schools, items);
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal multiplier = source.multiplier() == null ? BigDecimal.ONE : source.multiplier();
        return Optional.of(numerator.multiply(multiplier).divide(denominator, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP));
    }
}
