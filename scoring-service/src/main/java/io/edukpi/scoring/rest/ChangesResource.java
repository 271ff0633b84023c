package io.edukpi.scoring.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.ScoreQueries;

/** The change feed dashboards pull: score versions written after a cursor. */
@Path("/api/v1/scores/changes")
@Tag(name = "Scores")
public class ChangesResource {

    private static final int MAX_LIMIT = 1000;

    private final ScoreQueries queries;
    private final Visibility visibility;

    public ChangesResource(ScoreQueries queries, Visibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "Score versions written after a cursor, oldest first: dashboards pull only what changed", description = "Start without since (or since=0); pass the answer's nextCursor as since next time, "
            + "or follow the Link rel=\"next\" header. A feed, so a cursor and no page numbers.")
    @APIResponse(responseCode = "200", description = "Up to limit versions after the cursor, with Link rel=\"next\"; "
            + "as CSV a file score-changes-<since>.csv with the next cursor in X-Next-Cursor", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionListView.class)),
                    @Content(mediaType = Reads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    public Response changes(
            @Parameter(description = "The cursor: nextCursor of the previous answer, 0 (or none) from the start", example = "0") @QueryParam("since") @DefaultValue("0") String since,
            @Parameter(description = "Versions at most in the answer, 1 to 1000", example = "100") @QueryParam("limit") @DefaultValue("100") int limit,
            @Parameter(description = Reads.FORMAT, schema = @Schema(enumeration = { "json",
                    "csv" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request, @Context UriInfo uri) {
        long cursor = cursor(since);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid(ScoringMessage.LIMIT_INVALID.text(),
                    List.of(ScoringMessage.LIMIT_OUT_OF_RANGE.at("limit")));
        }
        List<ScoreQueries.VersionSummary> changes = queries.changes(cursor, limit, visibility.feedScope(),
                visibility.feedOfficialOnly());
        long next = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).id();
        String nextLink = uri.getRequestUriBuilder().replaceQueryParam("since", next).replaceQueryParam("limit", limit)
                .build().toString();
        return VersionListView.answer(changes, next, Reads.wantsCsv(format, headers), request,
                "score-changes-" + cursor + ".csv", nextLink);
    }

    private static long cursor(String since) {
        try {
            long cursor = Long.parseLong(since.trim());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(ScoringMessage.CURSOR_INVALID.text(),
                List.of(ScoringMessage.NOT_A_CURSOR.at("since", since)));
    }
}
