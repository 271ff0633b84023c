package io.edukpi.indicator.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Criterion;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.ReferenceForm;
import io.edukpi.indicator.domain.ResultSource;
import io.edukpi.indicator.json.CatalogueJson;

/**
 * A catalogue as sheets, the way the ministry's staff keep it: {@code indicators}, {@code criteria},
 * {@code baselines}, plus {@code catalogue}, {@code rounds}, {@code bands}, {@code responsible} and
 * {@code forms} so nothing is lost. Nested form definitions and registry parameters are JSON text cells.
 */
public final class TabularCatalogue {

    public static final String CATALOGUE = "catalogue";
    public static final String ROUNDS = "rounds";
    public static final String BANDS = "bands";
    public static final String INDICATORS = "indicators";
    public static final String CRITERIA = "criteria";
    public static final String BASELINES = "baselines";
    public static final String RESPONSIBLE = "responsible";
    public static final String FORMS = "forms";

    /** Every sheet with its columns, in workbook order. */
    public static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    /** Columns a sheet must have on import (the others may be left out). */
    public static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();
    /** Sheets an import needs; the others are optional. */
    public static final List<String> REQUIRED_SHEETS = List.of(CATALOGUE, INDICATORS, CRITERIA, BASELINES);

    static {
        COLUMNS.put(CATALOGUE, List.of("key", "value"));
        COLUMNS.put(INDICATORS, List.of("code", "parentCode", "name", "nameEn", "unit", "weight", "direction", "description",
                "formulaNumerator", "formulaDenominator", "formulaMultiplier", "targetText", "targetValue", "targetUnit",
                "dataSource", "collectionMethod", "guidanceObec", "guidanceAreaOffice", "guidanceSchool", "evaluationGuidance",
                "evidenceTypes", "responsibleGroup", "startsInRound", "cancelledFromRound", "resultSource", "resultNumerator",
                "resultDenominator", "resultMultiplier", "registryMetric", "registryParameters", "notes"));
        COLUMNS.put(CRITERIA, List.of("code", "type", "t1", "t2", "t3", "t4", "t5", "step", "target", "scoreWhenMet",
                "scoreWhenNotMet", "description", "milestone1", "milestone2", "milestone3", "milestone4", "milestone5"));
        COLUMNS.put(BASELINES, List.of("code", "fiscalYear", "fiscalYearBe", "value", "unit", "text"));
        COLUMNS.put(ROUNDS, List.of("round", "label", "periodEnd", "deadline"));
        COLUMNS.put(BANDS, List.of("code", "labelTh", "labelEn", "minPercent"));
        COLUMNS.put(RESPONSIBLE, List.of("code", "name", "position", "phone"));
        COLUMNS.put(FORMS, List.of("code", "formCode", "level", "title", "instructions", "certifier", "fields", "tables",
                "checklists", "notes"));
        REQUIRED.put(CATALOGUE, List.of("key", "value"));
        REQUIRED.put(INDICATORS, List.of("code", "parentCode", "name", "unit", "weight"));
        REQUIRED.put(CRITERIA, List.of("code", "type", "t1", "t2", "t3", "t4", "t5"));
        REQUIRED.put(BASELINES, List.of("code", "fiscalYear", "value"));
        REQUIRED.put(ROUNDS, List.of("round", "periodEnd", "deadline"));
        REQUIRED.put(BANDS, List.of("code", "labelTh", "minPercent"));
        REQUIRED.put(RESPONSIBLE, List.of("code", "name"));
        REQUIRED.put(FORMS, List.of("code", "formCode", "level", "title"));
    }

    private TabularCatalogue() {
    }

    // ------------------------------------------------------------------ export

