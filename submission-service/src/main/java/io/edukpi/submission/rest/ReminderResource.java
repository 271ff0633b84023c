package io.edukpi.submission.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "3 days before", value = """
            {"date": "2011-04-12", "daysBefore": [7, 3, 1], "alreadySent": 0,
             "sent": [{"officeCode": "5001", "fiscalYear": 2011, "level": "OBEC_AGREEMENT", "round": 6,
               "deadline": "2011-04-15", "daysLeft": 3, "pending": 12,
               "eventId": "0b7c5c8e-8f5e-4a55-9c39-3c0e4b3f2f10", "sentAt": "2011-04-12T00:00:03Z"}]}""")))
    public DeadlineReminderService.Run run(@QueryParam("date") String date) {
        return reminders.run(date == null ? reminders.today() : parse(date));
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH })
    @Operation(summary = "The reminders sent for a fiscal year (optionally one level and round)")
    public List<DeadlineReminderService.Sent> sent(@QueryParam("fiscalYear") @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
            @QueryParam("level") @Pattern(regexp = "OBEC_AGREEMENT|AREA_OFFICE_MEASURES") String level,
            @QueryParam("round") @Min(1) @Max(12) Integer round) {
        return reminders.sent(fiscalYear, level, round);
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
