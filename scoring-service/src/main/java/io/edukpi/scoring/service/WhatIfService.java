package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.scoring.domain.Band;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.domain.WhatIf;
import io.edukpi.scoring.persistence.ScoreVersionEntity;

/**
 * What-if on a stored scorecard: the version's own results (its explanation's inputs), round
 * state and catalogue version, so the answer starts from exactly what the office's scorecard shows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WhatIfService {

    private final CatalogueService catalogues;
    private final StoredExplanations documents;

    public WhatIfService(CatalogueService catalogues, StoredExplanations documents) {
        this.catalogues = catalogues;
        this.documents = documents;
    }

    /** The question as asked: exactly one of a total (0 to 5) and a band code. */
    public record Question(String indicatorCode, BigDecimal targetTotal, String targetBand) {
    }

    /** The plan, with the catalogue it was computed with and the band asked for (null for a total). */
    public record Answer(Catalogue catalogue, Band targetBand, WhatIf.Plan plan) {
    }

    public Answer ask(ScoreVersionEntity version, Question question) {
        Catalogue catalogue = catalogues.byId(version.catalogueId).orElseThrow(
                () -> new IllegalStateException("catalogue " + version.catalogueId + " of a score version is not kept"));
        Band band = question.targetBand() == null ? null : band(catalogue, question.targetBand());
        BigDecimal target = band == null ? question.targetTotal() : WhatIf.totalForBand(band);
        JsonNode document = documents.read(version.evaluation);
        try {
            return new Answer(catalogue, band, WhatIf.plan(catalogue, version.round,
                    document.path("roundClosed").asBoolean(), results(document.path("indicators"), new HashMap<>()),
                    question.indicatorCode(), target));
        } catch (InvalidScoringInputException e) {
            // The indicator is the only input the plan refuses: named as the query names it.
            List<Finding> findings = e.findings().stream().map(f -> f.atField("indicator")).toList();
            Finding first = findings.get(0);
            throw ProblemException.unprocessable(new Text(
                    ScoringMessage.WHAT_IF_NOT_SCORED.text(question.indicatorCode(), first.message()).english(),
                    ScoringMessage.WHAT_IF_NOT_SCORED.text(question.indicatorCode(), first.messageTh()).thai()), findings);
        }
    }

    /** A band of the catalogue by its code, or unknown-value listing the catalogue's codes. */
    private static Band band(Catalogue catalogue, String code) {
        return catalogue.bands().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow(() -> {
            String allowed = catalogue.bands().stream().map(Band::code).collect(Collectors.joining(", "));
            return ProblemException.invalid(List.of(Finding.of(CommonMessage.UNKNOWN_VALUE, "targetBand", allowed)
                    .withValue(code)));
        });
    }

    /** Every input the version was scored with, by indicator code. */
    private static Map<String, Result> results(JsonNode nodes, Map<String, Result> results) {
        for (JsonNode node : nodes) {
            if (node.path("input").isObject()) {
                results.put(node.path("code").asText(), CatalogueJson.result(node.path("input"), ""));
            }
            results(node.path("children"), results);
        }
        return results;
    }
}
