package io.edukpi.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.edukpi.formexpression.FormExpression;

/**
 * Every rule a catalogue must keep. Errors block publishing; warnings describe inconsistencies of
 * the source, which are kept as printed and never "fixed". Paths name indicators by code:
 * {@code indicators[3.1.4].criterion.thresholds}.
 */
public final class CatalogueValidator {

    private static final Pattern CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PERCENT = "ร้อยละ";

    private CatalogueValidator() {
    }

    public static List<Finding> validate(Catalogue catalogue) {
        List<Finding> out = new ArrayList<>();
        catalogueLevel(catalogue, out);
        Map<String, Indicator> byCode = new HashMap<>();
        for (int n = 0; n < catalogue.indicators().size(); n++) {
            Indicator i = catalogue.indicators().get(n);
            String at = path(i, n);
            if (i.code() == null || !CODE.matcher(i.code()).matches()) {
                out.add(Finding.error(at + ".code", "malformed-code",
                        "Code '" + i.code() + "' is not dotted numbers like 3.1.4",
                        "รหัสตัวชี้วัด '" + i.code() + "' ต้องเป็นตัวเลขคั่นด้วยจุด เช่น 3.1.4"));
            } else if (byCode.putIfAbsent(i.code(), i) != null) {
                out.add(Finding.error(at + ".code", "duplicate-code", "Code " + i.code() + " is used more than once",
                        "รหัสตัวชี้วัด " + i.code() + " ซ้ำกัน"));
            }
            if (blank(i.name())) {
                out.add(Finding.error(at + ".name", "missing-name", "The indicator has no name", "ไม่ได้ระบุชื่อตัวชี้วัด"));
            }
        }
        Set<String> parents = new HashSet<>();
        for (int n = 0; n < catalogue.indicators().size(); n++) {
            Indicator i = catalogue.indicators().get(n);
            String at = path(i, n);
            if (i.parentCode() != null) {
                parents.add(i.parentCode());
                if (!byCode.containsKey(i.parentCode())) {
                    out.add(Finding.error(at + ".parentCode", "orphan-parent",
                            "Parent " + i.parentCode() + " does not exist in the catalogue",
                            "ไม่พบตัวชี้วัดแม่ " + i.parentCode() + " ในชุดตัวชี้วัด"));
                } else if (inCycle(i, byCode)) {
                    out.add(Finding.error(at + ".parentCode", "cycle",
                            "Indicator " + i.code() + " is its own ancestor",
                            "ตัวชี้วัด " + i.code() + " เป็นบรรพบุรุษของตัวเอง (วนซ้ำ)"));
                }
            }
        }
        for (int n = 0; n < catalogue.indicators().size(); n++) {
            Indicator i = catalogue.indicators().get(n);
            indicator(catalogue, i, path(i, n), !parents.contains(i.code()), out);
        }
        return out;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocksPublishing);
    }

    private static void catalogueLevel(Catalogue c, List<Finding> out) {
        if (blank(c.title())) {
            out.add(Finding.error("title", "missing-title", "The catalogue has no title", "ไม่ได้ระบุชื่อชุดตัวชี้วัด"));
        }
        if (c.level() == null) {
            out.add(Finding.error("level", "missing-level", "The catalogue has no level", "ไม่ได้ระบุระดับของชุดตัวชี้วัด"));
        }
        if (c.belowLevelOnePolicy() == null) {
            out.add(Finding.error("belowLevelOnePolicy", "missing-policy", "belowLevelOnePolicy is required",
                    "ต้องระบุวิธีให้คะแนนเมื่อผลต่ำกว่าระดับ 1"));
        }
        Set<Integer> rounds = new HashSet<>();
        for (int n = 0; n < c.rounds().size(); n++) {
            Catalogue.ReportingRound r = c.rounds().get(n);
            if (!rounds.add(r.round())) {
                out.add(Finding.error("rounds[" + n + "].round", "duplicate-round", "Round " + r.round() + " appears twice",
                        "รอบการรายงาน " + r.round() + " ซ้ำกัน"));
            }
            if (r.periodEnd() == null || r.deadline() == null) {
                out.add(Finding.error("rounds[" + n + "]", "missing-date", "A round needs periodEnd and deadline",
                        "รอบการรายงานต้องระบุวันสิ้นสุดรอบและกำหนดส่ง"));
            } else if (r.deadline().isBefore(r.periodEnd())) {
                out.add(Finding.error("rounds[" + n + "].deadline", "deadline-before-period-end",
                        "The deadline is before the end of the period", "กำหนดส่งอยู่ก่อนวันสิ้นสุดรอบ"));
            }
        }
        for (int n = 0; n < c.bands().size(); n++) {
            Catalogue.PerformanceBand b = c.bands().get(n);
            if (b.minPercent() == null || b.minPercent().signum() < 0 || b.minPercent().compareTo(HUNDRED) > 0) {
                out.add(Finding.error("bands[" + n + "].minPercent", "band-out-of-range", "minPercent must be 0 to 100",
                        "ค่าร้อยละขั้นต่ำต้องอยู่ระหว่าง 0 ถึง 100"));
            } else if (n > 0 && c.bands().get(n - 1).minPercent() != null
                    && b.minPercent().compareTo(c.bands().get(n - 1).minPercent()) >= 0) {
                out.add(Finding.error("bands[" + n + "].minPercent", "bands-not-descending",
                        "Bands must be listed highest first with strictly decreasing minPercent",
                        "ต้องเรียงระดับผลการประเมินจากสูงไปต่ำ และค่าร้อยละขั้นต่ำลดลงอย่างเคร่งครัด"));
            }
        }
    }

    private static void indicator(Catalogue catalogue, Indicator i, String at, boolean leaf, List<Finding> out) {
        if (leaf && i.criterion() == null) {
            out.add(Finding.error(at + ".criterion", "missing-criterion", "A leaf indicator needs a criterion",
                    "ตัวชี้วัดที่ไม่มีตัวชี้วัดย่อยต้องมีเกณฑ์การให้คะแนน"));
        }
        if (i.criterion() instanceof Criterion.Threshold t) {
            thresholds(i, t, at + ".criterion.thresholds", out);
        } else if (i.criterion() instanceof Criterion.Milestone m) {
            milestones(m, at + ".criterion.steps", out);
        } else if (i.criterion() instanceof Criterion.PassFail p) {
            if (p.target() == null || p.scoreWhenMet() == null || p.scoreWhenNotMet() == null) {
                out.add(Finding.error(at + ".criterion", "incomplete-pass-fail",
                        "PASS_FAIL needs target, scoreWhenMet and scoreWhenNotMet",
                        "เกณฑ์แบบผ่าน/ไม่ผ่านต้องระบุค่าเป้าหมาย คะแนนเมื่อผ่าน และคะแนนเมื่อไม่ผ่าน"));
            }
        }
        if (i.weight() != null && i.weight().signum() < 0) {
            out.add(Finding.error(at + ".weight", "negative-weight", "Weight is negative", "น้ำหนักติดลบ"));
        }
        rounds(catalogue, i, at, out);
        resultSource(i, at + ".resultSource", out);
        weights(catalogue, i, at, out);
        unit(i, at, out);
        if (leaf && i.criterion() instanceof Criterion.Threshold && i.baselines().isEmpty()) {
            out.add(Finding.warning(at + ".baselines", "missing-baselines", "No baselines of previous years",
                    "ไม่มีข้อมูลพื้นฐาน (ผลการดำเนินงานในอดีต)"));
        }
    }

    private static void thresholds(Indicator i, Criterion.Threshold t, String at, List<Finding> out) {
        List<BigDecimal> values = t.thresholds();
        if (values.size() != 5 || values.contains(null)) {
            out.add(Finding.error(at, "threshold-count",
                    "Exactly five thresholds (levels 1 to 5) are needed, found " + values.size(),
                    "ต้องมีเกณฑ์ 5 ระดับพอดี แต่พบ " + values.size() + " ค่า"));
            return;
        }
        boolean higher = i.effectiveDirection() == Indicator.Direction.HIGHER_IS_BETTER;
        for (int n = 1; n < values.size(); n++) {
            int cmp = values.get(n).compareTo(values.get(n - 1));
            if (higher ? cmp <= 0 : cmp >= 0) {
                out.add(Finding.error(at, "thresholds-not-monotonic",
                        "Thresholds must be strictly " + (higher ? "increasing" : "decreasing") + " (" + i.effectiveDirection()
                                + "); level " + (n + 1) + " (" + values.get(n).toPlainString() + ") after level " + n + " ("
                                + values.get(n - 1).toPlainString() + ")",
                        "เกณฑ์ต้อง" + (higher ? "เพิ่มขึ้น" : "ลดลง") + "ทุกระดับ แต่ระดับ " + (n + 1) + " ("
                                + values.get(n).toPlainString() + ") ไม่" + (higher ? "มากกว่า" : "น้อยกว่า") + "ระดับ " + n));
                return;
            }
        }
    }

    private static void milestones(Criterion.Milestone m, String at, List<Finding> out) {
        List<Integer> steps = m.steps().stream().map(Criterion.Step::step).toList();
        if (!steps.equals(List.of(1, 2, 3, 4, 5))) {
            out.add(Finding.error(at, "milestone-steps", "A milestone criterion needs steps 1 to 5 in order, found " + steps,
                    "เกณฑ์แบบขั้นตอนต้องมีขั้นตอนที่ 1 ถึง 5 ตามลำดับ"));
        }
    }

    private static void rounds(Catalogue c, Indicator i, String at, List<Finding> out) {
        Set<Integer> known = new HashSet<>();
        c.rounds().forEach(r -> known.add(r.round()));
        if (i.startsInRound() != null && !known.isEmpty() && !known.contains(i.startsInRound())) {
            out.add(Finding.error(at + ".startsInRound", "unknown-round",
                    "Round " + i.startsInRound() + " is not a round of the catalogue",
                    "รอบ " + i.startsInRound() + " ไม่ใช่รอบการรายงานของชุดตัวชี้วัดนี้"));
        }
        if (i.cancelledFromRound() != null && !known.isEmpty() && !known.contains(i.cancelledFromRound())) {
            out.add(Finding.error(at + ".cancelledFromRound", "unknown-round",
                    "Round " + i.cancelledFromRound() + " is not a round of the catalogue",
                    "รอบ " + i.cancelledFromRound() + " ไม่ใช่รอบการรายงานของชุดตัวชี้วัดนี้"));
        }
        if (i.startsInRound() != null && i.cancelledFromRound() != null && i.cancelledFromRound() <= i.startsInRound()) {
            out.add(Finding.error(at + ".cancelledFromRound", "cancelled-before-start",
                    "Cancelled before or in the round it starts",
                    "ยกเลิกตั้งแต่ก่อนหรือในรอบที่เริ่มใช้"));
        }
    }

    private static void resultSource(Indicator i, String at, List<Finding> out) {
        if (i.resultSource() instanceof ResultSource.Form f) {
            if (i.forms().isEmpty()) {
                out.add(Finding.error(at, "form-missing", "The result comes from forms but the indicator has none",
                        "ผลคำนวณจากแบบฟอร์ม แต่ตัวชี้วัดไม่มีแบบฟอร์มอ้างอิง"));
                return;
            }
            expression(f.numerator(), i, at + ".numerator", true, out);
            expression(f.denominator(), i, at + ".denominator", false, out);
        } else if (i.resultSource() instanceof ResultSource.Registry r && blank(r.metric())) {
            out.add(Finding.error(at + ".metric", "missing-metric", "A REGISTRY result needs a metric",
                    "ต้องระบุตัวชี้วัดจากทะเบียนนักเรียน"));
        }
    }

    private static void expression(String text, Indicator i, String at, boolean required, List<Finding> out) {
        if (blank(text)) {
            if (required) {
                out.add(Finding.error(at, "missing-expression", "The expression is empty", "ไม่ได้ระบุสูตร"));
            }
            return;
        }
        try {
            for (String unknown : FormExpression.unknownNames(FormExpression.parse(text),
                    ReferenceForm.vocabulary(i.forms()))) {
                out.add(Finding.error(at, "unknown-form-name", unknown, "สูตรอ้างถึงรายการที่ไม่มีในแบบฟอร์ม: " + unknown));
            }
        } catch (FormExpression.SyntaxError e) {
            out.add(Finding.error(at, "expression-syntax", e.getMessage(), "สูตรเขียนไม่ถูกต้อง: " + e.getMessage()));
        }
    }

    private static void weights(Catalogue c, Indicator parent, String at, List<Finding> out) {
        List<Indicator> children = c.children(parent.code());
        if (parent.weight() == null || children.isEmpty() || children.stream().allMatch(ch -> ch.weight() == null)) {
            return;
        }
        BigDecimal sum = children.stream().map(Indicator::weight).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (sum.compareTo(parent.weight()) != 0) {
            out.add(Finding.warning(at + ".weight", "weights-do-not-add-up",
                    "Children's weights add up to " + sum.toPlainString() + ", the parent's weight is "
                            + parent.weight().toPlainString(),
                    "น้ำหนักของตัวชี้วัดย่อยรวมกันได้ " + sum.toPlainString() + " แต่น้ำหนักของตัวชี้วัดแม่คือ "
                            + parent.weight().toPlainString()));
        }
    }

    private static void unit(Indicator i, String at, List<Finding> out) {
        if (i.formula() == null || i.unit() == null) {
            return;
        }
        boolean percentFormula = i.formula().multiplier() != null && i.formula().multiplier().compareTo(HUNDRED) == 0;
        String unit = i.unit().trim();
        if (percentFormula && !unit.equals(PERCENT)) {
            out.add(Finding.warning(at + ".unit", "unit-disagrees-with-formula",
                    "Unit is '" + unit + "' but the formula multiplies by 100 (a percentage)",
                    "หน่วยวัดคือ '" + unit + "' แต่สูตรคูณด้วย 100 (เป็นร้อยละ)"));
        } else if (!percentFormula && unit.equals(PERCENT) && i.formula().denominator() != null) {
            out.add(Finding.warning(at + ".unit", "unit-disagrees-with-formula",
                    "Unit is ร้อยละ but the formula does not multiply by 100", "หน่วยวัดเป็นร้อยละ แต่สูตรไม่ได้คูณด้วย 100"));
        }
    }

    private static boolean inCycle(Indicator start, Map<String, Indicator> byCode) {
        Set<String> seen = new HashSet<>();
        Indicator current = start;
        while (current != null && current.parentCode() != null) {
            if (!seen.add(current.code()) || current.parentCode().equals(start.code())) {
                return true;
            }
            current = byCode.get(current.parentCode());
        }
        return false;
    }

    private static String path(Indicator i, int index) {
        return "indicators[" + (i.code() == null || i.code().isBlank() ? "#" + index : i.code()) + "]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
