package io.edukpi.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionCatalogue.Checklist;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.Field;
import io.edukpi.submission.domain.SubmissionCatalogue.FieldType;
import io.edukpi.submission.domain.SubmissionCatalogue.Form;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;
import io.edukpi.submission.domain.SubmissionCatalogue.Source;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;

/** The round, form and registry rules without Quarkus (the workflow: {@link WorkflowTest}). */
class DomainRulesTest {

    static final List<String> EIGHT = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8");

    static final IndicatorSpec QA = new IndicatorSpec("3.1.2", "3.1", "QA", "ร้อยละ", CriterionType.THRESHOLD, 0, 6, null,
            new Source(SourceType.FORM, "count(schools where allDone(qaActivities))", "office.targetSchools",
                    BigDecimal.valueOf(100), null, Map.of()),
            List.of(new Form("KRS 3.1.2 (1)", FormLevel.AREA_OFFICE, null,
                    List.of(new Field("targetSchools", "เป้าหมาย", FieldType.INTEGER, true)), List.of(), List.of()),
                    new Form("KRS 3.1.2 (2)", FormLevel.SCHOOL, null, List.of(), List.of(),
                            List.of(new Checklist("qaActivities", "QA", EIGHT)))));

    static SubmissionCatalogue catalogue(SubmissionCatalogue.LateSubmissionPolicy late, IndicatorSpec... indicators) {
        Map<String, IndicatorSpec> map = new LinkedHashMap<>();
        for (IndicatorSpec i : indicators) {
            map.put(i.code(), i);
        }
        return new SubmissionCatalogue(UUID.randomUUID(), 2011, "OBEC_AGREEMENT", 1, "t", late,
                List.of(new Round(6, null, LocalDate.of(2011, 3, 31), LocalDate.of(2011, 4, 15)),
                        new Round(9, null, LocalDate.of(2011, 6, 30), LocalDate.of(2011, 7, 15)),
                        new Round(12, null, LocalDate.of(2011, 9, 30), LocalDate.of(2011, 10, 15))),
                map);
    }

    @Test
    void threeSchoolsTwoWithAllEightActivitiesRollUpTo6667() {
        FormData office = new FormData(Map.of("targetSchools", BigDecimal.valueOf(3)), Map.of(), Map.of());
        FormData all = new FormData(Map.of(), Map.of(), Map.of("qaActivities", Set.copyOf(EIGHT)));
        FormData some = new FormData(Map.of(), Map.of(), Map.of("qaActivities", Set.of("a1", "a2")));
        assertEquals(new BigDecimal("66.67"), FormRollUp.compute(QA, office, List.of(all, all, some)).orElseThrow());
        assertTrue(FormRollUp.compute(QA, FormData.EMPTY, List.of(all)).isEmpty(), "no target yet: no value");
    }

    @Test
    void formsAreCheckedAgainstTheirDefinition() {
        Form officeForm = QA.forms().get(0);
        var findings = FormCheck.check(officeForm, new FormData(Map.of("targetSchools", new BigDecimal("2.5"),
                "nope", "x"), Map.of(), Map.of()), "officeForm", true);
        assertEquals(List.of("officeForm.fields.targetSchools", "officeForm.fields.nope"),
                findings.stream().map(Finding::field).sorted(Comparator.reverseOrder()).toList());
        assertEquals("required", FormCheck.check(officeForm, FormData.EMPTY, "f", true).get(0).code());
        assertTrue(FormCheck.check(officeForm, FormData.EMPTY, "f", false).isEmpty(), "a draft may be partial");
        assertEquals("unknown-item", FormCheck.check(QA.forms().get(1),
                new FormData(Map.of(), Map.of(), Map.of("qaActivities", Set.of("a9"))), "d", true).get(0).code());
    }

    @Test
    void roundsFollowTheCatalogue() {
        IndicatorSpec enrolment = new IndicatorSpec("1.1.1", "1.1", "e", "%", CriterionType.THRESHOLD, 0, 9, null,
                Source.manual(), List.of());
        IndicatorSpec cancelled = new IndicatorSpec("3.1.3", "3.1", "c", "%", CriterionType.THRESHOLD, 0, 6, 9,
                Source.manual(), List.of());
        SubmissionCatalogue c = catalogue(SubmissionCatalogue.LateSubmissionPolicy.MARK_LATE, enrolment, cancelled, QA);
        assertFalse(RoundRules.takesResult(enrolment, 6));
        assertTrue(RoundRules.takesResult(enrolment, 12));
        assertFalse(RoundRules.takesResult(cancelled, 9));
        assertEquals("indicator-cancelled", assertThrows(ProblemException.class,
                () -> RoundRules.checkTakesResult(c, cancelled, 12)).slug());
        assertEquals(List.of(6, 9), RoundRules.earlierRounds(c, QA, 12));
        assertEquals(List.of(9), RoundRules.earlierRounds(c, enrolment, 12));
        assertFalse(RoundRules.late(c, c.round(6).orElseThrow(), LocalDate.of(2011, 4, 15)), "the deadline day counts");
        assertTrue(RoundRules.late(c, c.round(6).orElseThrow(), LocalDate.of(2011, 4, 16)));
        SubmissionCatalogue strict = catalogue(SubmissionCatalogue.LateSubmissionPolicy.REFUSE, QA);
        assertEquals("deadline-passed", assertThrows(ProblemException.class,
                () -> RoundRules.late(strict, strict.round(6).orElseThrow(), LocalDate.of(2011, 4, 16))).slug());
    }

    @Test
    void enrolmentRatioFromTheRegistrysFigures() {
        IndicatorSpec ratio = new IndicatorSpec("1.1.1", "1.1", "e", "%", CriterionType.THRESHOLD, 0, 9, null,
                new Source(SourceType.REGISTRY, null, null, BigDecimal.valueOf(100), "ENROLMENT_RATIO",
                        Map.of("classLevels", "อ.1-อ.3", "ageFrom", BigDecimal.valueOf(3), "ageTo", BigDecimal.valueOf(5),
                                "censusDate", "2011-06-10")),
                List.of());
        var figures = new RegistryMetric.CensusFigures(LocalDate.of(2011, 6, 10),
                Map.of("อ.1", 2000, "อ.2", 2436, "อ.3", 3000, "ป.1", 999), Map.of("3-5", 10000));
        assertEquals(new BigDecimal("74.36"), RegistryMetric.compute(ratio, figures).orElseThrow());
        assertEquals(LocalDate.of(2011, 6, 10), RegistryMetric.censusDate(ratio).orElseThrow());
        assertTrue(RegistryMetric.compute(ratio, new RegistryMetric.CensusFigures(LocalDate.of(2011, 6, 10),
                Map.of("อ.1", 1), Map.of())).isEmpty(), "no population imported: no value");
        assertEquals(List.of("ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6"), RegistryMetric.levels("ป.1-ป.6"));
    }
}
