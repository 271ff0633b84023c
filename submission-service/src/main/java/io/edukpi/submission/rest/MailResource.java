package io.edukpi.submission.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.MailKind;
import io.edukpi.submission.service.MailQueries;
import io.edukpi.submission.service.MailQueries.MailView;

/** The e-mails to the offices' officers (deadline reminders, returned results): what was sent, or is waiting. */
@Path("/api/v1/submissions/mail")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

    private final MailQueries mail;

    public MailResource(MailQueries mail) {
        this.mail = mail;
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER })
    @Operation(summary = "The e-mails to the offices' officers (an area officer sees its own office's only)", description = "Deadline "
            + "reminders (one per reminder sent, see POST /api/v1/submissions/reminders/run) and returned results "
            + "(one per return, with the reason), each written with what it tells and sent by a relay to the "
            + "office's area officers as Keycloak knows them at send time: PENDING until the SMTP server takes it, "
            + "tried again with backoff on failure, FAILED after edukpi.mail.max-attempts. Filters combine; paged "
            + "(page from 0, size 1-500, default 20) with an RFC 8288 Link header, newest first.")
    @APIResponse(responseCode = "200", description = "One page of e-mails", headers = @Header(name = "Link", description = "Links to the first, prev, next and last pages (RFC 8288)", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the page's current ETag")
    @APIResponse(responseCode = "400", description = "year-era, unknown-value, page-out-of-range, size-out-of-range: a B.E. "
            + "fiscal year (send C.E.), a kind that is not one of the allowed values, or a page or size out of range")
    public RestResponse<Page<MailView>> listMail(
            @Parameter(description = QueryValues.OFFICE, example = "5001") @QueryParam("officeCode") String officeCode,
            @Parameter(description = "What the e-mail tells (anything else is refused with unknown-value)", schema = @Schema(implementation = MailKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = QueryValues.FISCAL_YEAR, example = "2011") @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "E-mails per page, 1-500 (default 20)", example = "20") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        MailQueries.Filter filter = new MailQueries.Filter(officeCode, Enums.parse(MailKind.class, "kind", kind),
                QueryValues.fiscalYear(fiscalYear));
        return mail.list(filter, request).answer(uri);
    }
}
