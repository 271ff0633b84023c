package io.edukpi.indicator.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.service.CatalogueService;
import io.edukpi.indicator.service.StoredCatalogue;

/** Creating and editing drafts (obec-admin only): the draft itself and its indicators. */
@Path(CatalogueResponses.BASE)
@Tag(name = "catalogues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OBEC_ADMIN)
public class CatalogueDraftResource {

    /** The smallest catalogue the API accepts, shown in the OpenAPI document. */
    static final String EXAMPLE = IndicatorMessage.Examples.CATALOGUE;

    private final CatalogueService service;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    public CatalogueDraftResource(CatalogueService service, Caller caller, IdempotentRequests idempotent) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft from canonical catalogue JSON (docs/catalogue.schema.json)")
    public Response create(
            @RequestBody(description = "Canonical catalogue JSON (docs/catalogue.schema.json)", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "minimal", value = EXAMPLE))) byte[] body,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Catalogue content = CatalogueJson.read(body);
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("create", body),
                () -> CatalogueResponses.created(service.createDraft(content, null)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft's content (If-Match recommended)")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        return CatalogueResponses.ok(service.replace(id, ifMatch, CatalogueJson.read(body)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteDraft(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an indicator to a draft (placed after its parent's last descendant)")
    public Response addIndicator(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        Indicator indicator = CatalogueJson.readIndicator(CatalogueJson.readObject(body));
        StoredCatalogue c = service.addIndicator(id, ifMatch, indicator);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/catalogues").path(id.toString()).path("indicators")
                .path(indicator.code()).build())
                .tag(CatalogueResponses.tag(c)).entity(CatalogueViews.IndicatorView.of(c, indicator)).build();
    }

    @PUT
    @Path("{id}/indicators/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an indicator of a draft (the code stays; move changes the parent)")
    public Response replaceIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ObjectNode node = CatalogueJson.readObject(body);
        if (!node.has("code") || node.get("code").isNull()) {
            node.put("code", code);
        }
        Indicator indicator = CatalogueJson.readIndicator(node);
        if (!code.equals(indicator.code())) {
            throw ProblemException
                    .invalid(List.of(IndicatorMessage.CODE_MISMATCH.at("code", code).withValue(indicator.code())));
        }
        StoredCatalogue c = service.replaceIndicator(id, ifMatch, code, indicator);
        return Response.ok(CatalogueViews.IndicatorView.of(c, indicator)).tag(CatalogueResponses.tag(c)).build();
    }

    @POST
    @Path("{id}/indicators/{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an indicator (with its subtree) a new parent; parentCode null makes it top-level")
    public Response moveIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "under 3.1", value = "{\"parentCode\": \"3.1\"}"))) CatalogueViews.MoveRequest move) {
        if (move == null) {
            throw ProblemException.invalid(List.of(IndicatorMessage.REQUIRED.at("parentCode")));
        }
        return CatalogueResponses.ok(service.moveIndicator(id, ifMatch, code, move.parentCode()));
    }

    @DELETE
    @Path("{id}/indicators/{code}")
    @Operation(summary = "Remove an indicator without children from a draft")
    public Response removeIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return CatalogueResponses.ok(service.removeIndicator(id, ifMatch, code));
    }
}
