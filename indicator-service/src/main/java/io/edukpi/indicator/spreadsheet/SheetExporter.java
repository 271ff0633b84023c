package io.edukpi.indicator.spreadsheet;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.ReferenceForm;
import io.edukpi.indicator.domain.ResultSource;
import io.edukpi.indicator.json.CatalogueJson;

/**
 * A catalogue as the sheets of {@link CatalogueSheet}. Nested form definitions and registry parameters
 * become JSON text cells; numbers stay {@link BigDecimal} so writers keep their precision.
 */
public final class SheetExporter {

    private SheetExporter() {
    }

    public static List<Sheet> toSheets(Catalogue c) {
        Map<CatalogueSheet, Sheet> sheets = new EnumMap<>(CatalogueSheet.class);
        for (CatalogueSheet layout : CatalogueSheet.values()) {
            sheets.put(layout, layout.empty());
        }
        head(sheets.get(CatalogueSheet.CATALOGUE), c);
        for (Catalogue.ReportingRound r : c.rounds()) {
            Map<String, Object> row = sheets.get(CatalogueSheet.ROUNDS).add();
            row.put("round", BigDecimal.valueOf(r.round()));
            row.put("label", r.label());
            row.put("periodEnd", text(r.periodEnd()));
            row.put("deadline", text(r.deadline()));
        }
        for (Catalogue.PerformanceBand b : c.bands()) {
            Map<String, Object> row = sheets.get(CatalogueSheet.BANDS).add();
            row.put("code", b.code());
            row.put("labelTh", b.labelTh());
            row.put("labelEn", b.labelEn());
            row.put("minPercent", b.minPercent());
        }
        for (Indicator i : c.indicators()) {
            indicator(sheets.get(CatalogueSheet.INDICATORS).add(), i);
            if (i.criterion() != null) {
                criterion(sheets.get(CatalogueSheet.CRITERIA).add(), i.code(), i.criterion());
            }
            for (Indicator.Baseline b : i.baselines()) {
                Map<String, Object> row = sheets.get(CatalogueSheet.BASELINES).add();
                row.put("code", i.code());
                row.put("fiscalYear", BigDecimal.valueOf(b.fiscalYear()));
                row.put("fiscalYearBe", BigDecimal.valueOf(FiscalYear.toBuddhist(b.fiscalYear())));
                row.put("value", b.value());
                row.put("unit", b.unit());
                row.put("text", b.text());
            }
            for (Indicator.ResponsiblePerson p : i.responsible()) {
                Map<String, Object> row = sheets.get(CatalogueSheet.RESPONSIBLE).add();
                row.put("code", i.code());
                row.put("name", p.name());
                row.put("position", p.position());
                row.put("phone", p.phone());
            }
            for (ReferenceForm f : i.forms()) {
                form(sheets.get(CatalogueSheet.FORMS).add(), i.code(), f);
            }
        }
        return List.copyOf(sheets.values());
    }

    private static void head(Sheet sheet, Catalogue c) {
        keyValue(sheet, "fiscalYear", BigDecimal.valueOf(c.fiscalYear()));
        keyValue(sheet, "fiscalYearBe", BigDecimal.valueOf(c.fiscalYearBe()));
        keyValue(sheet, "level", name(c.level()));
        keyValue(sheet, "title", c.title());
        keyValue(sheet, "titleEn", c.titleEn());
        keyValue(sheet, "source", c.source());
        keyValue(sheet, "belowLevelOnePolicy", name(c.belowLevelOnePolicy()));
        keyValue(sheet, "missingResultPolicy", name(c.missingResultPolicy()));
        keyValue(sheet, "lateSubmissionPolicy", name(c.lateSubmissionPolicy()));
        keyValue(sheet, "notes", jsonUnlessEmpty(c.notes()));
    }

