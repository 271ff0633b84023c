package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What submission-service needs of a published catalogue version: its rounds and deadlines, the
 * late-submission policy, and per indicator the criterion type, the rounds it takes results in, where
 * its result comes from and its reference forms. The catalogue itself belongs to indicator-service.
 */
public record SubmissionCatalogue(UUID id, int fiscalYear, String level, int version, String title,
        LateSubmissionPolicy lateSubmissionPolicy, List<Round> rounds,
        Map<String, IndicatorSpec> indicators) {

    public enum LateSubmissionPolicy {
        MARK_LATE,
        REFUSE
    }

    public enum CriterionType {
        THRESHOLD,
        PASS_FAIL,
        MILESTONE
    }

    public enum SourceType {
        MANUAL,
        FORM,
        REGISTRY
    }

    public enum FormLevel {
        AREA_OFFICE,
        SCHOOL
    }

    public enum FieldType {
        INTEGER,
        DECIMAL,
        TEXT,
        BOOLEAN,
        DATE
    }

    public record Round(int round, String label, LocalDate periodEnd, LocalDate deadline) {
    }

    public record Source(SourceType type, String numerator, String denominator, BigDecimal multiplier,
            String metric, Map<String, Object> parameters) {
        public static Source manual() {
            return new Source(SourceType.MANUAL, null, null, null, null, Map.of());
        }
    }

    public record Field(String key, String label, FieldType type, boolean required) {
    }

    public record Table(String key, String label, List<Field> columns) {
    }

    public record Checklist(String key, String label, List<String> items) {
    }

    public record Form(String code, FormLevel level, String title, List<Field> fields, List<Table> tables,
            List<Checklist> checklists) {
    }

    public record IndicatorSpec(String code, String parentCode, String name, String unit, CriterionType criterion,
            int milestoneSteps, int startsInRound, Integer cancelledFromRound, Source source,
            List<Form> forms) {

        public Optional<Form> form(FormLevel level) {
            return forms.stream().filter(f -> f.level() == level).findFirst();
        }
    }

    public Optional<Round> round(int round) {
        return rounds.stream().filter(r -> r.round() == round).findFirst();
    }

    public Optional<IndicatorSpec> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }
}
