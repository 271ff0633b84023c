package io.edukpi.indicator.spreadsheet;

import static io.edukpi.indicator.domain.IndicatorMessage.UNKNOWN_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.ReferenceForm;
import io.edukpi.indicator.domain.ResultSource;

/** Reads the rows that describe one indicator: its own row, its criterion and its reference forms. */
final class IndicatorRows {

    private static final TypeReference<List<String>> NOTES = new TypeReference<>() {
    };

    private IndicatorRows() {
    }

    static Indicator indicator(CellReader c, Criterion criterion, List<Indicator.Baseline> baselines,
            List<Indicator.ResponsiblePerson> responsible, List<ReferenceForm> forms) {
        Indicator.Formula formula = c.text("formulaNumerator") == null && c.text("formulaDenominator") == null
                && c.number("formulaMultiplier") == null ? null
                        : new Indicator.Formula(c.text("formulaNumerator"), c.text("formulaDenominator"),
                                c.number("formulaMultiplier"));
        List<Indicator.EvidenceType> evidenceTypes = new ArrayList<>();
        String evidence = c.text("evidenceTypes");
        if (evidence != null) {
            for (String e : evidence.split(",")) {
                Indicator.EvidenceType type = c.parseEnum("evidenceTypes", e.trim(), Indicator.EvidenceType.class);
                if (type != null) {
                    evidenceTypes.add(type);
                }
            }
        }
        return new Indicator(c.text("code"), c.text("parentCode"), c.text("name"), c.text("nameEn"), c.text("unit"),
                c.number("weight"), c.text("description"), formula, c.enumValue("direction", Indicator.Direction.class),
                criterion, baselines, new Indicator.Target(c.text("targetText"), c.number("targetValue"), c.text("targetUnit")),
                c.text("dataSource"), c.text("collectionMethod"),
                new Indicator.Guidance(c.text("guidanceObec"), c.text("guidanceAreaOffice"), c.text("guidanceSchool")),
                c.text("evaluationGuidance"), evidenceTypes, responsible, c.text("responsibleGroup"),
                c.integer("startsInRound"), c.integer("cancelledFromRound"), resultSource(c), forms,
                c.jsonList("notes", NOTES));
    }

    private static ResultSource resultSource(CellReader c) {
        String type = c.text("resultSource");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "MANUAL":
                return new ResultSource.Manual();
            case "FORM":
                return new ResultSource.Form(c.text("resultNumerator"), c.text("resultDenominator"),
                        c.number("resultMultiplier"));
            case "REGISTRY":
                Map<String, Object> parameters = c.jsonValue("registryParameters", new TypeReference<Map<String, Object>>() {
                });
                return new ResultSource.Registry(c.text("registryMetric"), parameters, c.number("resultMultiplier"));
            default:
                c.error("resultSource", UNKNOWN_VALUE, type, type, "MANUAL, FORM, REGISTRY");
                return null;
        }
    }

    static Criterion criterion(CellReader c) {
        String type = c.text("type");
        if ("THRESHOLD".equals(type)) {
            List<BigDecimal> thresholds = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                BigDecimal t = c.number("t" + n);
                if (t != null) {
                    thresholds.add(t);
                }
            }
            return new Criterion.Threshold(thresholds, c.number("step"));
        }
        if ("PASS_FAIL".equals(type)) {
            return new Criterion.PassFail(c.number("target"), c.number("scoreWhenMet"), c.number("scoreWhenNotMet"),
                    c.text("description"));
        }
        if ("MILESTONE".equals(type)) {
            List<Criterion.Step> steps = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                String d = c.text("milestone" + n);
                if (d != null) {
                    steps.add(new Criterion.Step(n, d));
                }
            }
            return new Criterion.Milestone(steps);
        }
        c.error("type", UNKNOWN_VALUE, type, type, "THRESHOLD, PASS_FAIL, MILESTONE");
        return null;
    }

    static ReferenceForm form(CellReader c) {
        String certifier = c.text("certifier");
        return new ReferenceForm(c.text("formCode"), c.enumValue("level", ReferenceForm.Level.class), c.text("title"),
                c.text("instructions"), c.jsonList("fields", new TypeReference<List<ReferenceForm.Field>>() {
                }),
                c.jsonList("tables", new TypeReference<List<ReferenceForm.Table>>() {
                }),
                c.jsonList("checklists", new TypeReference<List<ReferenceForm.Checklist>>() {
                }),
                certifier == null ? null : Boolean.valueOf(certifier.trim().equalsIgnoreCase("true")),
                c.jsonList("notes", NOTES));
    }
}
