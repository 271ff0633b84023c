package io.edukpi.indicator.domain;

import static io.edukpi.indicator.domain.IndicatorMessage.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.edukpi.commons.message.Finding;
import io.edukpi.formexpression.FormExpression;

/**
 * Every rule a catalogue must keep. Errors block publishing; warnings describe inconsistencies of
 * the source, which are kept as printed and never "fixed". Paths name indicators by code:
 * {@code indicators[3.1.4].criterion.thresholds}.
 */
public final class CatalogueValidator {

    private static final Pattern CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
                out.add(MALFORMED_CODE.at(at + ".code", i.code()));
            } else if (byCode.putIfAbsent(i.code(), i) != null) {
                out.add(DUPLICATE_CODE.at(at + ".code", i.code()));
            }
            if (blank(i.name())) {
                out.add(MISSING_NAME.at(at + ".name"));
            }
        }
        Set<String> parents = new HashSet<>();
        for (int n = 0; n < catalogue.indicators().size(); n++) {
            Indicator i = catalogue.indicators().get(n);
            String at = path(i, n);
            if (i.parentCode() != null) {
                parents.add(i.parentCode());
                if (!byCode.containsKey(i.parentCode())) {
                    out.add(ORPHAN_PARENT.at(at + ".parentCode", i.parentCode()));
                } else if (inCycle(i, byCode)) {
                    out.add(CYCLE.at(at + ".parentCode", i.code()));
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
        return findings.stream().anyMatch(Finding::isError);
    }

    private static void catalogueLevel(Catalogue c, List<Finding> out) {
        if (blank(c.title())) {
            out.add(MISSING_TITLE.at("title"));
        }
        if (c.level() == null) {
            out.add(MISSING_LEVEL.at("level"));
        }
        if (c.belowLevelOnePolicy() == null) {
            out.add(MISSING_POLICY.at("belowLevelOnePolicy"));
        }
        Set<Integer> rounds = new HashSet<>();
        for (int n = 0; n < c.rounds().size(); n++) {
            Catalogue.ReportingRound r = c.rounds().get(n);
            if (!rounds.add(r.round())) {
                out.add(DUPLICATE_ROUND.at("rounds[" + n + "].round", r.round()));
            }
            if (r.periodEnd() == null || r.deadline() == null) {
                out.add(MISSING_DATE.at("rounds[" + n + "]"));
            } else if (r.deadline().isBefore(r.periodEnd())) {
                out.add(DEADLINE_BEFORE_PERIOD_END.at("rounds[" + n + "].deadline"));
            }
        }
        for (int n = 0; n < c.bands().size(); n++) {
            Catalogue.PerformanceBand b = c.bands().get(n);
            if (b.minPercent() == null || b.minPercent().signum() < 0 || b.minPercent().compareTo(HUNDRED) > 0) {
                out.add(BAND_OUT_OF_RANGE.at("bands[" + n + "].minPercent"));
            } else if (n > 0 && c.bands().get(n - 1).minPercent() != null
                    && b.minPercent().compareTo(c.bands().get(n - 1).minPercent()) >= 0) {
                out.add(BANDS_NOT_DESCENDING.at("bands[" + n + "].minPercent"));
            }
        }
    }

    private static void indicator(Catalogue catalogue, Indicator i, String at, boolean leaf, List<Finding> out) {
        if (leaf && i.criterion() == null) {
            out.add(MISSING_CRITERION.at(at + ".criterion"));
        }
        if (i.criterion() instanceof Criterion.Threshold t) {
            thresholds(i, t, at + ".criterion.thresholds", out);
            positive(t.step(), at + ".criterion.step", STEP_NOT_POSITIVE, out);
        } else if (i.criterion() instanceof Criterion.Milestone m) {
            milestones(m, at + ".criterion.steps", out);
        } else if (i.criterion() instanceof Criterion.PassFail p) {
            if (p.target() == null || p.scoreWhenMet() == null || p.scoreWhenNotMet() == null) {
                out.add(INCOMPLETE_PASS_FAIL.at(at + ".criterion"));
            }
        }
        positive(i.weight(), at + ".weight", WEIGHT_NOT_POSITIVE, out);
        positive(i.formula() == null ? null : i.formula().multiplier(), at + ".formula.multiplier", MULTIPLIER_NOT_POSITIVE,
                out);
        positive(i.resultSource() instanceof ResultSource.Form f ? f.multiplier()
                : i.resultSource() instanceof ResultSource.Registry r ? r.multiplier() : null,
                at + ".resultSource.multiplier", MULTIPLIER_NOT_POSITIVE, out);
        rounds(catalogue, i, at, out);
        resultSource(i, at + ".resultSource", out);
        weights(catalogue, i, at, out);
        unit(i, at, out);
        if (leaf && i.criterion() instanceof Criterion.Threshold && i.baselines().isEmpty()) {
            out.add(MISSING_BASELINES.at(at + ".baselines").asWarning());
        }
    }

    /** A weight, step or multiplier of 0 or below scores nothing or turns scores round; absent is fine. */
    private static void positive(BigDecimal value, String at, IndicatorMessage rule, List<Finding> out) {
        if (value != null && value.signum() <= 0) {
            out.add(rule.at(at).withValue(value.toPlainString()));
        }
    }

    private static void thresholds(Indicator i, Criterion.Threshold t, String at, List<Finding> out) {
        List<BigDecimal> values = t.thresholds();
        if (values.size() != 5 || values.contains(null)) {
            out.add(THRESHOLD_COUNT.at(at, values.size()));
            return;
        }
        boolean higher = i.effectiveDirection() == Indicator.Direction.HIGHER_IS_BETTER;
        for (int n = 1; n < values.size(); n++) {
            int cmp = values.get(n).compareTo(values.get(n - 1));
            if (higher ? cmp <= 0 : cmp >= 0) {
                out.add(THRESHOLDS_NOT_MONOTONIC.at(at, i.effectiveDirection(), n + 1, values.get(n).toPlainString(), n,
                        values.get(n - 1).toPlainString()));
                return;
            }
        }
    }

    private static void milestones(Criterion.Milestone m, String at, List<Finding> out) {
        List<Integer> steps = m.steps().stream().map(Criterion.Step::step).toList();
        if (!steps.equals(List.of(1, 2, 3, 4, 5))) {
            out.add(MILESTONE_STEPS.at(at, steps));
        }
    }

    private static void rounds(Catalogue c, Indicator i, String at, List<Finding> out) {
        Set<Integer> known = new HashSet<>();
        c.rounds().forEach(r -> known.add(r.round()));
        if (i.startsInRound() != null && !known.isEmpty() && !known.contains(i.startsInRound())) {
            out.add(UNKNOWN_ROUND.at(at + ".startsInRound", i.startsInRound()));
        }
        if (i.cancelledFromRound() != null && !known.isEmpty() && !known.contains(i.cancelledFromRound())) {
            out.add(UNKNOWN_ROUND.at(at + ".cancelledFromRound", i.cancelledFromRound()));
        }
        if (i.startsInRound() != null && i.cancelledFromRound() != null && i.cancelledFromRound() <= i.startsInRound()) {
            out.add(CANCELLED_BEFORE_START.at(at + ".cancelledFromRound"));
        }
    }

    private static void resultSource(Indicator i, String at, List<Finding> out) {
        if (i.resultSource() instanceof ResultSource.Form f) {
            if (i.forms().isEmpty()) {
                out.add(FORM_MISSING.at(at));
                return;
            }
            expression(f.numerator(), i, at + ".numerator", true, out);
            expression(f.denominator(), i, at + ".denominator", false, out);
        } else if (i.resultSource() instanceof ResultSource.Registry r && blank(r.metric())) {
            out.add(MISSING_METRIC.at(at + ".metric"));
        }
    }

    private static void expression(String text, Indicator i, String at, boolean required, List<Finding> out) {
        if (blank(text)) {
            if (required) {
                out.add(MISSING_EXPRESSION.at(at));
            }
            return;
        }
        try {
            for (String unknown : FormExpression.unknownNames(FormExpression.parse(text),
                    ReferenceForm.vocabulary(i.forms()))) {
                out.add(UNKNOWN_FORM_NAME.at(at, unknown));
            }
        } catch (FormExpression.SyntaxError e) {
            out.add(EXPRESSION_SYNTAX.at(at, e.getMessage()));
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
            out.add(WEIGHTS_DO_NOT_ADD_UP.at(at + ".weight", sum.toPlainString(), parent.weight().toPlainString())
                    .asWarning());
        }
    }

    private static void unit(Indicator i, String at, List<Finding> out) {
        if (i.formula() == null || i.unit() == null) {
            return;
        }
        BigDecimal multiplier = i.formula().multiplier();
        boolean percentFormula = multiplier != null && multiplier.compareTo(HUNDRED) == 0;
        boolean percentUnit = i.unit().trim().equals(PERCENT_UNIT.thai());
        if (percentFormula != percentUnit && (percentFormula || i.formula().denominator() != null)) {
            out.add(UNIT_DISAGREES_WITH_FORMULA.at(at + ".unit", i.unit().trim(),
                    multiplier == null ? "1" : multiplier.toPlainString()).asWarning());
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
