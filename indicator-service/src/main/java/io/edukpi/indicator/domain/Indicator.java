package io.edukpi.indicator.domain;

import java.math.BigDecimal;
import java.util.List;

/** One node of the catalogue tree: a group scored from its children, or a leaf with its own criterion. */
public record Indicator(
        String code,
        String parentCode,
        String name,
        String nameEn,
        String unit,
        BigDecimal weight,
        String description,
        Formula formula,
        Direction direction,
        Criterion criterion,
        List<Baseline> baselines,
        Target target,
        String dataSource,
        String collectionMethod,
        Guidance guidance,
        String evaluationGuidance,
        List<EvidenceType> evidenceTypes,
        List<ResponsiblePerson> responsible,
        String responsibleGroup,
        Integer startsInRound,
        Integer cancelledFromRound,
        ResultSource resultSource,
        List<ReferenceForm> forms,
        List<String> notes) {

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    public enum EvidenceType {
        PHOTO,
        MEETING_MINUTES,
        APPROVED_PLAN,
        APPOINTMENT_ORDER,
        OPERATION_RECORD,
        OTHER_DOCUMENT
    }

    /** The printed formula: numerator / denominator x multiplier, labels as printed. */
    public record Formula(String numerator, String denominator, BigDecimal multiplier) {
    }

    /** A previous year's result; {@code value} is null when the printed text is not a number. */
    public record Baseline(int fiscalYear, BigDecimal value, String unit, String text) {
    }

    public record Target(String text, BigDecimal value, String unit) {
        boolean isEmpty() {
            return text == null && value == null && unit == null;
        }
    }

    public record Guidance(String obec, String areaOffice, String school) {
        boolean isEmpty() {
            return obec == null && areaOffice == null && school == null;
        }
    }

    public record ResponsiblePerson(String name, String position, String phone) {
    }

    public Indicator {
        baselines = UnmodifiableCopy.orEmpty(baselines);
        evidenceTypes = UnmodifiableCopy.orEmpty(evidenceTypes);
        responsible = UnmodifiableCopy.orEmpty(responsible);
        forms = UnmodifiableCopy.orEmpty(forms);
        notes = UnmodifiableCopy.orEmpty(notes);
        // An all-empty block carries no information: one representation for it keeps round trips diff-free.
        target = target == null || target.isEmpty() ? null : target;
        guidance = guidance == null || guidance.isEmpty() ? null : guidance;
    }

    /** Absent direction means higher is better, as for almost every indicator of the seed. */
    public Direction effectiveDirection() {
        return direction == null ? Direction.HIGHER_IS_BETTER : direction;
    }

    public ResultSource effectiveResultSource() {
        return resultSource == null ? new ResultSource.Manual() : resultSource;
    }

    public Indicator withParentCode(String newParentCode) {
        return new Indicator(code, newParentCode, name, nameEn, unit, weight, description, formula, direction,
                criterion, baselines, target, dataSource, collectionMethod, guidance, evaluationGuidance,
                evidenceTypes, responsible, responsibleGroup, startsInRound, cancelledFromRound, resultSource,
                forms, notes);
    }
}
