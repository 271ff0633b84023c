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

import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Score versions written after a cursor, oldest first: dashboards pull only what changed", description = "Start without since (or since=0); pass the answer's nextCursor as since next time.")
    public Response changes(@QueryParam("since") @DefaultValue("0") String since,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context Request request) {
        long cursor = cursor(since);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid(ScoringMessage.LIMIT_INVALID.text(),
                    List.of(ScoringMessage.LIMIT_OUT_OF_RANGE.at("limit")));
        }
        List<ScoreQueries.VersionSummary> changes = queries.changes(cursor, limit, visibility.feedScope(),
                visibility.feedOfficialOnly());
        long next = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).id();
        return VersionListView.answer(changes, next, Reads.wantsCsv(format, headers), request);
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
