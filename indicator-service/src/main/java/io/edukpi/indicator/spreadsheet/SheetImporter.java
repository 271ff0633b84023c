package io.edukpi.indicator.spreadsheet;

import static io.edukpi.indicator.domain.IndicatorMessage.MISSING_COLUMN;
import static io.edukpi.indicator.domain.IndicatorMessage.MISSING_FISCAL_YEAR;
import static io.edukpi.indicator.domain.IndicatorMessage.MISSING_SHEET;
import static io.edukpi.indicator.domain.IndicatorMessage.UNKNOWN_INDICATOR;
import static io.edukpi.indicator.domain.IndicatorMessage.YEAR_MISMATCH;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.ReferenceForm;

/** Rebuilds a catalogue from the sheets of {@link CatalogueSheet}; every cell problem is answered at once. */
public final class SheetImporter {

    private SheetImporter() {
    }

    public static Catalogue fromSheets(Map<String, Sheet> sheets) {
        ImportFindings findings = new ImportFindings();
        checkLayout(sheets, findings);
        findings.failIfAny();

        Sheet headSheet = sheets.get(CatalogueSheet.CATALOGUE.sheetName());
        Map<String, Object> head = new LinkedHashMap<>();
        for (Map<String, Object> row : headSheet.rows()) {
            if (row.get("key") != null) {
                head.put(row.get("key").toString(), row.get("value"));
            }
        }
        CellReader h = new CellReader(findings, headSheet, 0, head);
        Integer fiscalYear = fiscalYear(h);

        List<Catalogue.ReportingRound> rounds = new ArrayList<>();
        forEachRow(findings, sheets, CatalogueSheet.ROUNDS, c -> rounds.add(new Catalogue.ReportingRound(
                orZero(c.integer("round")), c.text("label"), c.date("periodEnd"), c.date("deadline"))));
        List<Catalogue.PerformanceBand> bands = new ArrayList<>();
        forEachRow(findings, sheets, CatalogueSheet.BANDS, c -> bands.add(new Catalogue.PerformanceBand(
                c.text("code"), c.text("labelTh"), c.text("labelEn"), c.number("minPercent"))));

        Map<String, Criterion> criteria = new LinkedHashMap<>();
        forEachRow(findings, sheets, CatalogueSheet.CRITERIA, c -> criteria.put(c.text("code"), IndicatorRows.criterion(c)));
        Map<String, List<Indicator.Baseline>> baselines = new LinkedHashMap<>();
        forEachRow(findings, sheets, CatalogueSheet.BASELINES, c -> {
            Integer year = c.integer("fiscalYear");
            Integer yearBe = c.integer("fiscalYearBe");
            if (year == null && yearBe != null) {
                year = FiscalYear.ofBuddhist(yearBe).gregorian();
            }
            if (year == null) {
                c.error("fiscalYear", MISSING_FISCAL_YEAR, null);
                return;
            }
            baselines.computeIfAbsent(c.text("code"), k -> new ArrayList<>())
                    .add(new Indicator.Baseline(year, c.number("value"), c.text("unit"), c.text("text")));
        });
        Map<String, List<Indicator.ResponsiblePerson>> responsible = new LinkedHashMap<>();
        forEachRow(findings, sheets, CatalogueSheet.RESPONSIBLE, c -> responsible
                .computeIfAbsent(c.text("code"), k -> new ArrayList<>())
                .add(new Indicator.ResponsiblePerson(c.text("name"), c.text("position"), c.text("phone"))));
        Map<String, List<ReferenceForm>> forms = new LinkedHashMap<>();
        forEachRow(findings, sheets, CatalogueSheet.FORMS,
                c -> forms.computeIfAbsent(c.text("code"), k -> new ArrayList<>()).add(IndicatorRows.form(c)));

        List<Indicator> indicators = new ArrayList<>();
        forEachRow(findings, sheets, CatalogueSheet.INDICATORS, c -> {
            String code = c.text("code");
            indicators.add(IndicatorRows.indicator(c, criteria.get(code), baselines.get(code), responsible.get(code),
                    forms.get(code)));
        });
        Set<String> known = indicators.stream().map(Indicator::code).filter(Objects::nonNull).collect(Collectors.toSet());
        orphans(findings, sheets.get(CatalogueSheet.CRITERIA.sheetName()), known);
        orphans(findings, sheets.get(CatalogueSheet.BASELINES.sheetName()), known);
        // Every cell is read before the findings are answered: a refused cell reads as absent.
        Catalogue catalogue = new Catalogue(orZero(fiscalYear), h.enumValue("level", Catalogue.Level.class), h.text("title"),
                h.text("titleEn"), h.text("source"), h.enumValue("belowLevelOnePolicy", Catalogue.BelowLevelOnePolicy.class),
                h.enumValue("missingResultPolicy", Catalogue.MissingResultPolicy.class),
                h.enumValue("lateSubmissionPolicy", Catalogue.LateSubmissionPolicy.class),
                rounds, bands, indicators, h.jsonList("notes", new TypeReference<List<String>>() {
                }));
        findings.failIfAny();
        return catalogue;
    }

    private static void checkLayout(Map<String, Sheet> sheets, ImportFindings findings) {
        for (CatalogueSheet layout : CatalogueSheet.values()) {
            if (layout.required() && !sheets.containsKey(layout.sheetName())) {
                findings.add(MISSING_SHEET.at(layout.sheetName(), layout.sheetName()));
            }
        }
        for (Sheet s : sheets.values()) {
            List<String> required = CatalogueSheet.named(s.name()).map(CatalogueSheet::requiredColumns).orElse(List.of());
            for (String column : required) {
                if (!s.columns().contains(column)) {
                    findings.add(MISSING_COLUMN.at(s.name() + "." + column, s.name(), column), 1, null);
                }
            }
        }
    }

    /** The C.E. year, given as fiscalYear or fiscalYearBe (both must agree). */
    private static Integer fiscalYear(CellReader head) {
        Integer fiscalYear = head.integer("fiscalYear");
        Integer fiscalYearBe = head.integer("fiscalYearBe");
        if (fiscalYear == null && fiscalYearBe != null) {
            fiscalYear = FiscalYear.ofBuddhist(fiscalYearBe).gregorian();
        } else if (fiscalYear != null && fiscalYearBe != null && fiscalYearBe != FiscalYear.toBuddhist(fiscalYear)) {
            head.error("fiscalYearBe", YEAR_MISMATCH, null, FiscalYear.toBuddhist(fiscalYear), fiscalYear);
        }
        if (fiscalYear == null) {
            head.error("fiscalYear", MISSING_FISCAL_YEAR, null);
        }
        return fiscalYear;
    }

    private static void orphans(ImportFindings findings, Sheet sheet, Set<String> known) {
        for (int n = 0; n < sheet.rows().size(); n++) {
            Object code = sheet.rows().get(n).get("code");
            if (code != null && !known.contains(code.toString())) {
                findings.add(UNKNOWN_INDICATOR.at(sheet.name() + ".code", code).withValue(code), sheet.rowNumber(n), null);
            }
        }
    }

    private static void forEachRow(ImportFindings findings, Map<String, Sheet> sheets, CatalogueSheet layout,
            Consumer<CellReader> each) {
        Sheet sheet = sheets.get(layout.sheetName());
        if (sheet == null) {
            return;
        }
        for (int n = 0; n < sheet.rows().size(); n++) {
            each.accept(new CellReader(findings, sheet, sheet.rowNumber(n), sheet.rows().get(n)));
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
