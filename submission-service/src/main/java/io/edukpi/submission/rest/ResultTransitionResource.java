package io.edukpi.submission.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.json.RefusedInputException;
import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.domain.Transition;
import io.edukpi.submission.service.ResultReview;
import io.edukpi.submission.service.ResultView;
import io.edukpi.submission.service.TransitionRequest;

/**
 * The certification workflow of a result: submit, certify, accept, return, reopen. Each answers the result as
 * it is after the step, with its new ETag.
 */
@Path(ResultResource.BASE + "/{id}")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "The result after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)), headers = @Header(name = "ETag", description = ResultAnswers.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)))
@APIResponse(responseCode = "409", description = ResultAnswers.TRANSITION_CONFLICT)
@APIResponse(responseCode = "412", description = ResultAnswers.STALE)
@APIResponse(responseCode = "422", description = ResultAnswers.TRANSITION_UNPROCESSABLE)
public class ResultTransitionResource {

    private final ResultReview review;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final ResultAnswers answers;

    public ResultTransitionResource(ResultReview review, IdempotentRequests idempotent, Caller caller, ObjectMapper mapper) {
        this.review = review;
        this.idempotent = idempotent;
        this.caller = caller;
        this.mapper = mapper;
        this.answers = new ResultAnswers(mapper);
    }

    @POST
    @Path("/submit")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Operation(summary = "Submit a draft to the office's indicator supervisor (data collector)", description = "Refused before the earlier rounds of the indicator are certified; after the deadline refused "
            + "or marked late, per the catalogue.")
    public Response submitResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = ResultAnswers.IF_MATCH, example = ResultAnswers.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = ResultAnswers.KEY_USE, example = ResultAnswers.KEY_EXAMPLE) @HeaderParam(IdempotentRequests.HEADER) String key) {
        return transition(id, Transition.SUBMIT, ifMatch, key, null);
    }

    @POST
    @Path("/certify")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Operation(summary = "Certify a submitted result (the office's indicator supervisor; not the one who submitted it)", description = "For "
            + "area-officer of the result's office; the one who submitted it is refused (403, own-submission). Moves "
            + "SUBMITTED to CERTIFIED and answers the result with its new ETag; with an Idempotency-Key a retry "
            + "answers the same.")
    public Response certifyResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = ResultAnswers.IF_MATCH, example = ResultAnswers.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = ResultAnswers.KEY_USE, example = ResultAnswers.KEY_EXAMPLE) @HeaderParam(IdempotentRequests.HEADER) String key) {
        return transition(id, Transition.CERTIFY, ifMatch, key, null);
    }

    @POST
    @Path("/accept")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Accept a certified result (OBEC reviewer): it goes to scoring", description = "No body, or a JSON body with a reviewer's fractional score for a MILESTONE indicator and its reason.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransitionRequest.class), examples = @ExampleObject(name = "reviewer score", value = Examples.ACCEPT_REVIEWER_SCORE)))
    public Response acceptResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = ResultAnswers.IF_MATCH, example = ResultAnswers.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = ResultAnswers.KEY_USE, example = ResultAnswers.KEY_EXAMPLE) @HeaderParam(IdempotentRequests.HEADER) String key,
            byte[] body) {
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
    @Path("/return")
    @RolesAllowed({ Roles.AREA_OFFICER, Roles.REVIEWER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a result to the office as a draft, with a reason", description = "A SUBMITTED result is returned by the office's supervisor, a CERTIFIED one by OBEC's reviewer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "return", value = Examples.RETURN_REASON)))
    public Response returnResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = ResultAnswers.IF_MATCH, example = ResultAnswers.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = ResultAnswers.KEY_USE, example = ResultAnswers.KEY_EXAMPLE) @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull TransitionRequest body) {
        return transition(id, Transition.RETURN, ifMatch, key, body);
    }

    @POST
    @Path("/reopen")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen an accepted result with a reason (obec-admin)", description = "Makes a new version as a draft and withdraws the accepted one downstream (submission.withdrawn).")
    public Response reopenResult(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = ResultAnswers.IF_MATCH, example = ResultAnswers.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = ResultAnswers.KEY_USE, example = ResultAnswers.KEY_EXAMPLE) @HeaderParam(IdempotentRequests.HEADER) String key,
            @NotNull TransitionRequest body) {
        return transition(id, Transition.REOPEN, ifMatch, key, body);
    }

    /**
     * One step of the workflow. With an Idempotency-Key, a retry (same step, result, If-Match and body) answers
     * what the first did: a step whose answer was lost is not refused as a conflict with itself.
     */
    private Response transition(UUID id, Transition transition, String ifMatch, String key, TransitionRequest body) {
        TransitionRequest request = body == null ? TransitionRequest.NONE : body;
        String fingerprint = IdempotentRequests.fingerprint(transition + " " + id + " " + ifMatch, request.toString());
        return answers.tagged(idempotent.run(caller.name(), key, fingerprint,
                () -> ResultAnswers.ok(review.transition(id, transition, ifMatch, request))));
    }
}