    public static List<Sheet> toSheets(Catalogue c) {
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        COLUMNS.forEach((name, columns) -> sheets.put(name, new Sheet(name, columns)));
        Sheet head = sheets.get(CATALOGUE);
        keyValue(head, "fiscalYear", BigDecimal.valueOf(c.fiscalYear()));
        keyValue(head, "fiscalYearBe", BigDecimal.valueOf(c.fiscalYearBe()));
        keyValue(head, "level", name(c.level()));
        keyValue(head, "title", c.title());
        keyValue(head, "titleEn", c.titleEn());
        keyValue(head, "source", c.source());
        keyValue(head, "belowLevelOnePolicy", name(c.belowLevelOnePolicy()));
        keyValue(head, "missingResultPolicy", name(c.missingResultPolicy()));
        keyValue(head, "lateSubmissionPolicy", name(c.lateSubmissionPolicy()));
        keyValue(head, "notes", c.notes().isEmpty() ? null : json(c.notes()));
        for (Catalogue.ReportingRound r : c.rounds()) {
            Map<String, Object> row = sheets.get(ROUNDS).add();
            row.put("round", BigDecimal.valueOf(r.round()));
            row.put("label", r.label());
            row.put("periodEnd", r.periodEnd() == null ? null : r.periodEnd().toString());
            row.put("deadline", r.deadline() == null ? null : r.deadline().toString());
        }
        for (Catalogue.PerformanceBand b : c.bands()) {
            Map<String, Object> row = sheets.get(BANDS).add();
            row.put("code", b.code());
            row.put("labelTh", b.labelTh());
            row.put("labelEn", b.labelEn());
            row.put("minPercent", b.minPercent());
        }
        for (Indicator i : c.indicators()) {
            indicatorRow(sheets.get(INDICATORS).add(), i);
            if (i.criterion() != null) {
                criterionRow(sheets.get(CRITERIA).add(), i.code(), i.criterion());
            }
            for (Indicator.Baseline b : i.baselines()) {
                Map<String, Object> row = sheets.get(BASELINES).add();
                row.put("code", i.code());
                row.put("fiscalYear", BigDecimal.valueOf(b.fiscalYear()));
                row.put("fiscalYearBe", BigDecimal.valueOf(b.fiscalYear() + Catalogue.BUDDHIST_ERA_OFFSET));
                row.put("value", b.value());
                row.put("unit", b.unit());
                row.put("text", b.text());
            }
            for (Indicator.ResponsiblePerson p : i.responsible()) {
                Map<String, Object> row = sheets.get(RESPONSIBLE).add();
                row.put("code", i.code());
                row.put("name", p.name());
                row.put("position", p.position());
                row.put("phone", p.phone());
            }
            for (ReferenceForm f : i.forms()) {
                Map<String, Object> row = sheets.get(FORMS).add();
                row.put("code", i.code());
                row.put("formCode", f.code());
                row.put("level", name(f.level()));
                row.put("title", f.title());
                row.put("instructions", f.instructions());
                row.put("certifier", f.certifier() == null ? null : f.certifier().toString());
                row.put("fields", json(f.fields()));
                row.put("tables", json(f.tables()));
                row.put("checklists", json(f.checklists()));
                row.put("notes", f.notes().isEmpty() ? null : json(f.notes()));
            }
        }
        return new ArrayList<>(sheets.values());
    }

    private static void indicatorRow(Map<String, Object> row, Indicator i) {
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
        row.put("evidenceTypes", i.evidenceTypes().isEmpty() ? null
                : i.evidenceTypes().stream().map(Enum::name).collect(Collectors.joining(",")));
        row.put("responsibleGroup", i.responsibleGroup());
        row.put("startsInRound", i.startsInRound() == null ? null : BigDecimal.valueOf(i.startsInRound()));
        row.put("cancelledFromRound", i.cancelledFromRound() == null ? null : BigDecimal.valueOf(i.cancelledFromRound()));
        ResultSource source = i.resultSource();
        if (source instanceof ResultSource.Manual) {
            row.put("resultSource", "MANUAL");
        } else if (source instanceof ResultSource.Form f) {
            row.put("resultSource", "FORM");
            row.put("resultNumerator", f.numerator());
            row.put("resultDenominator", f.denominator());
            row.put("resultMultiplier", f.multiplier());
        } else if (source instanceof ResultSource.Registry r) {
            row.put("resultSource", "REGISTRY");
            row.put("registryMetric", r.metric());
            row.put("registryParameters", json(r.parameters()));
            row.put("resultMultiplier", r.multiplier());
        }
        row.put("notes", i.notes().isEmpty() ? null : json(i.notes()));
    }

