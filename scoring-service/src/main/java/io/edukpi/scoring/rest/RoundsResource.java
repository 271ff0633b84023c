package io.edukpi.scoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.domain.Level;
import io.edukpi.scoring.service.ScoringService;

/** Closing a round: its scores become the official, frozen snapshot. */
@Path("/api/v1/scoring/rounds")
@Tag(name = "Scoring")
public class RoundsResource {

    private final ScoringService scoring;
    private final Caller caller;

    public RoundsResource(ScoringService scoring, Caller caller) {
        this.scoring = scoring;
        this.caller = caller;
    }

    @POST
    @Path("/{fiscalYear}/{round}/closure")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Close a round: every office's scores become official; later changes are flagged revisions", description = "201 when this call closed the round, 200 when it was closed already (nothing changes).")
    @APIResponse(responseCode = "201", description = "This call closed the round", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Closure.class)))
    @APIResponse(responseCode = "200", description = "The round was closed already; nothing changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Closure.class)))
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    @APIResponse(responseCode = "404", description = "not-found: no catalogue of the fiscal year and level is published")
    public RestResponse<Closure> close(
            @Parameter(description = Reads.FISCAL_YEAR, example = "2011") @PathParam("fiscalYear") int fiscalYear,
            @Parameter(description = Reads.ROUND, example = "6") @PathParam("round") int round,
            @Parameter(description = Reads.LEVEL, schema = @Schema(implementation = Level.class)) @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level) {
        int year = Reads.fiscalYear(fiscalYear);
        String levelName = Reads.level(level);
        boolean closed = scoring.closeRound(year, levelName, round, caller.name());
        return RestResponse.ResponseBuilder.create(closed ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                new Closure(year, levelName, round, true)).build();
    }

    /** The answer: the round, closed. */
    @Schema(name = "RoundClosure", description = "A round, closed")
    public record Closure(
            @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
            @Schema(description = "The catalogue level", ref = "Level") String level,
            @Schema(description = "The round", example = "6") int round,
            @Schema(description = "Always true: the round is closed") boolean closed) {
    }
}
