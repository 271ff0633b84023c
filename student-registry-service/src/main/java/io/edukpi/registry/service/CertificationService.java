package io.edukpi.registry.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.outbox.Outbox;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.requestid.RequestIds;
import io.edukpi.registry.domain.CensusRoundStatus;
import io.edukpi.registry.domain.CertificationState;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.persistence.JdbcQueries;

/**
 * A school's data for a round: certified by its director, acknowledged by the area office, reopened
 * for a correction (with a reason). Certified data are locked against writes. Every step is audited;
 * certification and the closing of a round publish the office's statistics through the outbox, in
 * the same transaction.
 */
@ApplicationScoped
@Transactional
public class CertificationService {

    public static final String TOPIC = "registry.statistics";
    public static final String TYPE = "edukpi.registry.statistics.v1";

    private final JdbcQueries sql;
    private final ReferenceDataService reference;
    private final StatisticsService statistics;
    private final Outbox outbox;

    public CertificationService(JdbcQueries sql, ReferenceDataService reference, StatisticsService statistics, Outbox outbox) {
        this.sql = sql;
        this.reference = reference;
        this.statistics = statistics;
        this.outbox = outbox;
    }

    public Certification certify(long roundId, String schoolCode, Access access) {
        CensusRound round = reference.openRoundOrFail(roundId);
        School school = visibleSchool(schoolCode, access);
        if (!access.mayCertify(schoolCode, school.officeCode())) {
            throw ProblemException.forbidden(RegistryMessage.CERTIFY_FORBIDDEN.text(schoolCode));
        }
        if (state(roundId, schoolCode).certified()) {
            throw ProblemException.conflict(RegistryMessage.ALREADY_CERTIFIED.text(schoolCode));
        }
        sql.update("""
                insert into certification (school_code, round_id, state, certified_by, certified_at)
                values (?, ?, 'CERTIFIED', ?, now())
                on conflict (school_code, round_id) do update set state = 'CERTIFIED', certified_by = excluded.certified_by,
                    certified_at = excluded.certified_at, acknowledged_by = null, acknowledged_at = null
                """, schoolCode, roundId, access.actor());
        audit(schoolCode, roundId, "CERTIFY", access.actor(), null);
        publish(school.officeCode(), round, "CERTIFICATION", schoolCode);
        return certification(roundId, schoolCode);
    }

    public Certification acknowledge(long roundId, String schoolCode, Access access) {
        reference.openRoundOrFail(roundId);
        School school = visibleSchool(schoolCode, access);
        if (!access.officeOfficer(school.officeCode())) {
            throw ProblemException.forbidden(RegistryMessage.ACKNOWLEDGE_FORBIDDEN.text());
        }
        if (!state(roundId, schoolCode).mayAcknowledge()) {
            throw ProblemException.conflict(RegistryMessage.ACKNOWLEDGE_NOT_CERTIFIED.text());
        }
        sql.update("""
                update certification set state = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = now()
                where school_code = ? and round_id = ?
                """, access.actor(), schoolCode, roundId);
        audit(schoolCode, roundId, "ACKNOWLEDGE", access.actor(), null);
        return certification(roundId, schoolCode);
    }

    public Certification reopen(long roundId, String schoolCode, String reason, Access access) {
        reference.openRoundOrFail(roundId);
        School school = visibleSchool(schoolCode, access);
        if (!access.officeOfficer(school.officeCode())) {
            throw ProblemException.forbidden(RegistryMessage.REOPEN_FORBIDDEN.text());
        }
        if (!state(roundId, schoolCode).certified()) {
            throw ProblemException.conflict(RegistryMessage.REOPEN_NOT_CERTIFIED.text());
        }
        sql.update("update certification set state = 'REOPENED' where school_code = ? and round_id = ?", schoolCode, roundId);
        audit(schoolCode, roundId, "REOPEN", access.actor(), reason);
        return certification(roundId, schoolCode);
    }

    /** Closes a round for good and publishes the final statistics of every office. */
    public CensusRound close(long roundId) {
        reference.openRoundOrFail(roundId);
        sql.update("update census_round set status = ?, closed_at = now() where id = ?", CensusRoundStatus.CLOSED.name(),
                roundId);
        CensusRound round = reference.round(roundId).orElseThrow();
        for (String office : sql.list("select code from area_office order by code", rs -> rs.getString(1))) {
            publish(office, round, "ROUND_CLOSED", null);
        }
        return round;
    }

    public Certification get(long roundId, String schoolCode, Access access) {
        visibleSchool(schoolCode, access);
        reference.round(roundId).orElseThrow(() -> ProblemException.notFound(RegistryMessage.ROUND_NOT_FOUND.text(roundId)));
        return certification(roundId, schoolCode);
    }

    private void publish(String officeCode, CensusRound round, String trigger, String schoolCode) {
        AreaOffice office = reference.office(officeCode).orElseThrow();
        outbox.publish(TOPIC, officeCode, TYPE, statistics.compute(office, round, trigger, schoolCode));
    }

    private School visibleSchool(String schoolCode, Access access) {
        return reference.school(schoolCode).filter(s -> access.mayRead(schoolCode, s.officeCode()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.SCHOOL_NOT_FOUND.text(schoolCode)));
    }

    private CertificationState state(long roundId, String schoolCode) {
        return CertificationState
                .of(sql.one("select state from certification where school_code = ? and round_id = ? for update",
                        rs -> rs.getString(1), schoolCode, roundId).orElse(null));
    }

    private Certification certification(long roundId, String schoolCode) {
        return sql.one("""
                select state, certified_by, certified_at, acknowledged_by, acknowledged_at from certification
                where school_code = ? and round_id = ?
                """, rs -> new Certification(schoolCode, roundId, rs.getString(1), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class)),
                schoolCode, roundId)
                .orElse(new Certification(schoolCode, roundId, CertificationState.NOT_CERTIFIED.name(), null, null, null,
                        null));
    }

    private void audit(String schoolCode, long roundId, String action, String actor, String reason) {
        sql.update("""
                insert into certification_audit (school_code, round_id, action, actor, reason, request_id)
                values (?, ?, ?, ?, ?, ?)
                """, schoolCode, roundId, action, actor, reason, RequestIds.current().orElse(null));
    }
}
