package io.edukpi.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;
import io.edukpi.formexpression.FormExpression;
import io.edukpi.indicator.SeedData;

/** The seed files, against what the issue says they must contain, and against every rule. */
class SeedCataloguesTest {

    private final Catalogue obec = SeedData.catalogue(SeedData.OBEC_2554);

    @Test
    void seedsHaveNoErrors() {
        for (String seed : List.of(SeedData.OBEC_2554, SeedData.AREA_OFFICE_MEASURES)) {
            List<Finding> findings = CatalogueValidator.validate(SeedData.catalogue(seed));
            assertFalse(CatalogueValidator.hasErrors(findings), seed + ": " + findings);
        }
    }

    @Test
    void indicator313AsPrinted() {
        Indicator i = obec.indicator("3.1.3").orElseThrow();
        assertEquals("ระดับ", i.unit());
        assertEquals(new BigDecimal("0.77"), i.weight());
        Criterion.Threshold t = assertInstanceOf(Criterion.Threshold.class, i.criterion());
        assertEquals(List.of(new BigDecimal("34.58"), new BigDecimal("36.58"), new BigDecimal("38.58"),
                new BigDecimal("40.58"), new BigDecimal("42.58")), t.thresholds());
        assertEquals(0, t.step().compareTo(BigDecimal.valueOf(2)));
        assertEquals("ร้อยละ 42.58 (ระดับ 5)", i.target().text());
        assertEquals(Map.of(2551, new BigDecimal("36.58"), 2552, new BigDecimal("42.02"), 2553, new BigDecimal("38.58")),
                i.baselines().stream().collect(Collectors.toMap(b -> b.fiscalYear() + 543, Indicator.Baseline::value)));
    }

    @Test
    void indicator1110HasTwoMilestoneChildrenOfWeightTwo() {
        List<Indicator> children = obec.children("1.1.10");
        assertEquals(List.of("1.1.10.1", "1.1.10.2"), children.stream().map(Indicator::code).toList());
        for (Indicator child : children) {
            assertEquals(0, child.weight().compareTo(BigDecimal.valueOf(2)), child.code());
            Criterion.Milestone m = assertInstanceOf(Criterion.Milestone.class, child.criterion());
            assertEquals(5, m.steps().size());
        }
        assertNull(obec.indicator("1.1.10").orElseThrow().criterion());
    }

    @Test
    void schoolFormOf312RollsUpIntoItsFormula() {
        Indicator i = obec.indicator("3.1.2").orElseThrow();
        ResultSource.Form source = assertInstanceOf(ResultSource.Form.class, i.resultSource());
        FormExpression.Expr numerator = FormExpression.parse(source.numerator());
        FormExpression.Expr denominator = FormExpression.parse(source.denominator());
        assertEquals(List.of(), FormExpression.unknownNames(numerator, ReferenceForm.vocabulary(i.forms())));
        assertEquals(List.of(), FormExpression.unknownNames(denominator, ReferenceForm.vocabulary(i.forms())));
        ReferenceForm school = i.forms().stream().filter(f -> f.level() == ReferenceForm.Level.SCHOOL).findFirst()
                .orElseThrow();
        ReferenceForm.Checklist activities = school.checklists().get(0);
        assertEquals(8, activities.items().size());

        // Three schools, two with all eight activities done, of four target schools: 2 / 4 x 100 = 50.
        Set<String> all = activities.items().stream().map(ReferenceForm.Item::key).collect(Collectors.toSet());
        Set<String> some = all.stream().limit(5).collect(Collectors.toSet());
        Map<String, Set<String>> items = Map.of(activities.key(), all);
        List<FormExpression.SchoolValues> schools = List.of(
                new FormExpression.SchoolValues(Map.of(), Map.of(activities.key(), all)),
                new FormExpression.SchoolValues(Map.of(), Map.of(activities.key(), all)),
                new FormExpression.SchoolValues(Map.of(), Map.of(activities.key(), some)));
        Map<String, BigDecimal> office = Map.of("targetSchools", BigDecimal.valueOf(4));
        BigDecimal n = FormExpression.evaluate(numerator, office, schools, items);
        BigDecimal d = FormExpression.evaluate(denominator, office, schools, items);
        assertEquals(0, n.divide(d).multiply(source.multiplier()).compareTo(BigDecimal.valueOf(50)));
    }

    @Test
    void sourceInconsistenciesAreWarnedNotFixed() {
        List<Finding> findings = CatalogueValidator.validate(obec);
        assertTrue(findings.stream().anyMatch(f -> f.field().equals("indicators[3.1.12].unit")
                && f.code().equals("unit-disagrees-with-formula")), findings.toString());
        assertEquals("ระดับ", obec.indicator("3.1.12").orElseThrow().unit());
        assertTrue(findings.stream().anyMatch(f -> f.field().equals("indicators[3.2].weight")), findings.toString());
    }
}
