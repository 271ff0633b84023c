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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    static final String INDICATOR_EXAMPLE = IndicatorMessage.Examples.INDICATOR;
    static final String IF_MATCH_EXAMPLE = "\"0b8f1c52-8d1e-4c55-9a57-3b2e8c1d7f10-3\"";

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
    @Operation(summary = "Create a draft from canonical catalogue JSON (docs/catalogue.schema.json)", description = "Validates the catalogue and stores it as the draft of its fiscal year and level, numbered after the last version; "
            + "answers it with Location and ETag. Only obec-admin; an Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "The draft, version 1 or the next of its fiscal year and level", headers = {
            @Header(name = HttpHeaders.LOCATION, description = CatalogueResponses.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = HttpHeaders.ETAG, description = CatalogueResponses.ETAG, schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueViews.CatalogueView.class)))
    @APIResponse(responseCode = "409", description = "conflict (draft-exists): the fiscal year and level already have a draft; edit or delete it first")
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID + "; or " + CatalogueResponses.KEY_REUSED)
    public Response create(
            @RequestBody(description = "Canonical catalogue JSON (docs/catalogue.schema.json)", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "minimal", value = EXAMPLE))) byte[] body,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = CatalogueResponses.IDEMPOTENCY_KEY, example = "create-2012-obec-1") String key) {
        Catalogue content = CatalogueJson.read(body);
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("create", body),
                () -> CatalogueResponses.created(service.createDraft(content, null)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft's content (If-Match recommended)", description = "Replaces the whole content of a draft after validating it and answers the new state with a new ETag; published "
            + "and archived versions never change. Only obec-admin.")
    @APIResponseSchema(value = CatalogueViews.CatalogueView.class, responseCode = "200", responseDescription = "The draft as changed")
    @APIResponse(responseCode = "409", description = CatalogueResponses.NOT_DRAFT
            + "; or conflict (draft-keeps-year-and-level): the content names another fiscal year or level")
    @APIResponse(responseCode = "412", description = CatalogueResponses.STALE)
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID)
    public RestResponse<CatalogueViews.CatalogueView> replace(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = CatalogueResponses.IF_MATCH, example = IF_MATCH_EXAMPLE) String ifMatch,
            @RequestBody(description = "The whole new content: canonical catalogue JSON (docs/catalogue.schema.json)", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "minimal", value = EXAMPLE))) byte[] body) {
        return CatalogueResponses.ok(service.replace(id, ifMatch, CatalogueJson.read(body)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft", description = "Deletes a draft for good (a published version is archived instead); nothing is announced. Only obec-admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = CatalogueResponses.NOT_DRAFT)
    @APIResponse(responseCode = "412", description = CatalogueResponses.STALE)
    public void delete(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = CatalogueResponses.IF_MATCH, example = IF_MATCH_EXAMPLE) String ifMatch) {
        service.deleteDraft(id, ifMatch);
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an indicator to a draft (placed after its parent's last descendant)", description = "Adds one indicator, validates the whole draft and answers the indicator with its place and Location. "
            + "Only obec-admin.")
    @APIResponse(responseCode = "201", description = "The indicator as added", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new indicator's URL", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = HttpHeaders.ETAG, description = CatalogueResponses.ETAG, schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueViews.IndicatorView.class)))
    @APIResponse(responseCode = "409", description = CatalogueResponses.NOT_DRAFT)
    @APIResponse(responseCode = "412", description = CatalogueResponses.STALE)
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID + " (duplicate-code, orphan-parent ...)")
    public RestResponse<CatalogueViews.IndicatorView> addIndicator(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = CatalogueResponses.IF_MATCH, example = IF_MATCH_EXAMPLE) String ifMatch,
            @RequestBody(description = "One indicator as in the canonical catalogue JSON", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE))) byte[] body) {
        Indicator indicator = CatalogueJson.readIndicator(CatalogueJson.readObject(body));
        StoredCatalogue c = service.addIndicator(id, ifMatch, indicator);
        return RestResponse.ResponseBuilder.<CatalogueViews.IndicatorView> created(
                uri.getBaseUriBuilder().path(CatalogueResponses.BASE)
                        .path(id.toString()).path("indicators").path(indicator.code()).build())
                .tag(CatalogueResponses.tag(c)).entity(CatalogueViews.IndicatorView.of(c, indicator)).build();
    }

    @PUT
    @Path("{id}/indicators/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an indicator of a draft (the code stays; move changes the parent)", description = "Replaces one indicator's fields (its code and parent stay) and answers it after validating the draft. "
            + "Only obec-admin.")
    @APIResponseSchema(value = CatalogueViews.IndicatorView.class, responseCode = "200", responseDescription = "The indicator as changed")
    @APIResponse(responseCode = "409", description = CatalogueResponses.NOT_DRAFT)
    @APIResponse(responseCode = "412", description = CatalogueResponses.STALE)
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID)
    public RestResponse<CatalogueViews.IndicatorView> replaceIndicator(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @PathParam("code") @Parameter(description = CatalogueResponses.CODE, example = "3.1.3") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = CatalogueResponses.IF_MATCH, example = IF_MATCH_EXAMPLE) String ifMatch,
            @RequestBody(description = "The indicator; its code may be left out (the path's is used) but must not differ", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE))) byte[] body) {
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
        return RestResponse.ResponseBuilder.ok(CatalogueViews.IndicatorView.of(c, indicator)).tag(CatalogueResponses.tag(c))
                .build();
    }

    @POST
    @Path("{id}/indicators/{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an indicator (with its subtree) a new parent; parentCode null makes it top-level", description = "Moves the indicator and its descendants under another parent and answers the whole draft; a move into its own "
            + "subtree is refused (cycle). Only obec-admin.")
    @APIResponseSchema(value = CatalogueViews.CatalogueView.class, responseCode = "200", responseDescription = "The draft as changed")
    @APIResponse(responseCode = "409", description = CatalogueResponses.NOT_DRAFT)
    @APIResponse(responseCode = "412", description = CatalogueResponses.STALE)
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID + " (cycle, orphan-parent ...)")
    public RestResponse<CatalogueViews.CatalogueView> moveIndicator(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @PathParam("code") @Parameter(description = CatalogueResponses.CODE, example = "3.1.3") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = CatalogueResponses.IF_MATCH, example = IF_MATCH_EXAMPLE) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "under 3.1", value = "{\"parentCode\": \"3.1\"}"))) CatalogueViews.MoveRequest move) {
        if (move == null) {
            throw ProblemException.invalid(List.of(IndicatorMessage.REQUIRED.at("parentCode")));
        }
        return CatalogueResponses.ok(service.moveIndicator(id, ifMatch, code, move.parentCode()));
    }

    @DELETE
    @Path("{id}/indicators/{code}")
    @Operation(summary = "Remove an indicator without children from a draft", description = "Removes one leaf indicator and answers the draft; an indicator with children is refused (remove or move them "
            + "first). Only obec-admin.")
    @APIResponseSchema(value = CatalogueViews.CatalogueView.class, responseCode = "200", responseDescription = "The draft as changed")
    @APIResponse(responseCode = "409", description = CatalogueResponses.NOT_DRAFT
            + "; or conflict (indicator-has-children): remove or move its children first")
    @APIResponse(responseCode = "412", description = CatalogueResponses.STALE)
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID)
    public RestResponse<CatalogueViews.CatalogueView> removeIndicator(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @PathParam("code") @Parameter(description = CatalogueResponses.CODE, example = "3.1.3") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = CatalogueResponses.IF_MATCH, example = IF_MATCH_EXAMPLE) String ifMatch) {
        return CatalogueResponses.ok(service.removeIndicator(id, ifMatch, code));
    }
}
