package io.edukpi.submission.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.edukpi.submission.domain.MailKind;
import io.edukpi.submission.domain.MailState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One e-mail of the mail outbox (V5__mail.sql): its text is fixed when written, its recipients when sent. */
@Entity
@Table(name = "mail_message")
public class MailMessageEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public MailKind kind;

    public String mailKey;

    public String officeCode;

    public int fiscalYear;

    public String subject;

    public String body;

    @Enumerated(EnumType.STRING)
    public MailState state;

    public int attempts;

    /** The addresses it went to, comma-separated (null until it is sent or tried). */
    public String recipients;

    public String lastError;

    public OffsetDateTime createdAt;

    public OffsetDateTime nextAttemptAt;

    public OffsetDateTime sentAt;

    /**
     * Writes a pending mail unless one of the same kind and key exists: true when it was written. Runs in the
     * caller's transaction, so the mail exists exactly when what it tells was committed.
     */
    public static boolean queue(MailKind kind, String key, String officeCode, int fiscalYear, String subject,
            String body, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                insert into mail_message (id, kind, mail_key, office_code, fiscal_year, subject, body, state,
                                          attempts, created_at, next_attempt_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', 0, ?8, ?8)
                on conflict do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind.name()).setParameter(3, key)
                .setParameter(4, officeCode).setParameter(5, fiscalYear).setParameter(6, subject)
                .setParameter(7, body).setParameter(8, now).executeUpdate() == 1;
    }

    /**
     * The ids of pending mails due by {@code now}, oldest first, locked for this transaction; rows another
     * instance is sending are skipped rather than waited for.
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from mail_message where state = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at, created_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }
}
