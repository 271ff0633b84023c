package io.edukpi.indicator.domain;

import static io.edukpi.indicator.domain.Fixtures.catalogue;
import static io.edukpi.indicator.domain.Fixtures.group;
import static io.edukpi.indicator.domain.Fixtures.indicator;
import static io.edukpi.indicator.domain.Fixtures.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;

class CatalogueValidatorTest {

    private static List<String> errors(Catalogue c) {
        return CatalogueValidator.validate(c).stream().filter(Finding::isError).map(f -> f.field() + " " + f.code())
                .toList();
    }

    private static List<String> warnings(Catalogue c) {
        return CatalogueValidator.validate(c).stream().filter(f -> !f.isError()).map(f -> f.field() + " " + f.code())
                .toList();
    }

    @Test
    void validCatalogueHasNoFindings() {
        Catalogue c = catalogue(group("3.1", null, "2"), leaf("3.1.1", "3.1", "1", "1", "2", "3", "4", "5"),
                leaf("3.1.2", "3.1", "1", "1", "2", "3", "4", "5"));
        assertEquals(List.of(), CatalogueValidator.validate(c));
    }

    @Test
    void thresholdsMustBeStrictlyMonotonicInTheIndicatorsDirection() {
        assertEquals(List.of("indicators[3.1.4].criterion.thresholds thresholds-not-monotonic"),
                errors(catalogue(leaf("3.1.4", null, "1", "1", "2", "2", "4", "5"))));
        Indicator lower = indicator("2.1", null, "1", new Criterion.Threshold(
                List.of(new BigDecimal("5"), new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("2"),
                        new BigDecimal("1")),
                null),
                Indicator.Direction.LOWER_IS_BETTER, null, null, List.of());
        assertEquals(List.of(), errors(catalogue(lower)));
        assertEquals(List.of("indicators[2.2].criterion.thresholds thresholds-not-monotonic"),
                errors(catalogue(leaf("2.2", null, "1", "5", "4", "3", "2", "1"))));
    }

    @Test
    void wrongThresholdCount() {
        assertEquals(List.of("indicators[1].criterion.thresholds threshold-count"),
                errors(catalogue(leaf("1", null, "1", "1", "2"))));
    }

    @Test
    void codesMustBeWellFormedAndUnique() {
        assertEquals(List.of("indicators[1.a].code malformed-code", "indicators[1].code duplicate-code"),
                errors(catalogue(leaf("1.a", null, "1", "1", "2", "3", "4", "5"), leaf("1", null, "1", "1", "2", "3", "4", "5"),
                        leaf("1", null, "1", "1", "2", "3", "4", "5"))));
    }

    @Test
    void orphansCyclesAndLeavesWithoutCriterion() {
        assertEquals(List.of("indicators[1.1].parentCode orphan-parent"),
                errors(catalogue(leaf("1.1", "1", "1", "1", "2", "3", "4", "5"))));
        List<String> cycle = errors(
                catalogue(group("1", "2", null), group("2", "1", null), leaf("3", "1", "1", "1", "2", "3", "4", "5")));
        assertTrue(cycle.contains("indicators[1].parentCode cycle") && cycle.contains("indicators[2].parentCode cycle"),
                cycle.toString());
        assertEquals(List.of("indicators[1].criterion missing-criterion"), errors(catalogue(group("1", null, "1"))));
    }

    @Test
    void formExpressionsMustNameFieldsOfTheForms() {
        ReferenceForm office = new ReferenceForm("KRS (1)", ReferenceForm.Level.AREA_OFFICE, "f", null,
                List.of(new ReferenceForm.Field("targetSchools", "เป้าหมาย", ReferenceForm.FieldType.INTEGER, null, true)),
                null, null, true, null);
        ReferenceForm school = new ReferenceForm("KRS (2)", ReferenceForm.Level.SCHOOL, "f", null, null, null,
                List.of(new ReferenceForm.Checklist("qa", "กิจกรรม", List.of(new ReferenceForm.Item("a1", "1")))), true, null);
        Criterion t = new Criterion.Threshold(List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3),
                BigDecimal.valueOf(4), BigDecimal.valueOf(5)), null);
        Indicator good = indicator("3.1.2", null, "1", t, null, null,
                new ResultSource.Form("count(schools where allDone(qa))", "office.targetSchools", BigDecimal.valueOf(100)),
                List.of(office, school));
        assertEquals(List.of(), errors(catalogue(good)));
        Indicator bad = indicator("3.1.2", null, "1", t, null, null,
                new ResultSource.Form("count(schools where allDone(qaActivities))", "office.targets", BigDecimal.valueOf(100)),
                List.of(office, school));
        assertEquals(List.of("indicators[3.1.2].resultSource.numerator unknown-form-name",
                "indicators[3.1.2].resultSource.denominator unknown-form-name"), errors(catalogue(bad)));
        Indicator syntax = indicator("3.1.2", null, "1", t, null, null,
                new ResultSource.Form("count(schools where", null, null), List.of(office, school));
        assertEquals(List.of("indicators[3.1.2].resultSource.numerator expression-syntax"), errors(catalogue(syntax)));
    }

    @Test
    void warningsForWeightsUnitsAndBaselines() {
        Indicator levelWithPercentFormula = new Indicator("3.1.12", "3.1", "แผนที่โรงเรียน", null, "ระดับ", BigDecimal.ONE,
                null,
                new Indicator.Formula("เขตที่ทำได้", "เขตทั้งหมด", BigDecimal.valueOf(100)), null,
                new Criterion.Threshold(
                        List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4),
                                BigDecimal.valueOf(5)),
                        null),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Catalogue c = catalogue(group("3.1", null, "5"), levelWithPercentFormula);
        assertFalse(CatalogueValidator.hasErrors(CatalogueValidator.validate(c)));
        assertEquals(
                List.of("indicators[3.1].weight weights-do-not-add-up", "indicators[3.1.12].unit unit-disagrees-with-formula",
                        "indicators[3.1.12].baselines missing-baselines"),
                warnings(c));
    }

    @Test
    void weightsStepsAndMultipliersMustBeGreaterThanZero() {
        Indicator zeroStep = indicator("1", null, "0", new Criterion.Threshold(
                List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4),
                        BigDecimal.valueOf(5)),
                BigDecimal.ZERO), null, new Indicator.Formula("a", "b", new BigDecimal("-100")),
                new ResultSource.Registry("ENROLMENT_RATIO", null, BigDecimal.ZERO), List.of());
        assertEquals(List.of("indicators[1].criterion.step step-not-positive", "indicators[1].weight weight-not-positive",
                "indicators[1].formula.multiplier multiplier-not-positive",
                "indicators[1].resultSource.multiplier multiplier-not-positive"), errors(catalogue(zeroStep)));
        assertEquals(List.of("indicators[2].weight weight-not-positive"), errors(catalogue(leaf("2", null, "-1", "1", "2", "3",
                "4", "5"))));
    }
}