    private static void criterionRow(Map<String, Object> row, String code, Criterion criterion) {
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

    private static void keyValue(Sheet sheet, String key, Object value) {
        Map<String, Object> row = sheet.add();
        row.put("key", key);
        row.put("value", value);
    }

    // ------------------------------------------------------------------ import

    /** Rebuilds the catalogue; every cell problem is collected and answered at once (400, with sheet/row/column). */
    public static Catalogue fromSheets(Map<String, Sheet> sheets) {
        Reader r = new Reader();
        for (String required : REQUIRED_SHEETS) {
            if (!sheets.containsKey(required)) {
                r.errors.add(new ProblemError(required, null, null, null, "missing-sheet",
                        "The sheet '" + required + "' is missing", "ไม่พบแผ่นงาน '" + required + "'", null));
            }
        }
        sheets.values().forEach(s -> {
            for (String column : REQUIRED.getOrDefault(s.name(), List.of())) {
                if (!s.columns().contains(column)) {
                    r.errors.add(new ProblemError(s.name() + "." + column, 1, null, null, "missing-column",
                            "Sheet '" + s.name() + "' has no column '" + column + "'",
                            "แผ่นงาน '" + s.name() + "' ไม่มีคอลัมน์ '" + column + "'", null));
                }
            }
        });
        r.failIfAny();

        Map<String, Object> head = new LinkedHashMap<>();
        Sheet headSheet = sheets.get(CATALOGUE);
        for (int n = 0; n < headSheet.rows().size(); n++) {
            Object key = headSheet.rows().get(n).get("key");
            if (key != null) {
                head.put(key.toString(), headSheet.rows().get(n).get("value"));
            }
        }
        Cells h = r.cells(headSheet, 0, head);
        Integer fiscalYear = h.integer("fiscalYear");
        Integer fiscalYearBe = h.integer("fiscalYearBe");
        if (fiscalYear == null && fiscalYearBe != null) {
            fiscalYear = fiscalYearBe - Catalogue.BUDDHIST_ERA_OFFSET;
        } else if (fiscalYear != null && fiscalYearBe != null && fiscalYearBe != fiscalYear + Catalogue.BUDDHIST_ERA_OFFSET) {
            h.error("fiscalYearBe", "year-mismatch", "fiscalYearBe must be fiscalYear + 543",
                    "ปี พ.ศ. ต้องเท่ากับ ปี ค.ศ. + 543");
        }
        if (fiscalYear == null) {
            h.error("fiscalYear", "missing-value", "fiscalYear (or fiscalYearBe) is required", "ต้องระบุปีงบประมาณ");
        }

        List<Catalogue.ReportingRound> rounds = new ArrayList<>();
        forEachRow(r, sheets.get(ROUNDS), c -> rounds.add(new Catalogue.ReportingRound(
                orZero(c.integer("round")), c.text("label"), c.date("periodEnd"), c.date("deadline"))));
        List<Catalogue.PerformanceBand> bands = new ArrayList<>();
        forEachRow(r, sheets.get(BANDS), c -> bands.add(new Catalogue.PerformanceBand(
                c.text("code"), c.text("labelTh"), c.text("labelEn"), c.number("minPercent"))));

        Map<String, Criterion> criteria = new LinkedHashMap<>();
        forEachRow(r, sheets.get(CRITERIA), c -> criteria.put(c.text("code"), criterion(c)));
        Map<String, List<Indicator.Baseline>> baselines = new LinkedHashMap<>();
        forEachRow(r, sheets.get(BASELINES), c -> {
            Integer year = c.integer("fiscalYear");
            Integer yearBe = c.integer("fiscalYearBe");
            if (year == null && yearBe != null) {
                year = yearBe - Catalogue.BUDDHIST_ERA_OFFSET;
            }
            if (year == null) {
                c.error("fiscalYear", "missing-value", "fiscalYear (or fiscalYearBe) is required", "ต้องระบุปีงบประมาณ");
                return;
            }
            baselines.computeIfAbsent(c.text("code"), k -> new ArrayList<>())
                    .add(new Indicator.Baseline(year, c.number("value"), c.text("unit"), c.text("text")));
        });
        Map<String, List<Indicator.ResponsiblePerson>> responsible = new LinkedHashMap<>();
        forEachRow(r, sheets.get(RESPONSIBLE), c -> responsible.computeIfAbsent(c.text("code"), k -> new ArrayList<>())
                .add(new Indicator.ResponsiblePerson(c.text("name"), c.text("position"), c.text("phone"))));
        Map<String, List<ReferenceForm>> forms = new LinkedHashMap<>();
        forEachRow(r, sheets.get(FORMS), c -> forms.computeIfAbsent(c.text("code"), k -> new ArrayList<>()).add(form(c)));

        List<Indicator> indicators = new ArrayList<>();
        forEachRow(r, sheets.get(INDICATORS), c -> {
            String code = c.text("code");
            indicators.add(indicator(c, criteria.get(code), baselines.get(code), responsible.get(code), forms.get(code)));
        });
        Map<String, Boolean> known = indicators.stream().filter(i -> i.code() != null)
                .collect(Collectors.toMap(Indicator::code, i -> true, (a, b) -> a));
        orphans(r, sheets.get(CRITERIA), known);
        orphans(r, sheets.get(BASELINES), known);
        r.failIfAny();

        return new Catalogue(fiscalYear, h.enumValue("level", Catalogue.Level.class), h.text("title"), h.text("titleEn"),
                h.text("source"), h.enumValue("belowLevelOnePolicy", Catalogue.BelowLevelOnePolicy.class),
                h.enumValue("missingResultPolicy", Catalogue.MissingResultPolicy.class),
                h.enumValue("lateSubmissionPolicy", Catalogue.LateSubmissionPolicy.class),
                rounds, bands, indicators, h.jsonList("notes", new TypeReference<List<String>>() {
                }));
    }

    private static void orphans(Reader r, Sheet sheet, Map<String, Boolean> known) {
        for (int n = 0; n < sheet.rows().size(); n++) {
            Object code = sheet.rows().get(n).get("code");
            if (code != null && !known.containsKey(code.toString())) {
                r.errors.add(new ProblemError(sheet.name() + ".code", sheet.rowNumber(n), null, null, "unknown-indicator",
                        "Indicator " + code + " is not in the indicators sheet",
                        "ไม่พบตัวชี้วัด " + code + " ในแผ่นงาน indicators", code.toString()));
            }
        }
    }

    private static Indicator indicator(Cells c, Criterion criterion, List<Indicator.Baseline> baselines,
            List<Indicator.ResponsiblePerson> responsible, List<ReferenceForm> forms) {
        Indicator.Formula formula = c.text("formulaNumerator") == null && c.text("formulaDenominator") == null
                && c.number("formulaMultiplier") == null ? null
                        : new Indicator.Formula(c.text("formulaNumerator"), c.text("formulaDenominator"),
                                c.number("formulaMultiplier"));
        String evidence = c.text("evidenceTypes");
        List<Indicator.EvidenceType> evidenceTypes = new ArrayList<>();
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
                c.jsonList("notes", new TypeReference<List<String>>() {
                }));
    }

