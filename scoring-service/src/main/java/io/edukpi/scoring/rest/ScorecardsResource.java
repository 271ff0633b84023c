package io.edukpi.scoring.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.service.ScoreQueries;
import io.edukpi.scoring.service.StoredExplanations;
import io.edukpi.scoring.service.WhatIfService;

/** An office's scorecard of a round, its versions, each version's full explanation, and what-if on it. */
@Path("/api/v1/scores/offices/{officeCode}/scorecards/{fiscalYear}/{round}")
@Tag(name = "Scores")
@RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
public class ScorecardsResource {

    private final ScoreQueries queries;
    private final StoredExplanations explanations;
    private final Visibility visibility;
    private final WhatIfService whatIfs;

    public ScorecardsResource(ScoreQueries queries, StoredExplanations explanations, Visibility visibility,
            WhatIfService whatIfs) {
        this.queries = queries;
        this.explanations = explanations;
        this.visibility = visibility;
        this.whatIfs = whatIfs;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "An office's scorecard for a round: the tree with score, percent, band and explanation links", description = "Answers the newest version of the office's scores of the round the caller may see: every indicator "
            + "with its score, the weighted total, percent and band, as JSON or CSV. " + Visibility.WHO_SEES)
    @APIResponse(responseCode = "200", description = "The newest version the caller may see; as CSV a file "
            + "scorecard-<office>-<fiscalYear>-<round>.csv, the total first, then every indicator", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)),
                    @Content(mediaType = Reads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    public Response scorecard(
            @BeanParam ScorecardAddress address,
            @Parameter(description = Reads.FORMAT, schema = @Schema(enumeration = { "json",
                    "csv" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        int year = address.year();
        String officeCode = address.officeCode;
        ScoreVersionEntity version = queries.newest(officeCode, year, address.levelName(), address.round,
                visibility.officialOnly(officeCode)).orElseThrow(() -> Visibility.notFound(officeCode));
        String name = queries.officeNames(List.of(officeCode)).get(officeCode);
        boolean csv = Reads.wantsCsv(format, headers);
        return Reads.tagged(request, "sv-" + version.id + "-" + Reads.hash(String.valueOf(name)) + (csv ? "-csv" : ""),
                () -> {
                    JsonNode document = explanations.expanded(version);
                    ScorecardView card = ScorecardView.of(version, name, document);
                    return csv ? Reads.csv(card.table(document), address.fileName("scorecard")) : Reads.json(card);
                });
    }

    @GET
    @Path("/versions")
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "Every version of an office's scores for a round, oldest first", description = "Lists each time the round was scored for the office (a new result, a recalculation, the official "
            + "snapshot at closing) with its total, so changes can be traced. " + Visibility.WHO_SEES)
    @APIResponse(responseCode = "200", description = "The versions the caller may see (a round has a few); as CSV a "
            + "file scorecard-versions-<office>-<fiscalYear>-<round>.csv", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionListView.class)),
                    @Content(mediaType = Reads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    public Response versions(
            @BeanParam ScorecardAddress address,
            @Parameter(description = Reads.FORMAT, schema = @Schema(enumeration = { "json",
                    "csv" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        int year = address.year();
        String officeCode = address.officeCode;
        List<ScoreQueries.VersionSummary> versions = queries.versions(officeCode, year, address.levelName(),
                address.round, visibility.officialOnly(officeCode));
        if (versions.isEmpty()) {
            throw Visibility.notFound(officeCode);
        }
        return VersionListView.answer(versions, null, Reads.wantsCsv(format, headers), request,
                address.fileName("scorecard-versions"), null);
    }

    @GET
    @Path("/what-if")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What one indicator's result must be for a target total or band", description = "From the "
            + "office's stored results of the round (the newest scorecard version the caller may see) and the catalogue "
            + "version they were scored with: the least result of the indicator whose total, as the scorecard shows it, "
            + "reaches targetTotal or the minPercent of targetBand, every other result held; with the indicator's "
            + "current and best result, each scored by the engine. " + Visibility.WHO_SEES)
    @APIResponse(responseCode = "200", description = "The answer; outcome REACHABLE, ALREADY_MET or UNREACHABLE", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIfView.class)))
    @APIResponse(responseCode = "400", description = "validation: what-if-one-target (neither or both of targetTotal and "
            + "targetBand), unknown-value (a targetBand not among the catalogue's band codes, which it lists), "
            + "score-out-of-range (targetTotal outside 0-5), not-a-number, indicator-code-required, year-era")
    @APIResponse(responseCode = "422", description = "unprocessable: the indicator cannot move this scorecard's total "
            + "(not in its catalogue version, scored from children, or not counting in the round); errors name indicator")
    public WhatIfView whatIf(
            @BeanParam ScorecardAddress address,
            @Parameter(description = "The indicator whose result is to change (one that takes a result)", required = true, example = "3.1.2") @QueryParam("indicator") String indicator,
            @Parameter(description = "The total to reach, on the scorecard's 0-5 scale (a percent / 20); exactly one of "
                    + "targetTotal and targetBand", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "5"), example = "4.25") @QueryParam("targetTotal") String targetTotal,
            @Parameter(description = "The band to reach, one of the codes of the scorecard's catalogue; exactly one of "
                    + "targetTotal and targetBand", example = "ABOVE_STANDARD") @QueryParam("targetBand") String targetBand) {
        int year = address.year();
        WhatIfService.Question question = WhatIfQuery.question(indicator, targetTotal, targetBand);
        String officeCode = address.officeCode;
        ScoreVersionEntity version = queries.newest(officeCode, year, address.levelName(), address.round,
                visibility.officialOnly(officeCode)).orElseThrow(() -> Visibility.notFound(officeCode));
        return WhatIfView.of(version, whatIfs.ask(version, question));
    }

    @GET
    @Path("/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version with its full explanation: inputs, criteria, segments, arithmetic, weights, "
            + "which indicators counted and why, catalogue version", description = "Answers how one version was computed, step by step, as stored when it was scored. "
                    + Visibility.WHO_SEES)
    @APIResponse(responseCode = "200", description = "The version's explanation document (docs/scoring.md)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "The explanation document: catalogue, inputs, every indicator's criterion, "
            + "segment, arithmetic, weight and whether it counted, the total, percent and band (docs/scoring.md)")))
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    public Response explanation(
            @BeanParam ScorecardAddress address,
            @Parameter(description = "The version number, from 1", example = "1") @PathParam("version") int number,
            @Context Request request) {
        int year = address.year();
        String officeCode = address.officeCode;
        boolean officialOnly = visibility.officialOnly(officeCode);
        ScoreVersionEntity version = queries.version(officeCode, year, address.levelName(), address.round, number)
                .filter(v -> v.official || !officialOnly)
                .orElseThrow(() -> Visibility.notFound(officeCode));
        return Reads.tagged(request, "sv-" + version.id + "-explanation",
                () -> Reads.json(explanations.expandedText(version)));
    }
}
