package io.edukpi.submission.service;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.MailKind;
import io.edukpi.submission.domain.MailState;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.persistence.MailMessageEntity;
import io.quarkus.panache.common.Sort;

/** The mail outbox as the API lists it: OBEC sees every office's mails, an area officer its own office's. */
@ApplicationScoped
public class MailQueries {

    /** One e-mail to an office's officers. */
    @Schema(description = "An e-mail to an area office's officers: a deadline reminder or a returned result")
    public record MailView(@Schema(description = "Id of the mail", example = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b") UUID id,
            @Schema(description = "What it tells: DEADLINE_REMINDER (a round's deadline is near) or RESULT_RETURNED (a result was sent back with a reason)") MailKind kind,
            @Schema(description = "Area office code", example = "5001") String officeCode,
            @Schema(description = RoundProgressService.FISCAL_YEAR, example = "2011") int fiscalYear,
            @Schema(description = "The addresses it was sent to, resolved from Keycloak when it was sent (empty before the first attempt)", example = "[\"demo.5001.officer@demo.edukpi.local\", \"demo.5001.supervisor@demo.edukpi.local\"]") List<String> recipients,
            @Schema(description = "Subject (Thai)", example = Examples.MAIL_SUBJECT) String subject,
            @Schema(description = "Plain-text body: Thai, then the same in English", example = Examples.MAIL_BODY) String body,
            @Schema(description = "PENDING (waiting to be sent or tried again), SENT, or FAILED (given up after edukpi.mail.max-attempts)") MailState state,
            @Schema(description = "Attempts to send it so far", example = "1") int attempts,
            @Schema(description = "Why the last attempt failed (null once sent)", example = "null") String lastError,
            @Schema(description = "When it was written (with the reminder or the return)", example = "2011-04-12T00:00:03Z") OffsetDateTime createdAt,
            @Schema(description = "When the SMTP server took it (null until then)", example = "2011-04-12T00:00:09Z") OffsetDateTime sentAt) {

        static MailView of(MailMessageEntity m) {
            List<String> to = m.recipients == null ? List.of() : Arrays.asList(m.recipients.split(","));
            return new MailView(m.id, m.kind, m.officeCode, m.fiscalYear, to, m.subject, m.body, m.state, m.attempts,
                    m.lastError, m.createdAt, m.sentAt);
        }
    }

    public record Filter(String officeCode, MailKind kind, Integer fiscalYear) {
    }

    private final Caller caller;

    public MailQueries(Caller caller) {
        this.caller = caller;
    }

    /** Newest first. */
    @Transactional
    public Page<MailView> list(Filter f, PageRequest request) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.hasAnyRole(Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH)) {
            where.append(" and officeCode = :own");
            params.put("own", caller.officeCode().orElse("-"));
        }
        if (f.officeCode() != null) {
            where.append(" and officeCode = :office");
            params.put("office", f.officeCode());
        }
        if (f.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.fiscalYear() != null) {
            where.append(" and fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        var query = MailMessageEntity.<MailMessageEntity> find(where.toString(),
                Sort.descending("createdAt").and("id"), params);
        long total = query.count();
        return Page.of(query.page(request.page(), request.size()).list().stream().map(MailView::of).toList(),
                request, total);
    }
}