    private static ResultSource resultSource(Cells c) {
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
                c.error("resultSource", "unknown-value", "resultSource must be MANUAL, FORM or REGISTRY",
                        "แหล่งที่มาของผลต้องเป็น MANUAL, FORM หรือ REGISTRY");
                return null;
        }
    }

    private static Criterion criterion(Cells c) {
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
        c.error("type", "unknown-value", "type must be THRESHOLD, PASS_FAIL or MILESTONE",
                "ประเภทเกณฑ์ต้องเป็น THRESHOLD, PASS_FAIL หรือ MILESTONE");
        return null;
    }

    private static ReferenceForm form(Cells c) {
        String certifier = c.text("certifier");
        return new ReferenceForm(c.text("formCode"), c.enumValue("level", ReferenceForm.Level.class), c.text("title"),
                c.text("instructions"), c.jsonList("fields", new TypeReference<List<ReferenceForm.Field>>() {
                }),
                c.jsonList("tables", new TypeReference<List<ReferenceForm.Table>>() {
                }),
                c.jsonList("checklists", new TypeReference<List<ReferenceForm.Checklist>>() {
                }),
                certifier == null ? null : Boolean.valueOf(certifier.trim().equalsIgnoreCase("true")),
                c.jsonList("notes", new TypeReference<List<String>>() {
                }));
    }

    private static void forEachRow(Reader r, Sheet sheet, java.util.function.Consumer<Cells> each) {
        if (sheet == null) {
            return;
        }
        for (int n = 0; n < sheet.rows().size(); n++) {
            each.accept(r.cells(sheet, sheet.rowNumber(n), sheet.rows().get(n)));
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String json(Object value) {
        try {
            return CatalogueJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects every cell problem of one import. */
    private static final class Reader {
        final List<ProblemError> errors = new ArrayList<>();

        Cells cells(Sheet sheet, int rowNumber, Map<String, Object> row) {
            return new Cells(this, sheet, rowNumber, row);
        }

        void failIfAny() {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors.size() + " problem(s) in the uploaded file; see errors.",
                        "พบปัญหา " + errors.size() + " รายการในไฟล์ที่อัปโหลด ดูรายละเอียดใน errors", errors);
            }
        }
    }

    /** Typed access to one row; a wrong cell is recorded with its sheet, row and column, and reads as absent. */
    private record Cells(Reader reader, Sheet sheet, int rowNumber, Map<String, Object> row) {

        String text(String column) {
            Object v = row.get(column);
            if (v instanceof BigDecimal d) {
                return d.toPlainString();
            }
            return v == null || v.toString().isEmpty() ? null : v.toString();
        }

        BigDecimal number(String column) {
            Object v = row.get(column);
            if (v == null || v instanceof BigDecimal) {
                return (BigDecimal) v;
            }
            String s = v.toString().trim();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                error(column, "not-a-number", "'" + s + "' is not a number", "'" + s + "' ไม่ใช่ตัวเลข", s);
                return null;
            }
        }

        Integer integer(String column) {
            BigDecimal d = number(column);
            if (d == null) {
                return null;
            }
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                error(column, "not-an-integer", "'" + d.toPlainString() + "' is not a whole number",
                        "'" + d.toPlainString() + "' ไม่ใช่จำนวนเต็ม", d.toPlainString());
                return null;
            }
        }

        LocalDate date(String column) {
            String s = text(column);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                error(column, "not-a-date", "'" + s + "' is not a date (YYYY-MM-DD)",
                        "'" + s + "' ไม่ใช่วันที่ (ปปปป-ดด-วว ค.ศ.)", s);
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            return parseEnum(column, text(column), type);
        }

        <E extends Enum<E>> E parseEnum(String column, String value, Class<E> type) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim());
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                error(column, "unknown-value", "'" + value + "' is not one of " + allowed,
                        "'" + value + "' ไม่ใช่ค่าที่กำหนด (" + allowed + ")", value);
                return null;
            }
        }

        <T> List<T> jsonList(String column, TypeReference<List<T>> type) {
            List<T> list = jsonValue(column, type);
            return list == null ? List.of() : list;
        }

        <T> T jsonValue(String column, TypeReference<T> type) {
            String s = text(column);
            if (s == null) {
                return null;
            }
            try {
                JsonNode node = CatalogueJson.MAPPER.readTree(s);
                return CatalogueJson.MAPPER.convertValue(node, type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                error(column, "not-json", "The cell must hold JSON (" + firstLine(e.getMessage()) + ")",
                        "ช่องนี้ต้องเป็นข้อมูล JSON", null);
                return null;
            }
        }

        void error(String column, String code, String message, String messageTh) {
            error(column, code, message, messageTh, null);
        }

        void error(String column, String code, String message, String messageTh, String value) {
            int columnNumber = sheet.columns().indexOf(column) + 1;
            String field = sheet.name().equals(CATALOGUE) ? CATALOGUE + "." + column : sheet.name() + "." + column;
            reader.errors.add(new ProblemError(field, sheet.name().equals(CATALOGUE) ? null : rowNumber, null,
                    columnNumber > 0 ? columnNumber : null, code, message, messageTh, value));
        }

        private static String firstLine(String s) {
            return s == null ? "" : s.lines().findFirst().orElse("");
        }
    }

}
