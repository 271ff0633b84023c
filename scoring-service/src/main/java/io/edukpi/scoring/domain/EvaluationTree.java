package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edukpi.commons.message.Finding;

/**
 * The structure a tree sent to the evaluate endpoint must have before it is scored: a published
 * catalogue was checked by catalogue-service, a caller's tree was not. Each finding names the field
 * by its place in the request ({@code indicators[3].weight}, {@code bands[1].minPercent}).
 */
public final class EvaluationTree {

    public static final int MAX_INDICATORS = 500;
    /** Levels below the top: the deepest OBEC indicator (1.1.10.1) lies 3 below its root. */
    public static final int MAX_DEPTH = 10;
    /** Weights are points of a hundred-point catalogue; a thousand leaves room without inviting nonsense. */
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

    private EvaluationTree() {
    }

    /** Refuses an empty or oversized list before its indicators are read. */
    public static void requireSize(int indicators) {
        if (indicators < 1 || indicators > MAX_INDICATORS) {
            throw InvalidScoringInputException.of(ScoringMessage.TREE_SIZE.at("indicators", MAX_INDICATORS));
        }
    }

    /** Throws with every finding when the indicators (in request order) and bands do not form a scorable tree. */
    public static void check(List<Catalogue.FlatIndicator> indicators, List<Band> bands) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Catalogue.FlatIndicator> byCode = codes(indicators, findings);
        Set<String> parents = new HashSet<>();
        indicators.forEach(indicator -> parents.add(indicator.parentCode()));
        for (int i = 0; i < indicators.size(); i++) {
            Catalogue.FlatIndicator indicator = indicators.get(i);
            String at = "indicators[" + i + "]";
            ancestry(indicator, byCode, at + ".parentCode", findings);
            BigDecimal weight = indicator.weight();
            boolean leaf = !parents.contains(indicator.code());
            if (weight == null && leaf) {
                findings.add(ScoringMessage.WEIGHT_REQUIRED.at(at + ".weight", indicator.code()));
            } else if (weight != null && (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0)) {
                findings.add(ScoringMessage.WEIGHT_OUT_OF_RANGE.at(at + ".weight", MAX_WEIGHT));
            }
            if (leaf && indicator.criterion() == null) {
                findings.add(ScoringMessage.CRITERION_REQUIRED.at(at + ".criterion", indicator.code()));
            }
        }
        bands(bands, findings);
        if (!findings.isEmpty()) {
            throw new InvalidScoringInputException(findings);
        }
    }

    /** A score the caller aims at (targetScore, whatIf.targetTotal): on the scale, 0 to 5. */
    public static void requireOnScale(BigDecimal score, String field) {
        if (score != null && (score.signum() < 0 || score.compareTo(Scores.MAX) > 0)) {
            throw InvalidScoringInputException.of(ScoringMessage.SCORE_OUT_OF_RANGE.at(field));
        }
    }

    private static Map<String, Catalogue.FlatIndicator> codes(List<Catalogue.FlatIndicator> indicators,
            List<Finding> findings) {
        Map<String, Catalogue.FlatIndicator> byCode = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String code = indicators.get(i).code();
            String field = "indicators[" + i + "].code";
            if (code == null || code.isBlank()) {
                findings.add(ScoringMessage.INDICATOR_CODE_REQUIRED.at(field));
            } else if (byCode.putIfAbsent(code, indicators.get(i)) != null) {
                findings.add(ScoringMessage.INDICATOR_CODE_TWICE.at(field, code));
            }
        }
        return byCode;
    }

    /** Walks up from the indicator: every parent known, no indicator its own ancestor, not too deep. */
    private static void ancestry(Catalogue.FlatIndicator indicator, Map<String, Catalogue.FlatIndicator> byCode,
            String field, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        seen.add(indicator.code());
        int depth = 0;
        for (String parent = indicator.parentCode(); parent != null; parent = byCode.get(parent).parentCode()) {
            if (!byCode.containsKey(parent)) {
                findings.add(ScoringMessage.INDICATOR_NOT_IN_TREE.at(field, parent));
                return;
            }
            if (!seen.add(parent)) {
                findings.add(ScoringMessage.INDICATOR_CYCLE.at(field, parent));
                return;
            }
            if (++depth > MAX_DEPTH) {
                findings.add(ScoringMessage.TREE_TOO_DEEP.at(field, indicator.code(), MAX_DEPTH));
                return;
            }
        }
    }

    /** As catalogue-service lists them: highest first, each minPercent within 0..100 and below the one before. */
    private static void bands(List<Band> bands, List<Finding> findings) {
        BigDecimal previous = null;
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal percent = bands.get(i).minPercent();
            String field = "bands[" + i + "].minPercent";
            if (percent == null || percent.signum() < 0 || percent.compareTo(Scores.HUNDRED) > 0) {
                findings.add(ScoringMessage.BAND_PERCENT_OUT_OF_RANGE.at(field));
                continue;
            }
            if (previous != null && percent.compareTo(previous) >= 0) {
                findings.add(ScoringMessage.BANDS_NOT_DESCENDING.at(field, percent, previous));
            }
            previous = percent;
        }
    }
}
