package io.edukpi.registry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.requestid.RequestIds;
import io.edukpi.registry.domain.PersonId;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.SchoolScope;
import io.edukpi.registry.domain.StudentField;
import io.edukpi.registry.domain.TeacherRecord;
import io.edukpi.registry.domain.TeacherValidator;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.IngestionProgress;
import io.edukpi.registry.ingest.StagingWriter;
import io.edukpi.registry.persistence.JdbcQueries;
import io.edukpi.registry.persistence.MergeResult;
import io.edukpi.registry.persistence.StudentStaging;

/**
 * Student and teacher records from MIS systems, and reads of them. A batch goes through the same
 * staging, checks and merge as a file upload, inside the request's transaction; each record is
 * answered on its own (created, updated, unchanged or rejected with its errors).
 */
@ApplicationScoped
@Transactional
public class StudentService {

    private static final String[] JSON_HEADER = StudentField.ALL.stream().map(StudentField::json).toArray(String[]::new);

    private final JdbcQueries sql;

    public StudentService(JdbcQueries sql) {
        this.sql = sql;
    }

    public BatchResult upsert(long roundId, List<Student> records, SchoolScope writableSchools) {
        return sql.with(c -> {
            StudentStaging.lockRound(c, roundId);
            StudentStaging staging = new StudentStaging(c);
            StudentStaging.copy(List.of(staging), outs -> {
                StagingWriter writer = new StagingWriter(outs, ColumnMapping.defaults(), false, true,
                        LocalDate.now(IngestionService.BANGKOK), new IngestionProgress());
                writer.header(JSON_HEADER);
                for (int i = 0; i < records.size(); i++) {
                    writer.row(i + 1L, cells(records.get(i)), i == records.size() - 1);
                }
                writer.finish();
                return writer;
            });
            staging.check(roundId, writableSchools, field -> field);
            Map<Long, List<Finding>> rejections = staging.rejections();
            staging.lockAllPartitions();
            MergeResult merged = staging.merge(roundId, true);
            List<RecordResult> results = new ArrayList<>();
            Map<RecordStatus, Integer> counts = new EnumMap<>(RecordStatus.class);
            for (int i = 0; i < records.size(); i++) {
                String id = normalisedId(records.get(i).citizenId());
                List<Finding> errors = rejections.getOrDefault(i + 1L, List.of());
                RecordStatus status = !errors.isEmpty() ? RecordStatus.REJECTED
                        : merged.newEnrolments().contains(id) ? RecordStatus.CREATED
                                : merged.changedPersons().contains(id) ? RecordStatus.UPDATED : RecordStatus.UNCHANGED;
                counts.merge(status, 1, Integer::sum);
                results.add(new RecordResult(i, records.get(i).citizenId(), status.name(),
                        errors.stream().map(RecordError::of).toList()));
            }
            return new BatchResult(records.size(), counts.getOrDefault(RecordStatus.CREATED, 0),
                    counts.getOrDefault(RecordStatus.UPDATED, 0), counts.getOrDefault(RecordStatus.UNCHANGED, 0),
                    counts.getOrDefault(RecordStatus.REJECTED, 0), results);
        });
    }

    private static String normalisedId(String raw) {
        PersonId.Result id = PersonId.parse(raw, "citizenId");
        return id.id() == null ? raw : id.id().value();
    }

    static String[] cells(Student s) {
        return new String[] { s.schoolCode(), s.citizenId(), s.prefix(), s.firstName(), s.lastName(), s.birthDate(),
                s.classLevel(), s.studentNumber(), s.weightKg(), s.heightCm(), s.houseCode(), s.ethnicity(),
                s.nationality(), s.religion(), s.disability(), s.travelMode(), s.distanceKm(), s.subdistrictCode(),
                s.fatherName(), s.motherName(), s.fatherId(), s.motherId() };
    }

