package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.service.ExplanationService;
import io.edukpi.scoring.service.ScoreLinks;

/** An office's scorecard of a round: the tree of its explanation document, trimmed to what a dashboard shows. */
record ScorecardView(String officeCode, String officeKind, int fiscalYear, int fiscalYearBe, String level, int round,
        int version, boolean official, boolean revision, JsonNode catalogue, BigDecimal total, BigDecimal percent,
        JsonNode band, String createdAt, String explanation, List<Node> indicators) {

    /** One indicator; {@code children} only on indicators that have them. */
    record Node(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal percent, String status,
            Boolean counted, String reason, String explanation,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Node> children) {
    }

    /** {@code document}: the version's expanded explanation. */
    static ScorecardView of(ScoreVersionEntity version, JsonNode document) {
        String link = ScoreLinks.version(version.officeCode, version.fiscalYear, version.level, version.round,
                version.version);
        return new ScorecardView(version.officeCode, version.officeKind, version.fiscalYear,
                FiscalYear.toBuddhist(version.fiscalYear), version.level, version.round, version.version,
                version.official, version.revision, orNull(document.path("catalogue")), Scores.display(version.total),
                version.percent, orNull(document.path("band")), version.createdAt.toString(), link,
                nodes(document.path("indicators"), link));
    }

    private static List<Node> nodes(JsonNode json, String link) {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode node : json) {
            String code = node.path("code").asText();
            nodes.add(new Node(code, text(node.path("name")), decimal(node.path("weight")),
                    decimal(node.path("displayScore")), decimal(node.path("percent")), text(node.path("status")),
                    node.path("counted").isBoolean() ? node.path("counted").booleanValue() : null,
                    text(node.path("reason")), link + "#" + code,
                    node.has("children") ? nodes(node.path("children"), link) : null));
        }
        return nodes;
    }

    /** The scorecard as a table: the total first, then every indicator under its parent. */
    Csv table(JsonNode document) {
        Csv table = new Csv("officeCode", "fiscalYear", "round", "version", "official", "indicatorCode", "parentCode",
                "name", "weight", "score", "percent", "status");
        table.row(Arrays.asList(officeCode, fiscalYear, round, version, official, ExplanationService.TOTAL, "", "", "",
                decimal(document.path("displayTotal")), decimal(document.path("percent")), ""));
        rows(table, indicators, "");
        return table;
    }

    private void rows(Csv table, List<Node> nodes, String parent) {
        for (Node node : nodes) {
            table.row(Arrays.asList(officeCode, fiscalYear, round, version, official, node.code(), parent,
                    node.name(), node.weight(), node.score(), node.percent(),
                    node.status()));
            if (node.children() != null) {
                rows(table, node.children(), node.code());
            }
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node.isMissingNode() ? null : node;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
