package io.edukpi.submission.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.json.RefusedInputException;
import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.domain.Transition;
import io.edukpi.submission.service.ResultContent;
import io.edukpi.submission.service.ResultEditing;
import io.edukpi.submission.service.ResultQueries;
import io.edukpi.submission.service.ResultReview;
import io.edukpi.submission.service.ResultView;
import io.edukpi.submission.service.TransitionRequest;

/** Results per office, indicator and round, and their certification workflow. */
@Path(ResultResource.BASE)
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    static final String BASE = "/api/v1/submissions/results";
    private static final String KEY_USE = "a key unique per request: a retry with it answers what the first answered, "
            + "and changes nothing";

    private final ResultEditing editing;
    private final ResultReview review;
    private final ResultQueries queries;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final ObjectMapper mapper;

    public ResultResource(ResultEditing editing, ResultReview review, ResultQueries queries, IdempotentRequests idempotent,
            Caller caller,
            ObjectMapper mapper) {
        this.mapper = mapper;
        this.editing = editing;
        this.review = review;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "List results (an area officer sees its own office only)", description = "Filters combine; paged (page from 0, size up to 500), ordered by office, round and indicator.")
    public ResultQueries.Page listResults(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("level") String level,
            @QueryParam("round") Integer round, @QueryParam("officeCode") String officeCode,
            @QueryParam("indicatorCode") String indicatorCode,
            @QueryParam("state") @Parameter(schema = @Schema(enumeration = { "DRAFT",
                    "SUBMITTED", "CERTIFIED", "ACCEPTED", "RETURNED" })) String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.list(new ResultQueries.Filter(fiscalYear, level, round, officeCode, indicatorCode, state(state)),
                page, size);
    }

    /** JAX-RS answers 404 for a query value it cannot convert; a wrong state is the caller's mistake: 400. */
    private static ResultState state(String state) {
        if (state == null) {
            return null;
        }
        try {
            return ResultState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(SubmissionMessage.STATE_UNKNOWN.text(Arrays.toString(ResultState.values())),
                    List.of(SubmissionMessage.INVALID.at("state", Arrays.toString(ResultState.values())).withValue(state)));
        }
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
    public Response createResult(@NotNull @Valid CreateResult body,
            @Parameter(description = KEY_USE) @HeaderParam(IdempotentRequests.HEADER) String key) {
        return tagged(idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("create-result", body.toString()),
                () -> {
                    ResultView view = editing.create(body.key(), body.content());
                    return Response.created(URI.create(BASE + "/" + view.id())).tag(tag(view)).entity(view).build();
                }));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "One result, with its ETag (send it back in If-Match to change the result)")
    public Response getResult(@PathParam("id") UUID id, @Context Request request) {
        ResultView view = queries.get(id);
        EntityTag tag = tag(view);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(view).tag(tag).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the keyed content of a DRAFT or RETURNED result (If-Match required)", description = "412 when the result changed since it was read, 428 without If-Match.")
    public Response updateResult(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ResultContent content) {
        return ok(editing.update(id, ifMatch, content));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Operation(summary = "Submit a draft to the office's indicator supervisor (data collector)", description = "Refused before the earlier rounds of the indicator are certified; after the deadline refused "
            + "or marked late, per the catalogue.")
    public Response submitResult(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = KEY_USE) @HeaderParam(IdempotentRequests.HEADER) String key) {
        return transition(id, Transition.SUBMIT, ifMatch, key, null);
    }

    @POST
    @Path("/{id}/certify")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Operation(summary = "Certify a submitted result (the office's indicator supervisor; not the one who submitted it)")
    public Response certifyResult(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = KEY_USE) @HeaderParam(IdempotentRequests.HEADER) String key) {
        return transition(id, Transition.CERTIFY, ifMatch, key, null);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Accept a certified result (OBEC reviewer): it goes to scoring", description = "No body, or a JSON body with a reviewer's fractional score for a MILESTONE indicator and its reason.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransitionRequest.class), examples = @ExampleObject(name = "reviewer score", value = Examples.ACCEPT_REVIEWER_SCORE)))
    public Response acceptResult(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = KEY_USE) @HeaderParam(IdempotentRequests.HEADER) String key, byte[] body) {
        // The body is optional: most acceptances carry none, so no Content-Type is required.
        return transition(id, Transition.ACCEPT, ifMatch, key, optionalBody(body));
    }

    private TransitionRequest optionalBody(byte[] body) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(body, TransitionRequest.class);
        } catch (RefusedInputException e) {
            // JSON, but a value beyond the input limits: say which
            throw ProblemException.invalid(List.of(e.finding()));
        } catch (IOException e) {
            throw ProblemException.invalid(SubmissionMessage.ACCEPT_BODY_NOT_JSON.text(),
                    List.of(CommonMessage.MALFORMED_JSON.at("", "not JSON of the expected shape")));
        }
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({ Roles.AREA_OFFICER, Roles.REVIEWER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a result to the office as a draft, with a reason", description = "A SUBMITTED result is returned by the office's supervisor, a CERTIFIED one by OBEC's reviewer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "return", value = Examples.RETURN_REASON)))
    public Response returnResult(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = KEY_USE) @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull TransitionRequest body) {
        return transition(id, Transition.RETURN, ifMatch, key, body);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen an accepted result with a reason (obec-admin)", description = "Makes a new version as a draft and withdraws the accepted one downstream (submission.withdrawn).")
    public Response reopenResult(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = KEY_USE) @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull TransitionRequest body) {
        return transition(id, Transition.REOPEN, ifMatch, key, body);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "Every transition and change of the result: who, when, from, to, reason, before and after")
    public List<ResultQueries.AuditEntry> resultAudit(@PathParam("id") UUID id) {
        return queries.audit(id);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "Every accepted version of the result, as it was accepted (withdrawn ones say when)")
    public List<ResultQueries.AcceptedVersion> resultVersions(@PathParam("id") UUID id) {
        return queries.versions(id);
    }

    /**
     * One step of the workflow. With an Idempotency-Key, a retry (same step, result, If-Match and body) answers
     * what the first did: a step whose answer was lost is not refused as a conflict with itself.
     */
    private Response transition(UUID id, Transition transition, String ifMatch, String key, TransitionRequest body) {
        TransitionRequest request = body == null ? TransitionRequest.NONE : body;
        String fingerprint = IdempotentRequests.fingerprint(transition + " " + id + " " + ifMatch, request.toString());
        return tagged(idempotent.run(caller.name(), key, fingerprint,
                () -> ok(review.transition(id, transition, ifMatch, request))));
    }

    /** A replayed answer is stored without headers: its ETag is the one of the result it carries. */
    private Response tagged(Response answer) {
        if (answer.getEntityTag() != null || !(answer.getEntity() instanceof String replayed)) {
            return answer;
        }
        try {
            JsonNode view = mapper.readTree(replayed);
            return Response.fromResponse(answer)
                    .tag(tag(view.path("version").asInt(), view.path("revision").asInt())).build();
        } catch (IOException e) {
            throw new IllegalStateException("A stored answer is not the JSON it was stored as", e);
        }
    }

    static EntityTag tag(ResultView view) {
        return tag(view.version(), view.revision());
    }

    private static EntityTag tag(int version, int revision) {
        return new EntityTag(version + "." + revision);
    }

    private static Response ok(ResultView view) {
        return Response.ok(view).tag(tag(view)).build();
    }
}
