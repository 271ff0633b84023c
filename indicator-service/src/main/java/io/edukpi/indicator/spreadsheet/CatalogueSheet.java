package io.edukpi.indicator.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The layout of a catalogue as sheets, the way the ministry's staff keep it: {@code indicators},
 * {@code criteria}, {@code baselines}, plus {@code catalogue}, {@code rounds}, {@code bands},
 * {@code responsible} and {@code forms} so nothing is lost. In workbook order; docs/indicator-service.md
 * describes every column.
 */
public enum CatalogueSheet {

    CATALOGUE("catalogue", true, List.of("key", "value"), List.of("key", "value")),
    INDICATORS("indicators", true,
            List.of("code", "parentCode", "name", "nameEn", "unit", "weight", "direction", "description", "formulaNumerator",
                    "formulaDenominator", "formulaMultiplier", "targetText", "targetValue", "targetUnit", "dataSource",
                    "collectionMethod", "guidanceObec", "guidanceAreaOffice", "guidanceSchool", "evaluationGuidance",
                    "evidenceTypes", "responsibleGroup", "startsInRound", "cancelledFromRound", "resultSource",
                    "resultNumerator", "resultDenominator", "resultMultiplier", "registryMetric", "registryParameters",
                    "notes"),
            List.of("code", "parentCode", "name", "unit", "weight")),
    CRITERIA("criteria", true,
            List.of("code", "type", "t1", "t2", "t3", "t4", "t5", "step", "target", "scoreWhenMet", "scoreWhenNotMet",
                    "description", "milestone1", "milestone2", "milestone3", "milestone4", "milestone5"),
            List.of("code", "type", "t1", "t2", "t3", "t4", "t5")),
    BASELINES("baselines", true, List.of("code", "fiscalYear", "fiscalYearBe", "value", "unit", "text"),
            List.of("code", "fiscalYear", "value")),
    ROUNDS("rounds", false, List.of("round", "label", "periodEnd", "deadline"), List.of("round", "periodEnd", "deadline")),
    BANDS("bands", false, List.of("code", "labelTh", "labelEn", "minPercent"), List.of("code", "labelTh", "minPercent")),
    RESPONSIBLE("responsible", false, List.of("code", "name", "position", "phone"), List.of("code", "name")),
    FORMS("forms", false,
            List.of("code", "formCode", "level", "title", "instructions", "certifier", "fields", "tables", "checklists",
                    "notes"),
            List.of("code", "formCode", "level", "title"));

    private final String sheetName;
    private final boolean required;
    private final List<String> columns;
    private final List<String> requiredColumns;

    CatalogueSheet(String sheetName, boolean required, List<String> columns, List<String> requiredColumns) {
        this.sheetName = sheetName;
        this.required = required;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    /** The sheet's name in a workbook, and the {@code sheet} column's value in a CSV. */
    public String sheetName() {
        return sheetName;
    }

    /** An import needs this sheet; the others are optional. */
    public boolean required() {
        return required;
    }

    /** Every column, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Columns the sheet must have on import (the others may be left out). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public static Optional<CatalogueSheet> named(String name) {
        return Arrays.stream(values()).filter(s -> s.sheetName.equals(name)).findFirst();
    }

    /** An empty sheet with every column. */
    Sheet empty() {
        return new Sheet(sheetName, columns);
    }
}
