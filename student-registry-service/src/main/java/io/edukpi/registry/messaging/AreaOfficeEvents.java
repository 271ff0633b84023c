package io.edukpi.registry.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.edukpi.commons.outbox.Outbox;
import io.edukpi.registry.persistence.JdbcQueries;
import io.quarkus.runtime.StartupEvent;

/**
 * Topic {@code registry.area-offices} (docs/events/registry.area-office.schema.json): the registry is the one
 * place an office is registered, and submission-service and scoring-service learn offices only from this
 * event. It goes into the outbox with each register or rename, and at start-up for every office never
 * announced (offices registered before the topic existed).
 */
@ApplicationScoped
public class AreaOfficeEvents {

    public static final String TOPIC = "registry.area-offices";
    public static final String TYPE = "io.edukpi.registry.area-office.registered";

    /** The event's payload; consumers in other services read exactly these four fields. */
    public record AreaOfficeRegistered(String officeCode, String nameTh, String kind, OffsetDateTime changedAt) {
    }

    private final JdbcQueries sql;
    private final Outbox outbox;

    public AreaOfficeEvents(JdbcQueries sql, Outbox outbox) {
        this.sql = sql;
        this.outbox = outbox;
    }

    /** Announces the office as it now stands, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(AreaOfficeRegistered office) {
        outbox.publish(TOPIC, office.officeCode(), TYPE, office);
        sql.update("update area_office set announced_at = now() where code = ?", office.officeCode());
    }

    void onStart(@Observes StartupEvent event) {
        announcePending();
    }

    /** Announces every office never announced; skip locked: instances starting together announce each once. */
    @Transactional
    public int announcePending() {
        List<AreaOfficeRegistered> pending = sql.list("""
                select code, name_th, kind, changed_at from area_office where announced_at is null
                order by code for update skip locked
                """, rs -> new AreaOfficeRegistered(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class)));
        pending.forEach(this::announce);
        return pending.size();
    }
}
