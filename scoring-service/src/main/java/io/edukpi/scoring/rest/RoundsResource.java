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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
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
    public Response close(@PathParam("fiscalYear") int fiscalYear, @PathParam("round") int round,
            @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level) {
        int year = FiscalYear.toGregorian(fiscalYear);
        boolean closed = scoring.closeRound(year, level, round, caller.name());
        return Response.status(closed ? 201 : 200).entity(new Closure(year, level, round, true)).build();
    }

    /** The answer: the round, closed. */
    public record Closure(int fiscalYear, String level, int round, boolean closed) {
    }
}
