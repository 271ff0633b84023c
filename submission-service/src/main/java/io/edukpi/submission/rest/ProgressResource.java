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
import io.edukpi.submission.service.ProgressGridService;
import io.edukpi.submission.service.RoundProgressService;

/** How far every office is with a round (OBEC's view), as figures per office or as an office x indicator grid. */
@Path("/api/v1/submissions/progress")
@Tag(name = "Submissions")
public class ProgressResource {

    private final RoundProgressService progress;
    private final ProgressGridService grids;

    public ProgressResource(RoundProgressService progress, ProgressGridService grids) {
        this.progress = progress;
        this.grids = grids;
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

    @GET
    @Path("grid")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER })
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @Operation(summary = "Office x indicator grid: each office's state of each expected result, late, days left", description = "Counted as GET "
            + "/api/v1/submissions/progress: against the latest catalogue of the year and level, the columns are the "
            + "indicators that take a result in the round, a cell's state is null while its result is not started. "
            + "OBEC roles see every registered office, an area officer only its own office's row. lateOnly=true keeps "
            + "the late offices only. JSON by default; CSV (UTF-8 with BOM, one row per office and indicator) with "
            + "Accept: text/csv or ?format=csv.")
    @APIResponse(responseCode = "200", description = "The round's grid; as CSV a download named "
            + "progress-grid-<fiscalYear>-<level>-<round>.csv", headers = @Header(name = "Content-Disposition", description = CsvTable.DISPOSITION, schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressGridService.ProgressGrid.class), examples = @ExampleObject(name = "round 6", value = Examples.PROGRESS_GRID)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = Examples.PROGRESS_GRID_CSV)) })
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the answer's current ETag")
    @APIResponse(responseCode = "400", description = QueryValues.YEAR_PROBLEMS
            + "; unknown-value also for a lateOnly that is not true or false")
    @APIResponse(responseCode = "404", description = "not-found: no catalogue of that fiscal year and level is published")
    @APIResponse(responseCode = "422", description = "unknown-round: the catalogue has no such round")
    public Response grid(
            @Parameter(description = QueryValues.FISCAL_YEAR, required = true, example = "2011") @QueryParam("fiscalYear") @NotNull @Min(1900) Integer fiscalYear,
            @Parameter(description = QueryValues.LEVEL, required = true, schema = @Schema(implementation = QueryValues.Level.class)) @QueryParam("level") @NotNull String level,
            @Parameter(description = QueryValues.ROUND, required = true, example = "6") @QueryParam("round") @NotNull @Min(1) @Max(12) Integer round,
            @Parameter(description = QueryValues.LATE_ONLY, example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("lateOnly") String lateOnly,
            @Parameter(description = QueryValues.FORMAT, schema = @Schema(enumeration = { "csv",
                    "json" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        boolean csv = CsvTable.wanted(format, headers);
        ProgressGridService.ProgressGrid grid = grids.grid(QueryValues.fiscalYear(fiscalYear), QueryValues.level(level),
                round, QueryValues.flag("lateOnly", lateOnly));
        if (!csv) {
            return Response.ok(grid, MediaType.APPLICATION_JSON).build();
        }
        CsvTable table = new CsvTable("officeCode", "officeNameTh", "officeKind", "officeLate", "indicatorCode",
                "indicatorNameTh", "state", "late", "overdue", "deadline", "daysLeft");
        for (ProgressGridService.GridOffice o : grid.offices()) {
            for (int i = 0; i < o.cells().size(); i++) {
                ProgressGridService.GridCell c = o.cells().get(i);
                table.row(List.of(o.officeCode(), o.officeNameTh(), o.officeKind(), o.late(), c.indicatorCode(),
                        grid.indicators().get(i).nameTh(), c.state() == null ? "NOT_STARTED" : c.state(), c.late(),
                        c.overdue(), grid.deadline(), o.daysLeft()));
            }
        }
        return table.response("progress-grid-" + fiscalYear + "-" + level + "-" + round + ".csv", request);
    }
}
