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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.domain.Level;
import io.edukpi.scoring.service.ExplanationService;
import io.edukpi.scoring.service.ScoreQueries;

/** An office's scores across rounds and fiscal years. */
@Path("/api/v1/scores/offices/{officeCode}/history")
@Tag(name = "Scores")
public class HistoryResource {

    private final ScoreQueries queries;
    private final Visibility visibility;

    public HistoryResource(ScoreQueries queries, Visibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "An office's total (or one indicator's score) across rounds and fiscal years", description = "Answers one point per round the office was scored in (the newest version the caller may see), as JSON "
            + "or CSV, for charts of a trend. " + Visibility.WHO_SEES)
    @APIResponse(responseCode = "200", description = "One point per round (an office has a few a year); as CSV a "
            + "file history-<office>-<indicator>.csv", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryView.class)),
                    @Content(mediaType = Reads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    public Response history(
            @Parameter(description = Reads.OFFICE, example = "5001") @PathParam("officeCode") String officeCode,
            @Parameter(description = Reads.LEVEL, schema = @Schema(implementation = Level.class)) @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level,
            @Parameter(description = "The indicator to follow; without it the weighted total", example = "1.1.3") @QueryParam("indicatorCode") String indicatorCode,
            @Parameter(description = Reads.FORMAT, schema = @Schema(enumeration = { "json",
                    "csv" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        String levelName = Reads.level(level);
        List<ScoreQueries.VersionSummary> versions = queries.history(officeCode, levelName,
                visibility.officialOnly(officeCode));
        if (versions.isEmpty()) {
            throw Visibility.notFound(officeCode);
        }
        String code = indicatorCode == null ? ExplanationService.TOTAL : indicatorCode;
        boolean csv = Reads.wantsCsv(format, headers);
        return Reads.tagged(request, Reads.hash(versions.stream().map(ScoreQueries.VersionSummary::id).toList() + code
                + csv), () -> {
                    HistoryView history = HistoryView.of(officeCode, levelName, code, queries.points(versions, code));
                    return csv ? Reads.csv(history.table(), "history-" + officeCode + "-" + code + ".csv")
                            : Reads.json(history);
                });
    }
}
