package io.edukpi.registry.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.registry.domain.PersonId;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.persistence.JdbcQueries;
import io.edukpi.registry.persistence.StudentStaging;

/**
 * Moves a person's active enrolment of a round to another school: the one way a person changes school
 * within a round (a second school's write is refused as a second active enrolment). The earlier
 * enrolment stays, inactive; the person's items of the round go with the enrolment, the student number
 * is the new school's to give. Other rounds do not change.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    private final JdbcQueries sql;

    public TransferService(JdbcQueries sql) {
        this.sql = sql;
    }

    public Enrolment transfer(long roundId, String rawId, String toSchool) {
        PersonId.Result parsed = PersonId.parse(rawId, "citizenId");
        if (parsed.id() == null) {
            throw ProblemException.invalid(List.of(parsed.finding()));
        }
        String id = parsed.id().value();
        return sql.with(c -> {
            // The same locks as every other write of enrolments, so the one-active-enrolment rule holds.
            StudentStaging.lockRound(c, roundId);
            StudentStaging.lockPerson(c, id);
            if (sql.one("select 1 from school where code = ?", rs -> 1, toSchool).isEmpty()) {
                throw ProblemException.invalid(RegistryMessage.SCHOOL_UNKNOWN_DETAIL.text(toSchool),
                        List.of(RegistryMessage.SCHOOL_UNKNOWN.at("toSchoolCode", toSchool).withValue(toSchool)));
            }
            Enrolment current = sql.one("""
                    select e.round_id, r.academic_year, r.round_no, e.school_code, e.class_level, e.student_number
                    from enrolment e join census_round r on r.id = e.round_id
                    where e.person_id = ? and e.round_id = ? and e.active
                    """, rs -> new Enrolment(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4).trim(),
                    rs.getString(5), rs.getString(6)), id, roundId)
                    .orElseThrow(() -> ProblemException.notFound(RegistryMessage.NOT_ENROLLED.text(id, roundId)));
            if (current.schoolCode().equals(toSchool)) {
                throw conflict(RegistryMessage.TRANSFER_SAME_SCHOOL, toSchool);
            }
            for (String school : List.of(current.schoolCode(), toSchool)) {
                if (sql.one("select 1 from certification where school_code = ? and round_id = ? "
                        + "and state in ('CERTIFIED', 'ACKNOWLEDGED')", rs -> 1, school, roundId).isPresent()) {
                    throw conflict(RegistryMessage.TRANSFER_CERTIFIED, school);
                }
            }
            sql.update(
                    "update enrolment set active = false, updated_at = now() where person_id = ? and round_id = ? and active",
                    id, roundId);
            sql.update("insert into enrolment (person_id, school_code, round_id, class_level) values (?, ?, ?, ?)", id,
                    toSchool, roundId, current.classLevel());
            return new Enrolment(roundId, current.academicYear(), current.roundNo(), toSchool, current.classLevel(), null);
        });
    }

    /** A 409 whose finding names the school, so that a client tells the two conflicts apart by code. */
    private static ProblemException conflict(RegistryMessage message, String school) {
        return ProblemException.of(409, message.text(school), List.of(message.at("toSchoolCode", school)));
    }
}
