package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.service.ExplanationService;
import io.edukpi.scoring.service.ScoreLinks;

/** An office's scorecard of a round: the tree of its explanation document, trimmed to what a dashboard shows. */
@Schema(name = "Scorecard", description = "An office's scores of a round as a tree")
record ScorecardView(
        @Schema(description = "The area office's code", example = "5001") String officeCode,
        @Schema(description = "The office's Thai name, as student-registry-service registered it (null until "
                + "it has)") String officeNameTh,
        @Schema(description = "Whom the office is ranked against", ref = "OfficeKind") String officeKind,
        @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
        @Schema(description = "The catalogue level", ref = "Level") String level,
        @Schema(description = "The round", example = "6") int round,
        @Schema(description = "This version's number, from 1", example = "1") int version,
        @Schema(description = "Whether this version is the official snapshot of a closed round") boolean official,
        @Schema(description = "Whether this version changed an official snapshot after the round closed") boolean revision,
        @Schema(description = "The catalogue version it was scored with") CatalogueRef catalogue,
        @Schema(description = "The weighted total, 5 decimals (0-5)", example = "4.21345") BigDecimal total,
        @Schema(description = "The total as a percent of 5, 2 decimals", example = "84.27") BigDecimal percent,
        @Schema(description = "The band of the percent; null without a total") BandView band,
        @Schema(description = "When this version was written (ISO 8601)", example = "2011-06-30T09:00:00Z") String createdAt,
        @Schema(description = "Address of this version's full explanation") String explanation,
        @Schema(description = "The top-level indicators, each with its children") List<Node> indicators) {

    /** Which catalogue version scored it. */
    @Schema(description = "The published catalogue version an office was scored with")
    record CatalogueRef(
            @Schema(description = "The published catalogue version's id", example = "5f1f7f2e-2554-4b1a-9c2d-000000002554") String catalogueId,
            @Schema(description = "Its version number within fiscal year and level", example = "1") Integer version) {
    }

    /** One indicator; {@code children} only on indicators that have them. */
    record Node(
            @Schema(description = "The indicator's code", example = "1.1.3") String code,
            @Schema(description = "The indicator's name, Thai as the catalogue gives it") String name,
            @Schema(description = "Its weight", example = "5") BigDecimal weight,
            @Schema(description = "Its score, 5 decimals (0-5); null when it has none", example = "4.5") BigDecimal score,
            @Schema(description = "The score as a percent of 5", example = "90.00") BigDecimal percent,
            @Schema(description = "Why it counted or not: SCORED, AGGREGATED, MISSING_SCORED_ZERO, MISSING_EXCLUDED, "
                    + "CANCELLED, NOT_STARTED, NO_CHILD_COUNTED", example = "SCORED") String status,
            @Schema(description = "Whether it counted in its parent's score") Boolean counted,
            @Schema(description = "Why not, when it did not count") String reason,
            @Schema(description = "Address of its part of the explanation") String explanation,
            @Schema(description = "Its children; absent on a leaf") @JsonInclude(JsonInclude.Include.NON_NULL) List<Node> children) {
    }

    /** {@code document}: the version's expanded explanation; {@code officeNameTh} null when not registered yet. */
    static ScorecardView of(ScoreVersionEntity version, String officeNameTh, JsonNode document) {
        String link = ScoreLinks.version(version.officeCode, version.fiscalYear, version.level, version.round,
                version.version);
        JsonNode catalogue = document.path("catalogue");
        return new ScorecardView(version.officeCode, officeNameTh, version.officeKind, version.fiscalYear,
                version.level, version.round, version.version, version.official, version.revision,
                catalogue.isObject() ? new CatalogueRef(text(catalogue.path("catalogueId")),
                        catalogue.path("version").isInt() ? catalogue.path("version").intValue() : null) : null,
                Scores.display(version.total), version.percent, BandView.of(document.path("band")),
                version.createdAt.toString(), link, nodes(document.path("indicators"), link));
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

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
