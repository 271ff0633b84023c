package io.edukpi.indicator.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.persistence.CatalogueRepository;
import io.edukpi.indicator.service.CatalogueProblems;
import io.edukpi.indicator.service.CatalogueService;
import io.edukpi.indicator.service.StoredCatalogue;

/**
 * Reads of {@code /api/v1/catalogues}: lists, one version, its tree, one indicator, diffs. Every role of the
 * platform reads; drafts are filtered per caller ({@link CatalogueAccess}). The other resources on the same
 * path: {@link CatalogueDraftResource}, {@link CatalogueLifecycleResource}, {@link CatalogueFileResource}.
 */
@Path(CatalogueResponses.BASE)
@Tag(name = "catalogues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.DASHBOARD, Roles.BATCH,
        Roles.REGISTRY_PII, Roles.MIS_CLIENT })
public class CatalogueResource {

    private final CatalogueService service;
    private final CatalogueAccess access;
    private final ObjectMapper mapper;

    @Context
    Request request;

    public CatalogueResource(CatalogueService service, CatalogueAccess access, ObjectMapper mapper) {
        this.service = service;
        this.access = access;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "List and search catalogue versions", description = "Filter by fiscal year (C.E. as fiscalYear, or B.E. as fiscalYearBe), level and status. Newest first.")
    public Response list(@QueryParam("fiscalYear") @Parameter(description = "C.E.", example = "2011") String fiscalYearText,
            @QueryParam("fiscalYearBe") @Parameter(description = "B.E.", example = "2554") String fiscalYearBeText,
            @QueryParam("level") @Parameter(example = "OBEC_AGREEMENT") String level,
            @QueryParam("status") @Parameter(description = "repeatable", example = "PUBLISHED") List<String> statuses,
            @QueryParam("page") @DefaultValue("0") String pageText,
            @QueryParam("size") @DefaultValue("20") String sizeText) {
        CatalogueRepository.Search search = CatalogueSearchQuery.parse(fiscalYearText, fiscalYearBeText, level, statuses,
                pageText, sizeText);
        if (!access.seesDrafts()) {
            search = new CatalogueRepository.Search(search.fiscalYear(), search.level(),
                    search.statuses().stream().filter(s -> s != Catalogue.Status.DRAFT).toList(), search.page(),
                    search.size());
        }
        CatalogueRepository.Result result = search.statuses().isEmpty() ? new CatalogueRepository.Result(List.of(), 0)
                : service.search(search);
        return withHashEtag(new CatalogueViews.PageView<>(result.items().stream().map(CatalogueSummary::of).toList(),
                search.page(), search.size(), result.total()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One catalogue version: summary, validation findings and the canonical content")
    public Response get(@PathParam("id") UUID id) {
        StoredCatalogue c = access.visible(id);
        return CatalogueResponses.conditional(request, CatalogueResponses.tag(c),
                () -> Response.ok(CatalogueViews.CatalogueView.of(c)));
    }

    @GET
    @Path("{id}/tree")
    @Operation(summary = "The indicator hierarchy of one version")
    public Response tree(@PathParam("id") UUID id) {
        StoredCatalogue c = access.visible(id);
        return CatalogueResponses.conditional(request, CatalogueResponses.tag(c),
                () -> Response.ok(CatalogueViews.TreeView.of(c)));
    }

    @GET
    @Path("{id}/indicators/{code}")
    @Operation(summary = "One indicator by code, with its ancestors, children and findings")
    public Response indicator(@PathParam("id") UUID id, @PathParam("code") String code) {
        StoredCatalogue c = access.visible(id);
        Indicator i = c.content().indicator(code).orElseThrow(() -> CatalogueProblems.indicatorNotFound(code));
        return CatalogueResponses.conditional(request, CatalogueResponses.tag(c),
                () -> Response.ok(CatalogueViews.IndicatorView.of(c, i)));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from version 'from' to this one: catalogue fields, indicators added, removed, changed")
    public Response diff(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(description = "id of the older version") UUID from) {
        if (from == null) {
            throw ProblemException.invalid(List.of(IndicatorMessage.REQUIRED.at("from")));
        }
        access.visible(id);
        access.visible(from);
        return withHashEtag(service.diff(from, id));
    }

    /** Serialised once here; commons' BodyETags tags the bytes and answers If-None-Match. */
    private Response withHashEtag(Object body) {
        try {
            return Response.ok(mapper.writeValueAsBytes(body), MediaType.APPLICATION_JSON).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
