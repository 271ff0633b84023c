package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Indicator;
import io.edukpi.scoring.domain.NodeScore;
import io.edukpi.scoring.domain.OfficeEvaluation;
import io.edukpi.scoring.domain.Result;

/**
 * The explanation document of an evaluation: what a score version stores and what the API shows.
 * Every node: its input (result id, version, value), criterion, segment, arithmetic, weight,
 * whether it counted and why; unrounded and displayed numbers side by side.
 *
 * <p>
 * A version stores the document without what its catalogue version already holds, the
 * indicator names and criteria (more than half of the document, and the same for every office):
 * {@link #document} leaves the name out and writes {@code "criterion": null} where a criterion
 * belongs; {@link #expand} puts both back from the catalogue version, which never changes.
 * Versions written before carry them in full and are shown as stored.
 */
public final class ExplanationService {

    public static final String TOTAL = "TOTAL";

    private ExplanationService() {
    }

    public static ObjectNode document(ObjectMapper mapper, OfficeEvaluation evaluation) {
        ObjectNode doc = mapper.createObjectNode();
        ObjectNode catalogue = doc.putObject("catalogue");
        catalogue.put("catalogueId", evaluation.catalogueId());
        catalogue.put("version", evaluation.catalogueVersion());
        doc.put("fiscalYear", evaluation.fiscalYear());
        doc.put("level", evaluation.level());
        doc.put("round", evaluation.round());
        doc.put("roundClosed", evaluation.roundClosed());
        doc.put("belowLevelOnePolicy", evaluation.belowLevelOnePolicy().name());
        doc.put("missingResultPolicy", evaluation.missingResultPolicy().name());
        doc.put("total", evaluation.total());
        doc.put("displayTotal", evaluation.displayTotal());
        doc.put("percent", evaluation.percent());
        if (evaluation.band() != null) {
            doc.putPOJO("band", evaluation.band());
        } else {
            doc.putNull("band");
        }
        doc.put("arithmetic", "total = " + evaluation.arithmetic());
        ArrayNode indicators = doc.putArray("indicators");
        evaluation.indicators().forEach(node -> indicators.add(node(mapper, node)));
        return doc;
    }

    private static ObjectNode node(ObjectMapper mapper, NodeScore node) {
        ObjectNode json = mapper.createObjectNode();
        json.put("code", node.code());
        json.put("weight", node.weight());
        json.put("score", node.score());
        json.put("displayScore", node.displayScore());
        json.put("percent", node.percent());
        json.put("status", node.status().name());
        json.put("counted", node.counted());
        json.put("reason", node.status().reason());
        if (node.input() != null) {
            Result input = node.input();
            ObjectNode in = json.putObject("input");
            in.put("resultId", input.resultId());
            if (input.resultVersion() != null) {
                in.put("resultVersion", input.resultVersion());
            }
            in.put("value", input.value());
            if (!input.stepsCompleted().isEmpty()) {
                ArrayNode steps = in.putArray("stepsCompleted");
                input.stepsCompleted().stream().sorted().forEach(steps::add);
            }
            if (input.hasOverride()) {
                in.put("reviewerScore", input.reviewerScore());
                in.put("reviewerReason", input.reviewerReason());
            }
        }
        if (node.criterion() != null) {
            json.putNull("criterion");
        }
        if (node.evaluation() != null) {
            json.put("segment", node.evaluation().segment());
            if (node.evaluation().computedScore() != null) {
                json.put("computedScore", node.evaluation().computedScore());
                json.put("overrideReason", node.evaluation().overrideReason());
            }
        }
        if (node.weightSum() != null) {
            json.put("weightedSum", node.weightedSum());
            json.put("weightSum", node.weightSum());
        }
        json.put("arithmetic", node.arithmetic());
        if (!node.children().isEmpty()) {
            ArrayNode children = json.putArray("children");
            node.children().forEach(child -> children.add(node(mapper, child)));
        }
        return json;
    }

    /**
     * The full explanation of a stored document: names and criteria put back from the catalogue
     * version it was scored with. A document stored in full is returned as it is.
     */
    public static JsonNode expand(ObjectMapper mapper, JsonNode stored, Catalogue catalogue) {
        JsonNode indicators = stored.path("indicators");
        if (indicators.isEmpty() || indicators.get(0).has("name")) {
            return stored;
        }
        ObjectNode doc = stored.deepCopy();
        ArrayNode expanded = doc.putArray("indicators");
        indicators.forEach(node -> expanded.add(expandNode(mapper, node, catalogue)));
        return doc;
    }

    private static ObjectNode expandNode(ObjectMapper mapper, JsonNode stored, Catalogue catalogue) {
        Indicator indicator = catalogue.byCode().get(stored.path("code").asText());
        if (indicator == null) {
            throw new IllegalStateException("indicator " + stored.path("code").asText() + " is not in catalogue "
                    + catalogue.catalogueId());
        }
        ObjectNode node = mapper.createObjectNode();
        stored.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "code" -> {
                    node.set("code", field.getValue());
                    node.put("name", indicator.name());
                }
                case "criterion" -> node.set("criterion", mapper.valueToTree(indicator.criterion().describe()));
                case "children" -> {
                    ArrayNode children = node.putArray("children");
                    field.getValue().forEach(child -> children.add(expandNode(mapper, child, catalogue)));
                }
                default -> node.set(field.getKey(), field.getValue());
            }
        });
        return node;
    }

    /** Unrounded score (or null) by indicator code, plus the total: what "a value changed" compares. */
    public static Map<String, BigDecimal> scores(OfficeEvaluation evaluation) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put(TOTAL, evaluation.total());
        collect(evaluation.indicators(), scores);
        return scores;
    }

    private static void collect(List<NodeScore> nodes, Map<String, BigDecimal> scores) {
        for (NodeScore node : nodes) {
            scores.put(node.code(), node.score());
            collect(node.children(), scores);
        }
    }

    /** A stable text of the scores: equal text, equal values (scale-independent). */
    public static String canonical(Map<String, BigDecimal> scores) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(scores).forEach((code, score) -> text.append(code).append('=')
                .append(score == null ? "-" : score.stripTrailingZeros().toPlainString()).append(';'));
        return text.toString();
    }
}
