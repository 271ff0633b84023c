package io.edukpi.submission.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.service.DeadlineReminderService;

/** The deadline reminders (submission.deadline-approaching): what was sent, and running the daily job by hand. */
@Path("/api/v1/submissions/reminders")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    private final DeadlineReminderService reminders;

    public ReminderResource(DeadlineReminderService reminders) {
        this.reminders = reminders;
    }

    @POST
    @Path("/run")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.BATCH })
    @Operation(summary = "Run the daily reminder job as on a date (default: today in Bangkok)", description = "Sends submission.deadline-approaching for every latest catalogue's round whose deadline is "
            + "edukpi.reminders.days-before days after the date, one per office that still owes results. A "
            + "reminder already sent (same office, year, level, round and days) is not sent again: a second run "
            + "answers an empty list and counts it in alreadySent.")
    @APIResponse(responseCode = "200", description = "What this run sent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineReminderService.Run.class), examples = @ExampleObject(name = "3 days before", value = """
            {"date": "2011-04-12", "daysBefore": [7, 3, 1], "alreadySent": 0,
             "sent": [{"officeCode": "5001", "fiscalYear": 2011, "level": "OBEC_AGREEMENT", "round": 6,
               "deadline": "2011-04-15", "daysLeft": 3, "pending": 12,
               "eventId": "0b7c5c8e-8f5e-4a55-9c39-3c0e4b3f2f10", "sentAt": "2011-04-12T00:00:03Z"}]}""")))
    @APIResponse(responseCode = "400", description = "validation (date-malformed): date is not YYYY-MM-DD")
    public DeadlineReminderService.Run run(
            @Parameter(description = "The day to run as (YYYY-MM-DD, C.E.); default today in Bangkok", example = "2011-04-12") @QueryParam("date") String date) {
        return reminders.run(date == null ? reminders.today() : parse(date));
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH })
    @Operation(summary = "The reminders sent for a fiscal year (optionally one level and round)", description = "A plain "
            + "list: at most one reminder per office, round and day before the deadline.")
    @APIResponse(responseCode = "200", description = "The reminders sent, by office, level, round and days left")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the list's current ETag")
    @APIResponse(responseCode = "400", description = QueryValues.YEAR_PROBLEMS)
    public List<DeadlineReminderService.Sent> sent(
            @Parameter(description = QueryValues.FISCAL_YEAR, required = true, example = "2011") @QueryParam("fiscalYear") @NotNull @Min(1900) Integer fiscalYear,
            @Parameter(description = QueryValues.LEVEL, schema = @Schema(implementation = QueryValues.Level.class)) @QueryParam("level") String level,
            @Parameter(description = QueryValues.ROUND, example = "6") @QueryParam("round") @Min(1) @Max(12) Integer round) {
        return reminders.sent(QueryValues.fiscalYear(fiscalYear), QueryValues.level(level), round);
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(SubmissionMessage.DATE_MALFORMED.text(),
                    List.of(SubmissionMessage.FORMAT.at("date").withValue(date)));
        }
    }
}