    private static void indicator(Map<String, Object> row, Indicator i) {
        row.put("code", i.code());
        row.put("parentCode", i.parentCode());
        row.put("name", i.name());
        row.put("nameEn", i.nameEn());
        row.put("unit", i.unit());
        row.put("weight", i.weight());
        row.put("direction", name(i.direction()));
        row.put("description", i.description());
        if (i.formula() != null) {
            row.put("formulaNumerator", i.formula().numerator());
            row.put("formulaDenominator", i.formula().denominator());
            row.put("formulaMultiplier", i.formula().multiplier());
        }
        if (i.target() != null) {
            row.put("targetText", i.target().text());
            row.put("targetValue", i.target().value());
            row.put("targetUnit", i.target().unit());
        }
        row.put("dataSource", i.dataSource());
        row.put("collectionMethod", i.collectionMethod());
        if (i.guidance() != null) {
            row.put("guidanceObec", i.guidance().obec());
            row.put("guidanceAreaOffice", i.guidance().areaOffice());
            row.put("guidanceSchool", i.guidance().school());
        }
        row.put("evaluationGuidance", i.evaluationGuidance());
        row.put("evidenceTypes",
                i.evidenceTypes().isEmpty() ? null
                        : i.evidenceTypes().stream().map(Enum::name).collect(Collectors.joining(",")));
        row.put("responsibleGroup", i.responsibleGroup());
        row.put("startsInRound", number(i.startsInRound()));
        row.put("cancelledFromRound", number(i.cancelledFromRound()));
        if (i.resultSource() instanceof ResultSource.Manual) {
            row.put("resultSource", "MANUAL");
        } else if (i.resultSource() instanceof ResultSource.Form f) {
            row.put("resultSource", "FORM");
            row.put("resultNumerator", f.numerator());
            row.put("resultDenominator", f.denominator());
            row.put("resultMultiplier", f.multiplier());
        } else if (i.resultSource() instanceof ResultSource.Registry r) {
            row.put("resultSource", "REGISTRY");
            row.put("registryMetric", r.metric());
            row.put("registryParameters", CatalogueJson.text(r.parameters()));
            row.put("resultMultiplier", r.multiplier());
        }
        row.put("notes", jsonUnlessEmpty(i.notes()));
    }

    private static void criterion(Map<String, Object> row, String code, Criterion criterion) {
        row.put("code", code);
        if (criterion instanceof Criterion.Threshold t) {
            row.put("type", "THRESHOLD");
            for (int n = 0; n < t.thresholds().size() && n < 5; n++) {
                row.put("t" + (n + 1), t.thresholds().get(n));
            }
            row.put("step", t.step());
        } else if (criterion instanceof Criterion.PassFail p) {
            row.put("type", "PASS_FAIL");
            row.put("target", p.target());
            row.put("scoreWhenMet", p.scoreWhenMet());
            row.put("scoreWhenNotMet", p.scoreWhenNotMet());
            row.put("description", p.description());
        } else if (criterion instanceof Criterion.Milestone m) {
            row.put("type", "MILESTONE");
            for (Criterion.Step s : m.steps()) {
                row.put("milestone" + s.step(), s.description());
            }
        }
    }

    private static void form(Map<String, Object> row, String code, ReferenceForm f) {
        row.put("code", code);
        row.put("formCode", f.code());
        row.put("level", name(f.level()));
        row.put("title", f.title());
        row.put("instructions", f.instructions());
        row.put("certifier", text(f.certifier()));
        row.put("fields", CatalogueJson.text(f.fields()));
        row.put("tables", CatalogueJson.text(f.tables()));
        row.put("checklists", CatalogueJson.text(f.checklists()));
        row.put("notes", jsonUnlessEmpty(f.notes()));
    }

    private static void keyValue(Sheet sheet, String key, Object value) {
        Map<String, Object> row = sheet.add();
        row.put("key", key);
        row.put("value", value);
    }

    private static String jsonUnlessEmpty(List<?> list) {
        return list.isEmpty() ? null : CatalogueJson.text(list);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static BigDecimal number(Integer i) {
        return i == null ? null : BigDecimal.valueOf(i);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