    /** @return true when created */
    public boolean putTeacher(String personId, Teacher t, Access access) {
        TeacherValidator.Outcome outcome = TeacherValidator.validate(new TeacherValidator.Input(t.schoolCode(),
                t.citizenId() == null ? personId : t.citizenId(), t.prefix(), t.firstName(), t.lastName(), t.birthDate(),
                t.majorSubject(), t.highestQualification(), t.firstTeachingDate(), t.firstAppointedDate(), t.position(),
                t.address(), t.personnelType()), LocalDate.now(IngestionService.BANGKOK));
        if (outcome.record() == null) {
            throw ProblemException.invalid(outcome.findings());
        }
        TeacherRecord r = outcome.record();
        if (!r.id().value().equals(normalisedId(personId))) {
            throw ProblemException.invalid(RegistryMessage.BODY_ID_MISMATCH.text(),
                    List.of(RegistryMessage.ID_MISMATCH.at("citizenId")));
        }
        access.requireWrite(r.schoolCode());
        if (sql.one("select 1 from school where code = ?", rs -> 1, r.schoolCode()).isEmpty()) {
            throw ProblemException.invalid(RegistryMessage.SCHOOL_UNKNOWN_DETAIL.text(r.schoolCode()),
                    List.of(RegistryMessage.SCHOOL_UNKNOWN.at("schoolCode", r.schoolCode()).withValue(r.schoolCode())));
        }
        Long inserted = sql.one("""
                insert into teacher as t (person_id, id_kind, school_code, prefix, first_name, last_name, birth_date,
                    major_subject, highest_qualification, first_teaching_date, first_appointed_date, position, address,
                    personnel_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (person_id) do update set school_code = excluded.school_code, prefix = excluded.prefix,
                    first_name = excluded.first_name, last_name = excluded.last_name, birth_date = excluded.birth_date,
                    major_subject = excluded.major_subject, highest_qualification = excluded.highest_qualification,
                    first_teaching_date = excluded.first_teaching_date, first_appointed_date = excluded.first_appointed_date,
                    position = excluded.position, address = excluded.address, personnel_type = excluded.personnel_type,
                    updated_at = now()
                returning (xmax = 0)::int
                """, rs -> rs.getLong(1), r.id().value(), r.id().kind().name(), r.schoolCode(), r.prefix(),
                r.firstName(), r.lastName(), r.birthDate(), r.majorSubject(), r.highestQualification(),
                r.firstTeachingDate(), r.firstAppointedDate(), r.position(), r.address(), r.personnelType()).orElseThrow();
        return inserted == 1;
    }

