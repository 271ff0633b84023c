package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.calendar.Years;
import io.edukpi.scoring.domain.Band;
import io.edukpi.scoring.domain.BelowLevelOnePolicy;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Criterion;
import io.edukpi.scoring.domain.CriterionEvaluation;
import io.edukpi.scoring.domain.Direction;
import io.edukpi.scoring.domain.EvaluationTree;
import io.edukpi.scoring.domain.Indicator;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.MissingResultPolicy;
import io.edukpi.scoring.domain.OfficeScorer;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.domain.WhatIf;

/** The evaluate endpoint's use case: score what the request describes, explain it, store nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    private final CatalogueService catalogues;

    public EvaluationService(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    public ObjectNode evaluate(JsonNode request, ObjectMapper mapper) {
        if (request.has("indicators")) {
            return tree(request, mapper);
        }
        BelowLevelOnePolicy policy = CatalogueJson.enumOf(BelowLevelOnePolicy.class,
                request.path("belowLevelOnePolicy"), "belowLevelOnePolicy");
        Criterion criterion;
        ObjectNode answer = mapper.createObjectNode();
        if (request.has("indicatorCode") && !request.has("criterion")) {
            Catalogue catalogue = catalogue(request);
            if (request.has("round")) {
                catalogue.requireRound(CatalogueJson.wholeNumber(request, "round"));
            }
            Indicator indicator = catalogue.indicator(request.path("indicatorCode").asText());
            if (!indicator.isLeaf()) {
                throw InvalidScoringInputException
                        .of(ScoringMessage.INDICATOR_TAKES_NO_RESULT.at("indicatorCode", indicator.code()));
            }
            criterion = indicator.criterion();
            policy = policy == null ? catalogue.belowLevelOnePolicy() : policy;
            ObjectNode source = answer.putObject("catalogue");
            source.put("catalogueId", catalogue.catalogueId());
            source.put("version", catalogue.version());
            answer.put("indicatorCode", indicator.code());
        } else {
            if (!request.has("criterion")) {
                throw InvalidScoringInputException.of(ScoringMessage.NOTHING_TO_EVALUATE.at("criterion"));
            }
            criterion = CatalogueJson.criterion(request.path("criterion"),
                    CatalogueJson.enumOf(Direction.class, request.path("direction"), "direction"), "criterion");
        }
        policy = policy == null ? BelowLevelOnePolicy.ONE : policy;
        CriterionEvaluation evaluation = criterion.evaluate(CatalogueJson.result(request, ""), policy);
        answer.put("belowLevelOnePolicy", policy.name());
        answer.putPOJO("criterion", criterion.describe());
        answer.put("score", evaluation.score());
        answer.put("displayScore", Scores.display(evaluation.score()));
        answer.put("percent", Scores.percent(evaluation.score()));
        answer.put("segment", evaluation.segment());
        answer.put("arithmetic", evaluation.arithmetic());
        if (evaluation.computedScore() != null) {
            answer.put("computedScore", evaluation.computedScore());
            answer.put("overrideReason", evaluation.overrideReason());
        }
        if (request.has("targetScore")) {
            BigDecimal target = CatalogueJson.decimal(request.path("targetScore"), "targetScore");
            EvaluationTree.requireOnScale(target, "targetScore");
            answer.putPOJO("inverse", criterion.resultFor(target, policy));
        }
        return answer;
    }

    private ObjectNode tree(JsonNode request, ObjectMapper mapper) {
        JsonNode indicators = request.path("indicators");
        EvaluationTree.requireSize(indicators.isArray() ? indicators.size() : 0);
        requireObjects(indicators, "indicators");
        JsonNode bandsJson = request.path("bands");
        if (!absent(bandsJson) && !bandsJson.isArray()) {
            throw InvalidScoringInputException.of(ScoringMessage.NOT_AN_ARRAY.at("bands", "bands"));
        }
        requireObjects(bandsJson, "bands");
        JsonNode resultsJson = request.path("results");
        if (!absent(resultsJson) && !resultsJson.isObject()) {
            throw InvalidScoringInputException.of(ScoringMessage.NOT_AN_OBJECT.at("results", "results"));
        }
        int round = request.has("round") ? CatalogueJson.wholeNumber(request, "round") : 1;
        List<Catalogue.FlatIndicator> flat = CatalogueJson.indicators(indicators);
        List<Band> bands = CatalogueJson.bands(bandsJson, "bands");
        EvaluationTree.check(flat, bands);
        Catalogue catalogue = new Catalogue("00000000-0000-0000-0000-000000000000", 1,
                request.path("fiscalYear").asInt(0), request.path("level").asText("PREVIEW"),
                CatalogueJson.enumOf(BelowLevelOnePolicy.class, request.path("belowLevelOnePolicy"),
                        "belowLevelOnePolicy"),
                CatalogueJson.enumOf(MissingResultPolicy.class, request.path("missingResultPolicy"),
                        "missingResultPolicy"),
                List.of(round), bands, Catalogue.tree(flat));
        Map<String, Result> results = new HashMap<>();
        resultsJson.fieldNames().forEachRemaining(code -> {
            String field = "results." + code;
            if (!catalogue.byCode().containsKey(code)) {
                throw InvalidScoringInputException.of(ScoringMessage.INDICATOR_NOT_IN_TREE.at(field, code));
            }
            if (!resultsJson.path(code).isObject()) {
                throw InvalidScoringInputException.of(ScoringMessage.NOT_AN_OBJECT.at(field, field));
            }
            results.put(code, CatalogueJson.result(resultsJson.path(code), field + "."));
        });
        boolean closed = request.path("roundClosed").asBoolean(false);
        ObjectNode answer = ExplanationService.document(mapper, OfficeScorer.evaluate(catalogue, round, closed, results));
        answer.remove("catalogue");
        JsonNode whatIf = request.path("whatIf");
        if (!absent(whatIf)) {
            if (!whatIf.isObject()) {
                throw InvalidScoringInputException.of(ScoringMessage.NOT_AN_OBJECT.at("whatIf", "whatIf"));
            }
            BigDecimal target;
            if (whatIf.has("targetBand")) {
                String code = whatIf.path("targetBand").asText();
                Band band = catalogue.bands().stream().filter(b -> b.code().equals(code)).findFirst()
                        .orElseThrow(() -> InvalidScoringInputException
                                .of(ScoringMessage.BAND_UNKNOWN.at("whatIf.targetBand", code)));
                target = WhatIf.totalForBand(band);
            } else {
                target = CatalogueJson.decimal(whatIf.path("targetTotal"), "whatIf.targetTotal");
                if (target == null) {
                    throw InvalidScoringInputException.of(ScoringMessage.TARGET_TOTAL_REQUIRED.at("whatIf.targetTotal"));
                }
                EvaluationTree.requireOnScale(target, "whatIf.targetTotal");
            }
            WhatIf.Answer what = WhatIf.forTotal(catalogue, round, closed, results,
                    whatIf.path("indicatorCode").asText(), target);
            ObjectNode node = answer.putObject("whatIf");
            node.put("indicatorCode", what.indicatorCode());
            node.put("targetTotal", what.targetTotal());
            node.put("currentTotal", what.currentTotal());
            node.put("neededScore", what.neededScore());
            node.put("alreadyReached", what.alreadyReached());
            node.put("reachable", what.reachable());
            node.put("note", what.note());
            if (what.neededResult() != null) {
                node.putPOJO("neededResult", what.neededResult());
            }
        }
        return answer;
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** Every element of an array an object: a number where an indicator or band belongs is named. */
    private static void requireObjects(JsonNode array, String field) {
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                String at = field + "[" + i + "]";
                throw InvalidScoringInputException.of(ScoringMessage.NOT_AN_OBJECT.at(at, at));
            }
        }
    }

    private Catalogue catalogue(JsonNode request) {
        int year = CatalogueJson.wholeNumber(request, "fiscalYear");
        String level = request.path("level").asText("OBEC_AGREEMENT");
        return catalogues.newest(Years.requireGregorian("fiscalYear", year), level)
                .orElseThrow(() -> new UnknownCatalogueException(year, level));
    }
}
