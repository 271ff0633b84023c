package io.edukpi.indicator.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.service.CatalogueService;

/** A version's life (obec-admin only): draft, published, archived; and copies into a new draft. */
@Path(CatalogueResponses.BASE)
@Tag(name = "catalogues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OBEC_ADMIN)
public class CatalogueLifecycleResource {

    private final CatalogueService service;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    public CatalogueLifecycleResource(CatalogueService service, Caller caller, IdempotentRequests idempotent) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft (idempotent: publishing a published version changes nothing and emits nothing)")
    public Response publish(@PathParam("id") UUID id) {
        return CatalogueResponses.ok(service.publish(id));
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive a published version (idempotent)")
    public Response archive(@PathParam("id") UUID id) {
        return CatalogueResponses.ok(service.archive(id));
    }

    @POST
    @Path("{id}/copy")
    @Operation(summary = "Copy a published (or archived) version into a new draft, version + 1")
    public Response copy(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("copy " + id, ""),
                () -> CatalogueResponses.created(service.copy(id)));
    }
}
