package io.edukpi.e2e;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scores a user expects, worked out by the test itself from the published catalogue's criteria
 * and weights as docs/scoring.md states them (threshold segments, pass/fail, below-level-1 policy ONE,
 * weighted means, parents without a weight weighing their children, missing results left out while
 * the round is open and 0 once closed): never read back from scoring-service.
 */
final class ExpectedScores {

    private static final MathContext MATH = MathContext.DECIMAL128;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private record Node(String code, BigDecimal printedWeight, JsonNode criterion, Integer startsInRound,
            Integer cancelledFromRound, List<Node> children) {
        boolean leaf() {
            return children.isEmpty();
        }

        BigDecimal weight() {
            if (printedWeight != null || leaf()) {
                return printedWeight;
            }
            return children.stream().map(Node::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final Map<String, Node> byCode = new LinkedHashMap<>();
    private final JsonNode bands;

    /** From the canonical catalogue JSON (docs/catalogue.schema.json) as indicator-service shows it. */
    ExpectedScores(JsonNode catalogue) {
        if (!"ONE".equals(catalogue.path("belowLevelOnePolicy").asText("ONE"))
                || !"EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED".equals(catalogue.path("missingResultPolicy")
                        .asText("EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED"))) {
            throw new IllegalArgumentException("the walk expects the policies of the B.E. 2554 catalogue");
        }
        bands = catalogue.path("bands");
        Map<String, String> parents = new LinkedHashMap<>();
        for (JsonNode i : catalogue.path("indicators")) {
            if (!"HIGHER_IS_BETTER".equals(i.path("direction").asText("HIGHER_IS_BETTER"))) {
                throw new IllegalArgumentException("the walk expects higher-is-better indicators: " + i.path("code"));
            }
            Node node = new Node(i.path("code").asText(), i.path("weight").isNumber() ? i.path("weight").decimalValue() : null,
                    i.path("criterion").isObject() ? i.path("criterion") : null,
                    i.path("startsInRound").isNumber() ? i.path("startsInRound").asInt() : null,
                    i.path("cancelledFromRound").isNumber() ? i.path("cancelledFromRound").asInt() : null,
                    new ArrayList<>());
            byCode.put(node.code(), node);
            parents.put(node.code(), i.path("parentCode").isTextual() ? i.path("parentCode").asText() : null);
        }
        parents.forEach((code, parent) -> {
            if (parent == null) {
                roots.add(byCode.get(code));
            } else {
                byCode.get(parent).children().add(byCode.get(code));
            }
        });
    }

    /** A leaf's score for a value: the catalogue's criterion, exact. */
    BigDecimal leaf(String code, BigDecimal x) {
        JsonNode c = byCode.get(code).criterion();
        switch (c.path("type").asText()) {
            case "THRESHOLD" -> {
                List<BigDecimal> t = new ArrayList<>();
                c.path("thresholds").forEach(v -> t.add(v.decimalValue()));
                if (x.compareTo(t.get(4)) >= 0) {
                    return FIVE;
                }
                if (x.compareTo(t.get(0)) < 0) {
                    return BigDecimal.ONE; // belowLevelOnePolicy ONE
                }
                int k = 0;
                while (x.compareTo(t.get(k + 1)) >= 0) {
                    k++;
                }
                // level k+1 at T(k+1), linear up to the next threshold
                return BigDecimal.valueOf(k + 1L).add(x.subtract(t.get(k)).divide(t.get(k + 1).subtract(t.get(k)), MATH));
            }
            case "PASS_FAIL" -> {
                boolean met = x.compareTo(c.path("target").decimalValue()) >= 0;
                JsonNode score = met ? c.path("scoreWhenMet") : c.path("scoreWhenNotMet");
                return score.isNumber() ? score.decimalValue() : (met ? FIVE : BigDecimal.ONE);
            }
            default -> throw new IllegalArgumentException("the walk keys no " + c.path("type") + " result: " + code);
        }
    }

    /** Every node's unrounded score (null: not counted) and the total under {@code "TOTAL"}. */
    Map<String, BigDecimal> office(int round, boolean closed, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("TOTAL", mean(roots, round, closed, values, scores));
        return scores;
    }

    private BigDecimal mean(List<Node> nodes, int round, boolean closed, Map<String, BigDecimal> values,
            Map<String, BigDecimal> scores) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Node node : nodes) {
            BigDecimal score = score(node, round, closed, values, scores);
            scores.put(node.code(), score);
            if (score != null) {
                weighted = weighted.add(node.weight().multiply(score));
                weights = weights.add(node.weight());
            }
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, MATH);
    }

    private BigDecimal score(Node node, int round, boolean closed, Map<String, BigDecimal> values,
            Map<String, BigDecimal> scores) {
        if ((node.startsInRound() != null && round < node.startsInRound())
                || (node.cancelledFromRound() != null && round >= node.cancelledFromRound())) {
            return null;
        }
        if (node.leaf()) {
            BigDecimal value = values.get(node.code());
            if (value == null) {
                return closed ? BigDecimal.ZERO : null;
            }
            return leaf(node.code(), value);
        }
        return mean(node.children(), round, closed, values, scores);
    }

    /** As people see a score: 5 decimals, half up. */
    static BigDecimal shown(BigDecimal score) {
        return score.setScale(5, RoundingMode.HALF_UP);
    }

    /** total / 5 x 100 at 2 decimals, half up, from the unrounded total. */
    static BigDecimal percent(BigDecimal total) {
        return total.multiply(BigDecimal.valueOf(100)).divide(FIVE, MATH).setScale(2, RoundingMode.HALF_UP);
    }

    /** The highest band whose minimum the displayed percent reaches. */
    String band(BigDecimal percent) {
        String best = null;
        BigDecimal bestMin = null;
        for (JsonNode band : bands) {
            BigDecimal min = band.path("minPercent").decimalValue();
            if (percent.compareTo(min) >= 0 && (bestMin == null || min.compareTo(bestMin) > 0)) {
                best = band.path("code").asText();
                bestMin = min;
            }
        }
        return best;
    }
}
