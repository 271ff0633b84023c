package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.scoring.domain.Band;
import io.edukpi.scoring.domain.BelowLevelOnePolicy;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Criterion;
import io.edukpi.scoring.domain.Direction;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.MilestoneCriterion;
import io.edukpi.scoring.domain.MissingResultPolicy;
import io.edukpi.scoring.domain.PassFailCriterion;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.domain.ThresholdCriterion;

/**
 * Reads the canonical catalogue JSON (docs/catalogue.schema.json, as carried by
 * catalogue.published), and criteria and results as the evaluate endpoint receives them, into the engine's
 * model. Every violation carries the JSON path it was found at.
 */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    public static Catalogue catalogue(String catalogueId, int version, JsonNode json) {
        List<Catalogue.FlatIndicator> flat = indicators(json.path("indicators"));
        List<Integer> rounds = new ArrayList<>();
        json.path("rounds").forEach(round -> rounds.add(round.path("round").asInt()));
        List<Band> bands = bands(json.path("bands"), "bands");
        return new Catalogue(catalogueId, version, json.path("fiscalYear").asInt(), json.path("level").asText(),
                enumOf(BelowLevelOnePolicy.class, json.path("belowLevelOnePolicy"), "belowLevelOnePolicy"),
                enumOf(MissingResultPolicy.class, json.path("missingResultPolicy"), "missingResultPolicy"),
                rounds, bands, Catalogue.tree(flat));
    }

    /** The flat indicator list, in document order, each with its criterion read. */
    static List<Catalogue.FlatIndicator> indicators(JsonNode indicators) {
        List<Catalogue.FlatIndicator> flat = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode node = indicators.get(i);
            String path = "indicators[" + i + "]";
            Direction direction = enumOf(Direction.class, node.path("direction"), path + ".direction");
            JsonNode criterionJson = node.path("criterion");
            flat.add(new Catalogue.FlatIndicator(node.path("code").asText(), text(node.path("parentCode")),
                    text(node.path("name")), text(node.path("nameEn")), decimal(node.path("weight"), path + ".weight"),
                    criterionJson.isMissingNode() || criterionJson.isNull() ? null
                            : criterion(criterionJson, direction, path + ".criterion"),
                    integer(node.path("startsInRound")), integer(node.path("cancelledFromRound"))));
        }
        return flat;
    }

    public static List<Band> bands(JsonNode json, String path) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            JsonNode band = json.get(i);
            bands.add(new Band(band.path("code").asText(), text(band.path("labelTh")), text(band.path("labelEn")),
                    decimal(band.path("minPercent"), path + "[" + i + "].minPercent")));
        }
        return bands;
    }

    /**
     * A criterion in the catalogue's shape. {@code direction} (may be null) must agree with the
     * order of the thresholds.
     */
    public static Criterion criterion(JsonNode json, Direction direction, String path) {
        if (!json.isObject()) {
            throw InvalidScoringInputException.of(ScoringMessage.CRITERION_NOT_OBJECT.at(path));
        }
        String type = json.path("type").asText("");
        try {
            return switch (type) {
                case ThresholdCriterion.TYPE -> threshold(json, direction, path);
                case PassFailCriterion.TYPE -> new PassFailCriterion(decimal(json.path("target"), path + ".target"),
                        decimal(json.path("scoreWhenMet"), path + ".scoreWhenMet"),
                        decimal(json.path("scoreWhenNotMet"), path + ".scoreWhenNotMet"), direction);
                case MilestoneCriterion.TYPE -> {
                    List<String> steps = new ArrayList<>();
                    json.path("steps").forEach(step -> steps.add(step.path("description").asText("")));
                    yield new MilestoneCriterion(steps);
                }
                default ->
                    throw InvalidScoringInputException.of(ScoringMessage.CRITERION_TYPE_UNKNOWN.at(path + ".type", type));
            };
        } catch (InvalidScoringInputException e) {
            throw e.under(path);
        }
    }

    private static ThresholdCriterion threshold(JsonNode json, Direction direction, String path) {
        JsonNode values = json.path("thresholds");
        if (!values.isArray()) {
            throw InvalidScoringInputException.of(ScoringMessage.THRESHOLDS_NOT_ARRAY.at(path + ".thresholds"));
        }
        List<BigDecimal> thresholds = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            thresholds.add(decimal(values.get(i), path + ".thresholds[" + i + "]"));
        }
        ThresholdCriterion criterion = new ThresholdCriterion(thresholds, decimal(json.path("step"), path + ".step"));
        if (direction != null && criterion.direction() != direction) {
            throw InvalidScoringInputException.of((criterion.direction() == Direction.HIGHER_IS_BETTER
                    ? ScoringMessage.THRESHOLDS_RUN_UPWARDS
                    : ScoringMessage.THRESHOLDS_RUN_DOWNWARDS).at(path + ".thresholds", direction));
        }
        return criterion;
    }

    static BigDecimal decimal(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw InvalidScoringInputException.of(ScoringMessage.NOT_A_NUMBER.at(path, node.asText()));
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, node.asText());
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw InvalidScoringInputException.of(ScoringMessage.NOT_ONE_OF.at(path, node.asText(), allowed));
        }
    }

    /** A result as the evaluate endpoint receives it; {@code prefix} is its path in the request. */
    static Result result(JsonNode json, String prefix) {
        Set<Integer> steps = null;
        JsonNode stepsJson = json.path("stepsCompleted");
        if (stepsJson.isArray()) {
            steps = new HashSet<>();
            for (int i = 0; i < stepsJson.size(); i++) {
                if (!stepsJson.get(i).canConvertToExactIntegral()) {
                    throw InvalidScoringInputException
                            .of(ScoringMessage.STEP_NOT_WHOLE.at(prefix + "stepsCompleted[" + i + "]"));
                }
                steps.add(stepsJson.get(i).asInt());
            }
        }
        return new Result(json.path("resultId").asText(null), null,
                decimal(json.path("value"), prefix + "value"), steps,
                decimal(json.path("reviewerScore"), prefix + "reviewerScore"),
                json.path("reviewerReason").asText(null));
    }

    static int wholeNumber(JsonNode request, String field) {
        JsonNode node = request.path(field);
        if (!node.canConvertToExactIntegral()) {
            throw InvalidScoringInputException.of(ScoringMessage.NOT_WHOLE_NUMBER.at(field, field));
        }
        return node.asInt();
    }
}
