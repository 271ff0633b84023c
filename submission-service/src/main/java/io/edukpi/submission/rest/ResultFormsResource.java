package io.edukpi.submission.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.security.Roles;
import io.edukpi.submission.service.SchoolFormService;
import io.edukpi.submission.service.ScorePreview;

/** What the office looks at while it keys a result: its schools' forms and the score a value would get. */
@Path("/api/v1/submissions/results/{id}")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class ResultFormsResource {

    private final SchoolFormService forms;
    private final ScorePreview preview;

    public ResultFormsResource(SchoolFormService forms, ScorePreview preview) {
        this.forms = forms;
        this.preview = preview;
    }

    @GET
    @Path("/school-forms")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Operation(summary = "The schools' forms (2) of a FORM result, and which of the office's schools have not filled theirs", description = "For "
            + "obec-admin, reviewer and area-officer (an area officer for its own office's results only; another "
            + "office's answers 404). Answers how many schools the registry knows, how many filled their form, each "
            + "form and the schools still owing one.")
    @APIResponse(responseCode = "200", description = "The schools' forms and the schools that owe one")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the answer's current ETag")
    public SchoolFormService.Overview resultSchoolForms(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id) {
        return forms.overview(id);
    }

    @POST
    @Path("/preview")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The score a value would get (asked of scoring-service), with its explanation; nothing stored", description = "Without a body: the result's current value. 503 when scoring-service does not answer.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "value", value = "{\"value\": 74.36}")))
    @APIResponse(responseCode = "200", description = "scoring-service's evaluation of the value, as it answers it (see its "
            + "POST /api/v1/scoring/evaluate)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "A criterion's "
                    + "score: score, displayScore, percent, segment, arithmetic (the explanation), as scoring-service answers it")))
    @APIResponse(responseCode = "503", description = "scoring-unavailable: scoring-service did not answer; keying and submitting still work")
    public JsonNode previewScore(
            @Parameter(description = ResultAnswers.ID, example = ResultAnswers.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            ScorePreview.Request request) {
        return preview.preview(id, request, authorization);
    }
}
