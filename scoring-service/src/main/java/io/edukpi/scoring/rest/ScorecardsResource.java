package io.edukpi.scoring.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.service.ScoreQueries;
import io.edukpi.scoring.service.StoredExplanations;

/** An office's scorecard of a round, its versions, and each version's full explanation. */
@Path("/api/v1/scores/offices/{officeCode}/scorecards/{fiscalYear}/{round}")
@Tag(name = "Scores")
@RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
public class ScorecardsResource {

    private final ScoreQueries queries;
    private final StoredExplanations explanations;
    private final Visibility visibility;

    public ScorecardsResource(ScoreQueries queries, StoredExplanations explanations, Visibility visibility) {
        this.queries = queries;
        this.explanations = explanations;
        this.visibility = visibility;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "An office's scorecard for a round: the tree with score, percent, band and explanation links")
    public Response scorecard(@PathParam("officeCode") String officeCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("round") int round, @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context Request request) {
        boolean officialOnly = visibility.officialOnly(officeCode);
        ScoreVersionEntity version = queries.newest(officeCode, FiscalYear.toGregorian(fiscalYear), level, round,
                officialOnly).orElseThrow(() -> Visibility.notFound(officeCode));
        boolean csv = Reads.wantsCsv(format, headers);
        return Reads.tagged(request, "sv-" + version.id + (csv ? "-csv" : ""), () -> {
            JsonNode document = explanations.expanded(version);
            ScorecardView card = ScorecardView.of(version, document);
            return csv ? Reads.csv(card.table(document)) : Reads.json(card);
        });
    }

    @GET
    @Path("/versions")
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "Every version of an office's scores for a round, oldest first")
    public Response versions(@PathParam("officeCode") String officeCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("round") int round, @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context Request request) {
        List<ScoreQueries.VersionSummary> versions = queries.versions(officeCode, FiscalYear.toGregorian(fiscalYear),
                level, round, visibility.officialOnly(officeCode));
        if (versions.isEmpty()) {
            throw Visibility.notFound(officeCode);
        }
        return VersionListView.answer(versions, null, Reads.wantsCsv(format, headers), request);
    }

    @GET
    @Path("/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version with its full explanation: inputs, criteria, segments, arithmetic, weights, "
            + "which indicators counted and why, catalogue version")
    public Response explanation(@PathParam("officeCode") String officeCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("round") int round, @PathParam("version") int number,
            @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level, @Context Request request) {
        boolean officialOnly = visibility.officialOnly(officeCode);
        ScoreVersionEntity version = queries.version(officeCode, FiscalYear.toGregorian(fiscalYear), level, round, number)
                .filter(v -> v.official || !officialOnly)
                .orElseThrow(() -> Visibility.notFound(officeCode));
        return Reads.tagged(request, "sv-" + version.id + "-explanation",
                () -> Reads.json(explanations.expandedText(version)));
    }
}
