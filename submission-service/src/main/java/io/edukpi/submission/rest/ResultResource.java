package io.edukpi.submission.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.service.ResultContent;
import io.edukpi.submission.service.ResultEditing;
import io.edukpi.submission.service.ResultQueries;
import io.edukpi.submission.service.ResultView;

/** Results per office, indicator and round: listed, opened, read and keyed (the workflow's steps are beside). */
@Path(ResultResource.BASE)
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    static final String BASE = "/api/v1/submissions/results";

    private final ResultEditing editing;
    private final ResultQueries queries;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final ResultAnswers answers;

    public ResultResource(ResultEditing editing, ResultQueries queries, IdempotentRequests idempotent, Caller caller,
            ObjectMapper mapper) {
        this.editing = editing;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
        this.answers = new ResultAnswers(mapper);
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "List results (an area officer sees its own office only)", description = "Filters combine; "
            + "paged (page from 0, size 1-500, default 20) with an RFC 8288 Link header, ordered by office, year, "
            + "level, round and indicator.")
    @APIResponse(responseCode = "200", description = "One page of results", headers = @Header(name = "Link", description = "Links to the first, prev, next and last pages (RFC 8288)", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the page's current ETag")
    @APIResponse(responseCode = "400", description = "year-era, unknown-value, page-out-of-range, size-out-of-range: a B.E. "
            + "fiscal year (send C.E.), a level or state that is not one of the allowed values, or a page or size out of range")
    public RestResponse<Page<ResultView>> listResults(
            @Parameter(description = QueryValues.FISCAL_YEAR, example = "2011") @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = QueryValues.LEVEL, schema = @Schema(implementation = QueryValues.Level.class)) @QueryParam("level") String level,
            @Parameter(description = QueryValues.ROUND, example = "6") @QueryParam("round") Integer round,
            @Parameter(description = QueryValues.OFFICE, example = "5001") @QueryParam("officeCode") String officeCode,
            @Parameter(description = "Indicator code", example = "1.1.1") @QueryParam("indicatorCode") String indicatorCode,
            @Parameter(description = "Workflow state (anything else is refused with unknown-value)", schema = @Schema(implementation = ResultState.class)) @QueryParam("state") String state,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Results per page, 1-500 (default 20)", example = "20") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        ResultQueries.Filter filter = new ResultQueries.Filter(QueryValues.fiscalYear(fiscalYear), QueryValues.level(level),
                round, officeCode, indicatorCode, Enums.parse(ResultState.class, "state", state));
        return queries.list(filter, request).answer(uri);
    }

    @POST
    @RolesAllowed(Roles.AREA_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a result of the caller's office as a draft, with what is keyed so far", description = "officeCode defaults to the caller's office. One result per office, indicator and round (409 "
            + "when it exists). FORM indicators take no value: it is computed from officeForm and the schools' "
            + "forms. Idempotency-Key makes a retry safe.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "threshold", value = Examples.CREATE_THRESHOLD),
            @ExampleObject(name = "milestone", value = """
                    {"fiscalYear": 2011, "level": "OBEC_AGREEMENT", "round": 6, "indicatorCode": "1.1.10.1", "stepsCompleted": [1, 2, 3]}""") }))
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)), headers = {
            @Header(name = "Location", description = "The new result's URL", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ResultAnswers.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "409", description = "result-exists, office-not-registered: the office already has this "
            + "result (change that one), or the office is not registered in student-registry-service yet")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused, unknown-round, indicator-not-scored, "
            + "indicator-not-started, indicator-cancelled: the Idempotency-Key was used for a different request, or the "
            + "catalogue takes no result of the indicator in this round")
    public Response createResult(@NotNull @Valid CreateResult body,
            @Parameter(description = ResultAnswers.KEY_USE, example = ResultAnswers.KEY_EXAMPLE) @HeaderParam(IdempotentRequests.HEADER) String key) {
        QueryValues.fiscalYear(body.fiscalYear());
        return answers.tagged(idempotent.run(caller.name(), key,
                IdempotentRequests.fingerprint("create-result", body.toString()), () -> {
                    ResultView view = editing.create(body.key(), body.content());
                    return Response.created(URI.create(BASE + "/" + view.id())).tag(ResultAnswers.tag(view)).entity(view)
                            .build();
                }));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "One result, with its ETag (send it back in If-Match to change the result)", description = "For obec-admin, reviewer and "
            + "area-officer; an area officer sees its own office's results only (another office's answers 404 like a "
            + "missing one). Answers the content, the workflow state and who did what when; 304 when If-None-Match "
            + "holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)), headers = @Header(name = "ETag", description = ResultAnswers.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the result's current ETag")
    public Response getResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Context Request request) {
        ResultView view = queries.get(id);
        EntityTag tag = ResultAnswers.tag(view);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(view).tag(tag).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the keyed content of a DRAFT or RETURNED result (If-Match required)", description = "412 when the result changed since it was read, 428 without If-Match.")
    @APIResponse(responseCode = "200", description = "The result as changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)), headers = @Header(name = "ETag", description = ResultAnswers.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "conflict: the result is not a DRAFT or RETURNED one, so it cannot be changed")
    @APIResponse(responseCode = "412", description = ResultAnswers.STALE)
    @APIResponse(responseCode = "428", description = ResultAnswers.MISSING)
    public Response updateResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = ResultAnswers.IF_MATCH, required = true, example = ResultAnswers.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ResultContent content) {
        return ResultAnswers.ok(editing.update(id, ifMatch, content));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "Every transition and change of the result: who, when, from, to, reason, before and after", description = "For "
            + "obec-admin, reviewer and area-officer (an area officer for its own office's results only; another "
            + "office's answers 404). A plain list, oldest first; a change carries the content before and after it.")
    @APIResponse(responseCode = "200", description = "The result's audit trail, oldest first")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the trail's current ETag")
    public List<ResultQueries.AuditEntry> resultAudit(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id) {
        return queries.audit(id);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "Every accepted version of the result, as it was accepted (withdrawn ones say when)", description = "For "
            + "obec-admin, reviewer and area-officer (an area officer for its own office's results only). Empty until "
            + "the result is first accepted; an obec-admin's reopening withdraws the accepted version and the next "
            + "acceptance adds another.")
    @APIResponse(responseCode = "200", description = "The accepted versions, oldest first")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the list's current ETag")
    public List<ResultQueries.AcceptedVersion> resultVersions(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id) {
        return queries.versions(id);
    }
}
