package io.edukpi.submission.persistence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A deadline reminder that was sent (never twice for the same key). */
@Entity
@Table(name = "deadline_reminder")
public class DeadlineReminderEntity extends PanacheEntityBase {

    @Embeddable
    public record Key(String officeCode, int fiscalYear,
            String level, int round, int daysBefore) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public UUID catalogueId;

    public LocalDate deadline;

    public int pending;

    public UUID eventId;

    public OffsetDateTime sentAt;

    /**
     * Claims the key for this run: true when no reminder with that key existed. Two runs at once (two
     * instances) cannot both claim it: the second waits on the first's row and then sees the conflict.
     */
    public static boolean claim(Key key, UUID catalogueId, LocalDate deadline, int pending, UUID eventId,
            OffsetDateTime sentAt) {
        return getEntityManager().createNativeQuery("""
                insert into deadline_reminder (office_code, fiscal_year, level, round, days_before, catalogue_id,
                                               deadline, pending, event_id, sent_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict do nothing""")
                .setParameter(1, key.officeCode()).setParameter(2, key.fiscalYear()).setParameter(3, key.level())
                .setParameter(4, key.round()).setParameter(5, key.daysBefore()).setParameter(6, catalogueId)
                .setParameter(7, deadline).setParameter(8, pending).setParameter(9, eventId).setParameter(10, sentAt)
                .executeUpdate() == 1;
    }
}
