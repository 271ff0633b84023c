package io.edukpi.submission.rest;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** How far one office is with a round: each indicator, the days left, the schools that still owe a form. */
@Path("/api/v1/submissions/offices/{officeCode}/progress")
@Tag(name = "Submissions")
public class OfficeProgressResource {

    private final RoundProgressService progress;

    public OfficeProgressResource(RoundProgressService progress) {
        this.progress = progress;
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @Operation(summary = "Each indicator of the office's round: result state (null = not started), late, value, "
            + "deadline and days left, and for indicators computed from schools' forms which schools have not filled theirs", description = "An area officer sees its own office only; another office answers 404 like a missing one. "
                    + "JSON by default; CSV (UTF-8 with BOM) with Accept: text/csv or ?format=csv.")
    @APIResponse(responseCode = "200", description = "The office's round; as CSV a download named "
            + "progress-<officeCode>-<fiscalYear>-<level>-<round>.csv", headers = @Header(name = "Content-Disposition", description = CsvTable.DISPOSITION, schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundProgressService.OfficeRound.class), examples = @ExampleObject(name = "3.1.2", value = Examples.OFFICE_PROGRESS)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the answer's current ETag")
    @APIResponse(responseCode = "400", description = QueryValues.YEAR_PROBLEMS)
    @APIResponse(responseCode = "404", description = "not-found: no such office, not the caller's office, or no catalogue of that year and level")
    public Response office(
            @Parameter(description = QueryValues.OFFICE, example = "5001") @PathParam("officeCode") @Pattern(regexp = "[0-9A-Za-z-]{1,20}") String officeCode,
            @Parameter(description = QueryValues.FISCAL_YEAR, required = true, example = "2011") @QueryParam("fiscalYear") @NotNull @Min(1900) Integer fiscalYear,
            @Parameter(description = QueryValues.LEVEL, required = true, schema = @Schema(implementation = QueryValues.Level.class)) @QueryParam("level") @NotNull String level,
            @Parameter(description = QueryValues.ROUND, required = true, example = "6") @QueryParam("round") @NotNull @Min(1) @Max(12) Integer round,
            @Parameter(description = QueryValues.FORMAT, schema = @Schema(enumeration = { "csv",
                    "json" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        boolean csv = CsvTable.wanted(format, headers);
        RoundProgressService.OfficeRound office = progress.office(officeCode, QueryValues.fiscalYear(fiscalYear),
                QueryValues.level(level), round);
        if (!csv) {
            return Response.ok(office, MediaType.APPLICATION_JSON).build();
        }
        CsvTable table = new CsvTable("officeCode", "indicatorCode", "indicatorName", "resultSource", "state", "late",
                "overdue", "value", "stepsCompleted", "resultId", "deadline", "daysLeft", "schoolsKnown",
                "schoolsFilled", "schoolsWithoutForm");
        for (RoundProgressService.IndicatorProgress i : office.indicators()) {
            table.row(Arrays.asList(office.officeCode(), i.indicatorCode(), i.indicatorName(), i.resultSource(),
                    i.state() == null ? "NOT_STARTED" : i.state(), i.late(), i.overdue(), i.value(),
                    i.stepsCompleted() == null ? null
                            : i.stepsCompleted().stream().map(String::valueOf)
                                    .collect(Collectors.joining(" ")),
                    i.resultId(), i.deadline(), i.daysLeft(), i.schoolsKnown(), i.schoolsFilled(),
                    i.schoolsWithoutForm() == null ? null
                            : i.schoolsWithoutForm().stream()
                                    .map(RoundProgressService.School::schoolCode).collect(Collectors.joining(" "))));
        }
        return table.response("progress-" + officeCode + "-" + fiscalYear + "-" + level + "-" + round + ".csv", request);
    }
}
