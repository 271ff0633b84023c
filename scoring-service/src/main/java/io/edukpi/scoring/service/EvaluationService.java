package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.message.Finding;
import io.edukpi.scoring.domain.Band;
import io.edukpi.scoring.domain.BelowLevelOnePolicy;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Criterion;
import io.edukpi.scoring.domain.CriterionEvaluation;
import io.edukpi.scoring.domain.Direction;
import io.edukpi.scoring.domain.Indicator;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.OfficeScorer;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.domain.WhatIf;

/** The evaluate endpoint's use case: score what the request describes, explain it, store nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    private static final int MAX_TREE = 500;

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
            answer.putPOJO("inverse", criterion.resultFor(target, policy));
        }
        return answer;
    }

    private ObjectNode tree(JsonNode request, ObjectMapper mapper) {
        JsonNode indicators = request.path("indicators");
        if (!indicators.isArray() || indicators.isEmpty() || indicators.size() > MAX_TREE) {
            throw InvalidScoringInputException.of(ScoringMessage.TREE_SIZE.at("indicators", MAX_TREE));
        }
        int round = request.has("round") ? CatalogueJson.wholeNumber(request, "round") : 1;
        ObjectNode catalogueJson = mapper.createObjectNode();
        catalogueJson.put("fiscalYear", request.path("fiscalYear").asInt(0));
        catalogueJson.put("level", request.path("level").asText("PREVIEW"));
        catalogueJson.set("belowLevelOnePolicy", request.path("belowLevelOnePolicy"));
        catalogueJson.set("missingResultPolicy", request.path("missingResultPolicy"));
        catalogueJson.putArray("rounds").addObject().put("round", round);
        catalogueJson.set("bands", request.has("bands") ? request.path("bands") : mapper.createArrayNode());
        catalogueJson.set("indicators", indicators);
        checkTree(indicators);
        Catalogue catalogue = CatalogueJson.catalogue("00000000-0000-0000-0000-000000000000", 1, catalogueJson);
        Map<String, Result> results = new HashMap<>();
        JsonNode resultsJson = request.path("results");
        resultsJson.fieldNames().forEachRemaining(code -> {
            if (!catalogue.byCode().containsKey(code)) {
                throw InvalidScoringInputException.of(ScoringMessage.INDICATOR_NOT_IN_TREE.at("results." + code, code));
            }
            results.put(code, CatalogueJson.result(resultsJson.path(code), "results." + code + "."));
        });
        boolean closed = request.path("roundClosed").asBoolean(false);
        ObjectNode answer = ExplanationService.document(mapper, OfficeScorer.evaluate(catalogue, round, closed, results));
        answer.remove("catalogue");
        JsonNode whatIf = request.path("whatIf");
        if (whatIf.isObject()) {
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

    private static void checkTree(JsonNode indicators) {
        Set<String> codes = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            String code = indicators.get(i).path("code").asText("");
            String field = "indicators[" + i + "].code";
            if (code.isBlank()) {
                findings.add(ScoringMessage.INDICATOR_CODE_REQUIRED.at(field));
            } else if (!codes.add(code)) {
                findings.add(ScoringMessage.INDICATOR_CODE_TWICE.at(field, code));
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode parent = indicators.get(i).path("parentCode");
            if (parent.isTextual() && !codes.contains(parent.asText())) {
                findings.add(ScoringMessage.INDICATOR_NOT_IN_TREE.at("indicators[" + i + "].parentCode", parent.asText()));
            }
        }
        if (!findings.isEmpty()) {
            throw new InvalidScoringInputException(findings);
        }
    }

    private Catalogue catalogue(JsonNode request) {
        int year = CatalogueJson.wholeNumber(request, "fiscalYear");
        String level = request.path("level").asText("OBEC_AGREEMENT");
        return catalogues.newest(FiscalYear.toGregorian(year), level)
                .orElseThrow(() -> new UnknownCatalogueException(year, level));
    }
}
