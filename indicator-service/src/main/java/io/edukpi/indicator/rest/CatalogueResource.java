package io.edukpi.indicator.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

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

import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.json.CatalogueDiffJson;
import io.edukpi.indicator.persistence.CatalogueRepository;
import io.edukpi.indicator.service.CatalogueProblems;
import io.edukpi.indicator.service.CatalogueService;
import io.edukpi.indicator.service.StoredCatalogue;

/** Reading catalogues: every role reads published and archived versions; drafts only obec-admin and reviewer. */
@Path(CatalogueResponses.BASE)
@Tag(name = "catalogues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.DASHBOARD, Roles.BATCH,
        Roles.REGISTRY_PII, Roles.MIS_CLIENT })
public class CatalogueResource {

    /** The page of summaries, named for the OpenAPI document (a generic type has no schema name of its own). */
    @Schema(name = "CatalogueSummaryPage", description = "One page of catalogue versions")
    static final class SummaryPage {
        @Schema(description = "The versions of this page, newest fiscal year first")
        public List<CatalogueSummary> items;
        @Schema(description = "Page number, from 0", example = "0")
        public int page;
        @Schema(description = "Items per page asked for (1-500)", example = "20")
        public int size;
        @Schema(description = "Versions matching the filters", example = "3")
        public long totalItems;
        @Schema(description = "Pages in the whole list (0 for an empty list)", example = "1")
        public long totalPages;
    }

    private final CatalogueService service;
    private final CatalogueAccess access;

    @Context
    Request request;

    @Context
    UriInfo uri;

    public CatalogueResource(CatalogueService service, CatalogueAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Operation(summary = "List and search catalogue versions", description = "Filter by fiscal year (C.E.), level and status; "
            + "newest first, one page at a time (Link header: first, prev, next, last). Drafts are listed only to "
            + "obec-admin and reviewer.")
    @APIResponse(responseCode = "200", description = "One page of versions", headers = @Header(name = "Link", description = "RFC 8288 links to the first, prev, next and last pages", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryPage.class)))
    @APIResponse(responseCode = "304", description = CatalogueResponses.NOT_MODIFIED)
    public RestResponse<Page<CatalogueSummary>> list(
            @QueryParam("fiscalYear") @Parameter(description = "Fiscal year, C.E. (a B.E. year such as 2554 is refused with year-era)", example = "2011", schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2399")) String fiscalYearText,
            @QueryParam("level") @Parameter(description = "Only this level", schema = @Schema(implementation = Catalogue.Level.class)) String level,
            @QueryParam("status") @Parameter(description = "Only these states (repeatable); all when absent", schema = @Schema(type = SchemaType.ARRAY, implementation = Catalogue.Status.class)) List<String> statuses,
            @QueryParam("page") @Parameter(description = "Page number, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String pageText,
            @QueryParam("size") @Parameter(description = "Versions per page, 1 to 500", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20")) String sizeText) {
        CatalogueRepository.Search search = CatalogueSearchQuery.parse(fiscalYearText, level, statuses, pageText, sizeText);
        if (!access.seesDrafts()) {
            search = new CatalogueRepository.Search(search.fiscalYear(), search.level(),
                    search.statuses().stream().filter(s -> s != Catalogue.Status.DRAFT).toList(), search.page(),
                    search.size());
        }
        CatalogueRepository.Result result = search.statuses().isEmpty() ? new CatalogueRepository.Result(List.of(), 0)
                : service.search(search);
        // Commons' BodyETags tags the page and answers If-None-Match.
        return Page.of(result.items().stream().map(CatalogueSummary::of).toList(),
                new PageRequest(search.page(), search.size()), result.total()).answer(uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One catalogue version: summary, validation findings and the canonical content", description = "Answers the version with its findings and its content in the canonical JSON (docs/catalogue.schema.json) and an ETag. "
            + CatalogueResponses.WHO_READS)
    @APIResponseSchema(value = CatalogueViews.CatalogueView.class, responseCode = "200", responseDescription = "The version")
    @APIResponse(responseCode = "304", description = CatalogueResponses.NOT_MODIFIED)
    public RestResponse<CatalogueViews.CatalogueView> get(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id) {
        StoredCatalogue c = access.visible(id);
        return CatalogueResponses.conditional(request, CatalogueResponses.tag(c),
                () -> RestResponse.ResponseBuilder.ok(CatalogueViews.CatalogueView.of(c)));
    }

    @GET
    @Path("{id}/tree")
    @Operation(summary = "The indicator hierarchy of one version", description = "Answers the version's indicators as a tree, top-level indicators first, each with its children, weights and units. "
            + CatalogueResponses.WHO_READS)
    @APIResponseSchema(value = CatalogueViews.TreeView.class, responseCode = "200", responseDescription = "The hierarchy")
    @APIResponse(responseCode = "304", description = CatalogueResponses.NOT_MODIFIED)
    public RestResponse<CatalogueViews.TreeView> tree(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id) {
        StoredCatalogue c = access.visible(id);
        return CatalogueResponses.conditional(request, CatalogueResponses.tag(c),
                () -> RestResponse.ResponseBuilder.ok(CatalogueViews.TreeView.of(c)));
    }

    @GET
    @Path("{id}/indicators/{code}")
    @Operation(summary = "One indicator by code, with its ancestors, children and findings", description = "Answers the indicator in the canonical JSON with the codes of its ancestors and children and the findings about it; "
            + "an unknown code is not-found (404). " + CatalogueResponses.WHO_READS)
    @APIResponseSchema(value = CatalogueViews.IndicatorView.class, responseCode = "200", responseDescription = "The indicator")
    @APIResponse(responseCode = "304", description = CatalogueResponses.NOT_MODIFIED)
    public RestResponse<CatalogueViews.IndicatorView> indicator(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @PathParam("code") @Parameter(description = CatalogueResponses.CODE, example = "3.1.3") String code) {
        StoredCatalogue c = access.visible(id);
        Indicator i = c.content().indicator(code).orElseThrow(() -> CatalogueProblems.indicatorNotFound(code));
        return CatalogueResponses.conditional(request, CatalogueResponses.tag(c),
                () -> RestResponse.ResponseBuilder.ok(CatalogueViews.IndicatorView.of(c, i)));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from version 'from' to this one: catalogue fields, indicators added, removed, changed", description = "Compares two versions of any fiscal year or level: the catalogue fields that differ and the indicator codes "
            + "added, removed or changed (with the changed fields). Without from the answer is validation (400). "
            + CatalogueResponses.WHO_READS)
    @APIResponseSchema(value = CatalogueDiffJson.class, responseCode = "200", responseDescription = "The changes; empty is true when there are none")
    @APIResponse(responseCode = "304", description = CatalogueResponses.NOT_MODIFIED)
    public RestResponse<CatalogueDiffJson> diff(
            @PathParam("id") @Parameter(description = "The newer version's id", example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @QueryParam("from") @Parameter(description = "The older version's id (required)", required = true, example = "5d7e2a94-1f3b-4c6d-8e9f-0a1b2c3d4e5f") UUID from) {
        if (from == null) {
            throw ProblemException.invalid(List.of(IndicatorMessage.REQUIRED.at("from")));
        }
        access.visible(id);
        access.visible(from);
        // Commons' BodyETags tags the diff and answers If-None-Match.
        return RestResponse.ok(CatalogueDiffJson.of(service.diff(from, id)));
    }
}
