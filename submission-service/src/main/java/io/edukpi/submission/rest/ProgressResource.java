package io.edukpi.submission.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.service.RoundProgressService;

/** How far every office is with a round (OBEC's view). */
@Path("/api/v1/submissions/progress")
@Tag(name = "Submissions")
public class ProgressResource {

    private final RoundProgressService progress;

    public ProgressResource(RoundProgressService progress) {
        this.progress = progress;
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @Operation(summary = "Per office: results per state, expected, not started, late submissions, late or not, days left", description = "Every registered area office, against the latest catalogue of the year and level. Expected = "
            + "the indicators that take a result in the round; an office is late when the deadline (a Bangkok "
            + "date) has passed and not all its expected results are certified or accepted. JSON by default; "
            + "CSV (UTF-8 with BOM) with Accept: text/csv or ?format=csv.")
    @APIResponse(responseCode = "200", description = "The round's progress per office; as CSV a download named "
            + "progress-<fiscalYear>-<level>-<round>.csv", headers = @Header(name = "Content-Disposition", description = CsvTable.DISPOSITION, schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundProgressService.RoundOverview.class), examples = @ExampleObject(name = "round 6", value = Examples.ROUND_PROGRESS)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = Examples.ROUND_PROGRESS_CSV)) })
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the answer's current ETag")
    @APIResponse(responseCode = "400", description = QueryValues.YEAR_PROBLEMS)
    @APIResponse(responseCode = "404", description = "not-found: no catalogue of that fiscal year and level is published")
    public Response overview(
            @Parameter(description = QueryValues.FISCAL_YEAR, required = true, example = "2011") @QueryParam("fiscalYear") @NotNull @Min(1900) Integer fiscalYear,
            @Parameter(description = QueryValues.LEVEL, required = true, schema = @Schema(implementation = QueryValues.Level.class)) @QueryParam("level") @NotNull String level,
            @Parameter(description = QueryValues.ROUND, required = true, example = "6") @QueryParam("round") @NotNull @Min(1) @Max(12) Integer round,
            @Parameter(description = QueryValues.FORMAT, schema = @Schema(enumeration = { "csv",
                    "json" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        boolean csv = CsvTable.wanted(format, headers);
        RoundProgressService.RoundOverview overview = progress.overview(QueryValues.fiscalYear(fiscalYear),
                QueryValues.level(level), round);
        if (!csv) {
            return Response.ok(overview, MediaType.APPLICATION_JSON).build();
        }
        CsvTable table = new CsvTable("officeCode", "officeNameTh", "officeKind", "expected", "notStarted", "draft",
                "submitted", "certified", "accepted", "returned", "lateSubmissions", "late", "deadline", "daysLeft");
        for (RoundProgressService.OfficeProgress o : overview.offices()) {
            table.row(List.of(o.officeCode(), o.officeNameTh(), o.officeKind(), o.expected(), o.notStarted(), o.draft(),
                    o.submitted(), o.certified(), o.accepted(), o.returned(), o.lateSubmissions(), o.late(),
                    overview.deadline(), o.daysLeft()));
        }
        return table.response("progress-" + fiscalYear + "-" + level + "-" + round + ".csv", request);
    }
}
