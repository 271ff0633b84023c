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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    public SchoolFormService.SchoolForm fillSchoolForm(
            @PathParam("schoolCode") @Pattern(regexp = "[0-9]{10}") String schoolCode,
            @PathParam("fiscalYear") int fiscalYear,
            @PathParam("level") @Pattern(regexp = "OBEC_AGREEMENT|AREA_OFFICE_MEASURES") String level,
            @PathParam("round") int round, @PathParam("indicatorCode") String indicatorCode,
            JsonNode data) {
        return forms.put(schoolCode, new ResultKey(null, fiscalYear, level, round, indicatorCode), data);
    }

    @GET
    @RolesAllowed(Roles.SCHOOL_OFFICER)
    @Operation(summary = "The school's form (2) as filled")
    public SchoolFormService.SchoolForm getSchoolForm(@PathParam("schoolCode") String schoolCode,
            @PathParam("fiscalYear") int fiscalYear,
            @PathParam("level") String level, @PathParam("round") int round,
            @PathParam("indicatorCode") String indicatorCode) {
        return forms.get(schoolCode, new ResultKey(null, fiscalYear, level, round, indicatorCode));
    }
}