    /**
     * A student or teacher by citizen ID or G-code, with its enrolments the caller may see.
     * Unmasked answers are written to the PII access log in the same transaction.
     */
    public Person person(String rawId, Access access) {
        PersonId.Result parsed = PersonId.parse(rawId, "id");
        if (parsed.id() == null) {
            throw ProblemException.invalid(List.of(parsed.finding()));
        }
        String id = parsed.id().value();
        boolean masked = !access.pii();
        List<Enrolment> enrolments = sql.list("""
                select e.round_id, r.academic_year, r.round_no, e.school_code, e.class_level, e.student_number, s.office_code
                from enrolment e join census_round r on r.id = e.round_id join school s on s.code = e.school_code
                where e.person_id = ? and e.active order by r.academic_year, r.round_no
                """, rs -> access.mayRead(rs.getString(4).trim(), rs.getString(7))
                ? new Enrolment(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4).trim(), rs.getString(5),
                        rs.getString(6))
                : null, id).stream().filter(Objects::nonNull).toList();
        // The items as enrolled in the latest round the caller sees: each round keeps its own.
        long latestRound = enrolments.isEmpty() ? -1 : enrolments.get(enrolments.size() - 1).roundId();
        Person student = sql.one("""
                select prefix, first_name, last_name, birth_date, weight_kg, height_cm, house_code, ethnicity, nationality,
                    religion, disability, travel_mode, distance_km, subdistrict_code, father_name, mother_name,
                    father_id, mother_id from student where round_id = ? and person_id = ?
                """, rs -> {
            Map<String, Object> items = new LinkedHashMap<>();
            items.put("weightKg", rs.getBigDecimal(5));
            items.put("heightCm", rs.getBigDecimal(6));
            items.put("houseCode", masked ? PersonId.mask(rs.getString(7)) : rs.getString(7));
            items.put("ethnicity", rs.getString(8));
            items.put("nationality", rs.getString(9));
            items.put("religion", rs.getString(10));
            items.put("disability", rs.getString(11));
            items.put("travelMode", rs.getString(12));
            items.put("distanceKm", rs.getBigDecimal(13));
            items.put("subdistrictCode", rs.getString(14));
            items.put("fatherName", rs.getString(15));
            items.put("motherName", rs.getString(16));
            items.put("fatherId", masked ? PersonId.mask(rs.getString(17)) : rs.getString(17));
            items.put("motherId", masked ? PersonId.mask(rs.getString(18)) : rs.getString(18));
            return new Person("STUDENT", masked ? PersonId.mask(id) : id, masked, rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getObject(4, LocalDate.class), items, enrolments, null);
        }, latestRound, id).orElse(null);
        Person person = student != null ? student : teacher(id, masked, access);
        if (person == null) {
            throw ProblemException.notFound(RegistryMessage.PERSON_NOT_FOUND.text(masked ? PersonId.mask(id) : id));
        }
        if (!masked) {
            logPii(access, id, "person");
        }
        return person;
    }

    private Person teacher(String id, boolean masked, Access access) {
        return sql.one("""
                select t.prefix, t.first_name, t.last_name, t.birth_date, t.major_subject, t.highest_qualification,
                    t.first_teaching_date, t.first_appointed_date, t.position, t.address, t.personnel_type, t.school_code,
                    s.office_code
                from teacher t join school s on s.code = t.school_code where t.person_id = ?
                """, rs -> {
            if (!access.mayRead(rs.getString(12).trim(), rs.getString(13))) {
                return null;
            }
            Map<String, Object> items = new LinkedHashMap<>();
            items.put("majorSubject", rs.getString(5));
            items.put("highestQualification", rs.getString(6));
            items.put("firstTeachingDate", rs.getObject(7, LocalDate.class));
            items.put("firstAppointedDate", rs.getObject(8, LocalDate.class));
            items.put("position", rs.getString(9));
            items.put("address", masked ? null : rs.getString(10));
            items.put("personnelType", rs.getString(11));
            return new Person("TEACHER", masked ? PersonId.mask(id) : id, masked, rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getObject(4, LocalDate.class), items, null, rs.getString(12).trim());
        }, id).orElse(null);
    }

    /** A school's active students of a round, by class and number; IDs masked unless the caller may see them. */
    public Page<RosterEntry> roster(long roundId, String schoolCode, PageRequest request, Access access) {
        String office = sql.one("select office_code from school where code = ?", rs -> rs.getString(1), schoolCode)
                .filter(o -> access.mayRead(schoolCode, o))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.SCHOOL_NOT_FOUND.text(schoolCode)));
        boolean masked = !access.pii();
        long total = sql.one("select count(*) from enrolment where school_code = ? and round_id = ? and active",
                rs -> rs.getLong(1), schoolCode, roundId).orElse(0L);
        List<RosterEntry> items = sql.list("""
                select s.person_id, s.prefix, s.first_name, s.last_name, s.birth_date, e.class_level, e.student_number,
                    (e.student_number is not null and s.weight_kg is not null and s.height_cm is not null
                     and s.house_code is not null and s.ethnicity is not null and s.nationality is not null
                     and s.religion is not null and s.disability is not null and s.travel_mode is not null
                     and s.distance_km is not null and s.subdistrict_code is not null and s.father_name is not null
                     and s.mother_name is not null and s.father_id is not null and s.mother_id is not null)
                from enrolment e join student s on s.round_id = e.round_id and s.person_id = e.person_id
                where e.school_code = ? and e.round_id = ? and e.active
                order by e.class_level, e.student_number nulls last, s.person_id
                limit ? offset ?
                """, rs -> new RosterEntry(masked ? PersonId.mask(rs.getString(1)) : rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getString(7), rs.getBoolean(8)), schoolCode, roundId, request.size(), request.offset());
        if (!masked && !items.isEmpty()) {
            logPii(access, null,
                    "roster " + schoolCode + " round " + roundId + " page " + request.page() + " (" + office + ")");
        }
        return Page.of(items, request, total);
    }

    private void logPii(Access access, String personId, String scope) {
        sql.update("insert into pii_access_log (actor, person_id, scope, request_id) values (?, ?, ?, ?)",
                access.actor(), personId, scope, RequestIds.current().orElse(null));
    }
}
