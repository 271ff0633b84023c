package io.edukpi.submission.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.service.SchoolFormService;

/** A school's form (2) of a FORM indicator: filled by the school itself. */
@Path("/api/v1/submissions/schools/{schoolCode}/forms/{fiscalYear}/{level}/{round}/{indicatorCode}")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolFormResource {

    private static final String SCHOOL = "The school's 10-digit code (the caller's own school)";

    private final SchoolFormService forms;

    public SchoolFormResource(SchoolFormService forms) {
        this.forms = forms;
    }

    @PUT
    @RolesAllowed(Roles.SCHOOL_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill or replace the school's form (2); the office's result is recomputed from all its schools' forms", description = "Own school only (another school's code answers 404). Allowed while the office's result is a draft.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "3.1.2", value = """
            {"checklists": {"qaActivities": ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]}}""")))
    @APIResponse(responseCode = "200", description = "The school's form as stored")
    @APIResponse(responseCode = "400", description = QueryValues.YEAR_PROBLEMS
            + "; validation: the form does not fit the indicator's school form")
    @APIResponse(responseCode = "409", description = "conflict (office-already-submitted): the office has submitted the result; a school form changes only while it is a draft")
    public SchoolFormService.SchoolForm fillSchoolForm(
            @Parameter(description = SCHOOL, example = "1050340001") @PathParam("schoolCode") @Pattern(regexp = "[0-9]{10}") String schoolCode,
            @Parameter(description = QueryValues.FISCAL_YEAR, example = "2011") @PathParam("fiscalYear") int fiscalYear,
            @Parameter(description = QueryValues.LEVEL, schema = @Schema(implementation = QueryValues.Level.class)) @PathParam("level") String level,
            @Parameter(description = QueryValues.ROUND, example = "6") @PathParam("round") int round,
            @Parameter(description = "Indicator code (a FORM indicator with a school form)", example = "3.1.2") @PathParam("indicatorCode") String indicatorCode,
            JsonNode data) {
        return forms.put(schoolCode, key(fiscalYear, level, round, indicatorCode), data);
    }

    @GET
    @RolesAllowed(Roles.SCHOOL_OFFICER)
    @Operation(summary = "The school's form (2) as filled", description = "For school-officer, of its own school only "
            + "(another school's code answers 404). Answers the form's data, who filled it and when, and the value "
            + "the office's result got from all its schools' forms; 404 while the school has not filled it.")
    @APIResponse(responseCode = "200", description = "The school's form")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the form's current ETag")
    @APIResponse(responseCode = "400", description = QueryValues.YEAR_PROBLEMS)
    public SchoolFormService.SchoolForm getSchoolForm(
            @Parameter(description = SCHOOL, example = "1050340001") @PathParam("schoolCode") String schoolCode,
            @Parameter(description = QueryValues.FISCAL_YEAR, example = "2011") @PathParam("fiscalYear") int fiscalYear,
            @Parameter(description = QueryValues.LEVEL, schema = @Schema(implementation = QueryValues.Level.class)) @PathParam("level") String level,
            @Parameter(description = QueryValues.ROUND, example = "6") @PathParam("round") int round,
            @Parameter(description = "Indicator code (a FORM indicator with a school form)", example = "3.1.2") @PathParam("indicatorCode") String indicatorCode) {
        return forms.get(schoolCode, key(fiscalYear, level, round, indicatorCode));
    }

    private static ResultKey key(int fiscalYear, String level, int round, String indicatorCode) {
        return new ResultKey(null, QueryValues.fiscalYear(fiscalYear), QueryValues.level(level), round, indicatorCode);
    }
}
