package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A published catalogue version as the engine needs it: policies, rounds, bands and the indicator
 * tree. Identity: {@code catalogueId} (the published version's id) and its {@code version} number
 * within (fiscalYear, level).
 */
public record Catalogue(String catalogueId, int version, int fiscalYear, String level,
        BelowLevelOnePolicy belowLevelOnePolicy, MissingResultPolicy missingResultPolicy,
        List<Integer> rounds, List<Band> bands, List<Indicator> roots,
        Map<String, Indicator> byCode) {

    public Catalogue {
        rounds = List.copyOf(rounds);
        bands = List.copyOf(bands);
        roots = List.copyOf(roots);
        missingResultPolicy = missingResultPolicy == null ? MissingResultPolicy.DEFAULT : missingResultPolicy;
        belowLevelOnePolicy = belowLevelOnePolicy == null ? BelowLevelOnePolicy.ONE : belowLevelOnePolicy;
        Map<String, Indicator> index = new LinkedHashMap<>();
        roots.forEach(root -> index(root, index));
        byCode = Map.copyOf(index);
    }

    public Catalogue(String catalogueId, int version, int fiscalYear, String level,
            BelowLevelOnePolicy belowLevelOnePolicy, MissingResultPolicy missingResultPolicy,
            List<Integer> rounds, List<Band> bands, List<Indicator> roots) {
        this(catalogueId, version, fiscalYear, level, belowLevelOnePolicy, missingResultPolicy, rounds, bands, roots,
                Map.of());
    }

    private static void index(Indicator node, Map<String, Indicator> index) {
        index.put(node.code(), node);
        node.children().forEach(child -> index(child, index));
    }

    public Indicator indicator(String code) {
        Indicator indicator = byCode.get(code);
        if (indicator == null) {
            throw InvalidScoringInputException.of(ScoringMessage.INDICATOR_NOT_IN_CATALOGUE.at("indicatorCode", code,
                    version, fiscalYear, level));
        }
        return indicator;
    }

    public void requireRound(int round) {
        if (!rounds.contains(round)) {
            throw InvalidScoringInputException.of(ScoringMessage.ROUND_NOT_IN_CATALOGUE.at("round", round, rounds));
        }
    }

    /** The leaves (indicators that take a result), in document order. */
    public List<Indicator> leaves() {
        List<Indicator> leaves = new ArrayList<>();
        byCode.values().stream().filter(Indicator::isLeaf).forEach(leaves::add);
        return leaves;
    }

    /** A tree from the flat list of the canonical catalogue JSON (parentCode links). */
    public static List<Indicator> tree(List<FlatIndicator> flat) {
        Map<String, List<FlatIndicator>> childrenOf = new HashMap<>();
        List<FlatIndicator> roots = new ArrayList<>();
        for (FlatIndicator indicator : flat) {
            if (indicator.parentCode() == null) {
                roots.add(indicator);
            } else {
                childrenOf.computeIfAbsent(indicator.parentCode(), k -> new ArrayList<>()).add(indicator);
            }
        }
        return roots.stream().map(root -> build(root, childrenOf)).toList();
    }

    private static Indicator build(FlatIndicator flat, Map<String, List<FlatIndicator>> childrenOf) {
        List<Indicator> children = childrenOf.getOrDefault(flat.code(), List.of()).stream()
                .map(child -> build(child, childrenOf)).toList();
        BigDecimal weight = flat.weight();
        if (weight == null && !children.isEmpty()) {
            // The seed prints no weight for some parents (1.1, 3.1): a parent weighs what its children weigh.
            weight = children.stream().map(Indicator::weight).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
        }
        if (weight == null) {
            throw InvalidScoringInputException.of(
                    ScoringMessage.WEIGHT_REQUIRED.at("indicators[" + flat.code() + "].weight", flat.code()));
        }
        return new Indicator(flat.code(), flat.name(), flat.nameEn(), weight, flat.criterion(), flat.startsInRound(),
                flat.cancelledFromRound(), children);
    }

    /** One row of the flat indicator list. */
    public record FlatIndicator(String code, String parentCode, String name, String nameEn, BigDecimal weight,
            Criterion criterion, Integer startsInRound, Integer cancelledFromRound) {
    }
}
