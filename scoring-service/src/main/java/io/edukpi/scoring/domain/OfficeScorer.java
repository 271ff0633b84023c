package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores an office's tree for a round: leaves through their criteria, parents as
 * sum(w x s) / sum(w) over the children that count in the round, the total likewise over the
 * top-level indicators. Cancelled and not-started indicators drop out of both sums; a missing
 * result follows the catalogue's missing-result policy.
 */
public final class OfficeScorer {

    private OfficeScorer() {
    }

    /** With explanations: what is stored and shown. */
    public static OfficeEvaluation evaluate(Catalogue catalogue, int round, boolean roundClosed,
            Map<String, Result> results) {
        catalogue.requireRound(round);
        List<NodeScore> nodes = new ArrayList<>();
        for (Indicator root : catalogue.roots()) {
            nodes.add(node(catalogue, root, round, roundClosed, results));
        }
        Sums sums = Sums.of(nodes);
        BigDecimal total = sums.average();
        return new OfficeEvaluation(catalogue.catalogueId(), catalogue.version(), catalogue.fiscalYear(),
                catalogue.level(), round, roundClosed, catalogue.missingResultPolicy(),
                catalogue.belowLevelOnePolicy(), total, sums.weighted, sums.weights, sums.arithmetic(nodes),
                Band.of(catalogue.bands(), Scores.percent(total)), List.copyOf(nodes));
    }

    private static NodeScore node(Catalogue catalogue, Indicator indicator, int round, boolean closed,
            Map<String, Result> results) {
        NodeStatus excluded = indicator.exclusionIn(round);
        if (excluded != null) {
            return new NodeScore(indicator.code(), indicator.name(), indicator.weight(), null, excluded, null,
                    describe(indicator), null, null, null, null, List.of());
        }
        if (indicator.isLeaf()) {
            Result result = results.get(indicator.code());
            if (result == null) {
                boolean zero = catalogue.missingResultPolicy().scoresZero(closed);
                return new NodeScore(indicator.code(), indicator.name(), indicator.weight(),
                        zero ? BigDecimal.ZERO : null,
                        zero ? NodeStatus.MISSING_SCORED_ZERO : NodeStatus.MISSING_EXCLUDED, null,
                        describe(indicator), null, null, null,
                        (zero ? "no accepted result: 0" : "no accepted result: left out") + " ("
                                + catalogue.missingResultPolicy() + ", round " + (closed ? "closed" : "open") + ")",
                        List.of());
            }
            CriterionEvaluation evaluation = criterion(indicator).evaluate(result, catalogue.belowLevelOnePolicy());
            return new NodeScore(indicator.code(), indicator.name(), indicator.weight(), evaluation.score(),
                    NodeStatus.SCORED, result, describe(indicator), evaluation, null, null, evaluation.arithmetic(),
                    List.of());
        }
        List<NodeScore> children = new ArrayList<>();
        for (Indicator child : indicator.children()) {
            children.add(node(catalogue, child, round, closed, results));
        }
        Sums sums = Sums.of(children);
        BigDecimal score = sums.average();
        return new NodeScore(indicator.code(), indicator.name(), indicator.weight(), score,
                score == null ? NodeStatus.NO_CHILD_COUNTED : NodeStatus.AGGREGATED, null, null, null,
                sums.weighted, sums.weights, sums.arithmetic(children), List.copyOf(children));
    }

    /** Without explanations: the total alone, for what-if questions and benchmarks. */
    public static BigDecimal total(Catalogue catalogue, int round, boolean closed,
            Function<Indicator, BigDecimal> leafScore) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Indicator root : catalogue.roots()) {
            BigDecimal score = fastScore(catalogue, root, round, closed, leafScore);
            if (score != null) {
                weighted = weighted.add(root.weight().multiply(score));
                weights = weights.add(root.weight());
            }
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, Scores.MATH);
    }

    private static BigDecimal fastScore(Catalogue catalogue, Indicator indicator, int round, boolean closed,
            Function<Indicator, BigDecimal> leafScore) {
        if (indicator.exclusionIn(round) != null) {
            return null;
        }
        if (indicator.isLeaf()) {
            BigDecimal score = leafScore.apply(indicator);
            if (score == null && catalogue.missingResultPolicy().scoresZero(closed)) {
                return BigDecimal.ZERO;
            }
            return score;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Indicator child : indicator.children()) {
            BigDecimal score = fastScore(catalogue, child, round, closed, leafScore);
            if (score != null) {
                weighted = weighted.add(child.weight().multiply(score));
                weights = weights.add(child.weight());
            }
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, Scores.MATH);
    }

    static Criterion criterion(Indicator indicator) {
        if (indicator.criterion() == null) {
            throw InvalidScoringInputException.of(ScoringMessage.CRITERION_REQUIRED
                    .at("indicators[" + indicator.code() + "].criterion", indicator.code()));
        }
        return indicator.criterion();
    }

    private static Map<String, Object> describe(Indicator indicator) {
        return indicator.criterion() == null ? null : indicator.criterion().describe();
    }

    /** sum(w x s) and sum(w) over the nodes that counted. */
    private record Sums(BigDecimal weighted, BigDecimal weights) {

        static Sums of(List<NodeScore> nodes) {
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (NodeScore node : nodes) {
                if (node.counted()) {
                    weighted = weighted.add(node.weight().multiply(node.score()));
                    weights = weights.add(node.weight());
                }
            }
            return new Sums(weighted, weights);
        }

        BigDecimal average() {
            return weights.signum() == 0 ? null : weighted.divide(weights, Scores.MATH);
        }

        String arithmetic(List<NodeScore> nodes) {
            List<NodeScore> counted = nodes.stream().filter(NodeScore::counted).toList();
            if (counted.isEmpty()) {
                return "no child counted: no score";
            }
            StringBuilder products = new StringBuilder("(");
            StringBuilder weightList = new StringBuilder("(");
            for (NodeScore node : counted) {
                if (products.length() > 1) {
                    products.append(" + ");
                    weightList.append(" + ");
                }
                products.append(Scores.plain(node.weight())).append(" x ").append(Scores.shown(node.score()));
                weightList.append(Scores.plain(node.weight()));
            }
            return products + ") / " + weightList + ") = " + Scores.shown(weighted) + " / " + Scores.plain(weights)
                    + " = " + Scores.shown(average());
        }
    }
}
