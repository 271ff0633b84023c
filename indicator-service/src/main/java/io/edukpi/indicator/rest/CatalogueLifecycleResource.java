package io.edukpi.indicator.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(summary = "Publish a draft (idempotent: publishing a published version changes nothing and emits nothing)", description = "Validates the draft once more, publishes it (it never changes again) and announces it on catalogue.published "
            + "for scoring-service and submission-service. Only obec-admin.")
    @APIResponseSchema(value = CatalogueViews.CatalogueView.class, responseCode = "200", responseDescription = "The version, PUBLISHED")
    @APIResponse(responseCode = "409", description = "conflict (not-draft): the version is archived; copy it into a new draft")
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID
            + "; or unprocessable (too-large-to-announce): the catalogue.published event would be over its limit")
    public RestResponse<CatalogueViews.CatalogueView> publish(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id) {
        return CatalogueResponses.ok(service.publish(id));
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive a published version (idempotent)", description = "Takes a published version out of use; it stays readable, and archiving an archived version changes nothing. "
            + "Only obec-admin.")
    @APIResponseSchema(value = CatalogueViews.CatalogueView.class, responseCode = "200", responseDescription = "The version, ARCHIVED")
    @APIResponse(responseCode = "409", description = "conflict (draft-not-archived): the version is a draft; delete it instead")
    public RestResponse<CatalogueViews.CatalogueView> archive(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id) {
        return CatalogueResponses.ok(service.archive(id));
    }

    @POST
    @Path("{id}/copy")
    @Operation(summary = "Copy a published (or archived) version into a new draft, version + 1", description = "Starts the next draft of the same fiscal year and level from a published or archived version's content and "
            + "answers it with Location; copiedFrom names the source. Only obec-admin.")
    @APIResponse(responseCode = "201", description = "The new draft", headers = {
            @Header(name = HttpHeaders.LOCATION, description = CatalogueResponses.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = HttpHeaders.ETAG, description = CatalogueResponses.ETAG, schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueViews.CatalogueView.class)))
    @APIResponse(responseCode = "409", description = "conflict (draft-not-copied): the version is a draft; or conflict "
            + "(draft-exists): the fiscal year and level already have a draft")
    @APIResponse(responseCode = "422", description = CatalogueResponses.KEY_REUSED)
    public Response copy(
            @PathParam("id") @Parameter(description = "The published or archived version to copy", example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = CatalogueResponses.IDEMPOTENCY_KEY, example = "copy-2011-obec-2") String key) {
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("copy " + id, ""),
                () -> CatalogueResponses.created(service.copy(id)));
    }
}
