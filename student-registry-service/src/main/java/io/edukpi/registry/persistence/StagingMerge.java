package io.edukpi.registry.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The merge of a staged load's accepted rows into {@code student} and {@code enrolment}: set-based
 * statements, never a round trip per row. Unchanged records are not rewritten at all.
 */
final class StagingMerge {

    private static final String VALID = """
            from stg s where s.err_code is null and not exists (select 1 from rej r where r.row_no = s.row_no)
            """;

    /**
     * The merge is an update of the rows that exist and differ, then a plain insert of the rows that
     * do not exist yet. {@code INSERT ... ON CONFLICT} did both in one statement but paid a
     * speculative insertion per row, which made the merge of a million-row file twice as slow; the
     * two plain statements are safe because every write of these tables goes through here under
     * the {@link StudentStaging#lockPartition write lock} of the person's partition, so no other transaction can insert the
     * same
     * key in between. New rows are inserted in key order: each index insertion then lands next to the
     * previous one instead of on a random page, which made the inserts of a million rows 30-40 %
     * quicker than in file order.
     */
    private static final String UPDATE_STUDENTS = """
            update student t set id_kind = s.id_kind, prefix = s.prefix, first_name = s.first_name,
                last_name = s.last_name, birth_date = s.birth_date, weight_kg = s.weight_kg, height_cm = s.height_cm,
                house_code = s.house_code, ethnicity = s.ethnicity, nationality = s.nationality, religion = s.religion,
                disability = s.disability, travel_mode = s.travel_mode, distance_km = s.distance_km,
                subdistrict_code = s.subdistrict_code, father_name = s.father_name, mother_name = s.mother_name,
                father_id = s.father_id, mother_id = s.mother_id, updated_at = now()
            from stg s
            where t.round_id = ? and t.person_id = s.person_id and s.err_code is null
              and not exists (select 1 from rej r where r.row_no = s.row_no)
              and (t.id_kind, t.prefix, t.first_name, t.last_name, t.birth_date, t.weight_kg, t.height_cm, t.house_code,
                   t.ethnicity, t.nationality, t.religion, t.disability, t.travel_mode, t.distance_km, t.subdistrict_code,
                   t.father_name, t.mother_name, t.father_id, t.mother_id)
                is distinct from
                  (s.id_kind, s.prefix, s.first_name, s.last_name, s.birth_date, s.weight_kg, s.height_cm, s.house_code,
                   s.ethnicity, s.nationality, s.religion, s.disability, s.travel_mode, s.distance_km, s.subdistrict_code,
                   s.father_name, s.mother_name, s.father_id, s.mother_id)
            """;

    private static final String INSERT_STUDENTS = """
            insert into student as t (round_id, person_id, id_kind, prefix, first_name, last_name, birth_date, weight_kg, height_cm,
                house_code, ethnicity, nationality, religion, disability, travel_mode, distance_km, subdistrict_code,
                father_name, mother_name, father_id, mother_id)
            select ?, s.person_id, s.id_kind, s.prefix, s.first_name, s.last_name, s.birth_date, s.weight_kg, s.height_cm,
                s.house_code, s.ethnicity, s.nationality, s.religion, s.disability, s.travel_mode, s.distance_km,
                s.subdistrict_code, s.father_name, s.mother_name, s.father_id, s.mother_id
            """
            + VALID + """
                      and not exists (select 1 from student t where t.round_id = ? and t.person_id = s.person_id)
                    order by s.person_id
                    """;

    /** The checks have already rejected a row whose person is enrolled at another school in the round. */
    private static final String UPDATE_ENROLMENTS = """
            update enrolment t set class_level = s.class_level, student_number = s.student_number, updated_at = now()
            from stg s
            where t.person_id = s.person_id and t.round_id = ? and t.active and s.err_code is null
              and not exists (select 1 from rej r where r.row_no = s.row_no)
              and (t.class_level, t.student_number) is distinct from (s.class_level, s.student_number)
            """;

    private static final String INSERT_ENROLMENTS = """
            insert into enrolment as t (person_id, school_code, round_id, class_level, student_number)
            select s.person_id, s.school_code, ?, s.class_level, s.student_number
            """ + VALID + """
              and not exists (select 1 from enrolment t where t.person_id = s.person_id and t.round_id = ? and t.active)
            order by s.person_id
            """;

    private StagingMerge() {
    }

    /**
     * Merges the accepted rows. With {@code perPerson} the answer names who changed (for per-record
     * answers); without, it only counts, which is what a million-row file needs.
     */
    static MergeResult merge(StudentStaging staging, long roundId, boolean perPerson) throws SQLException {
        Set<String> changed = perPerson ? new HashSet<>() : Set.of();
        Set<String> newEnrolments = perPerson ? new HashSet<>() : Set.of();
        if (!staging.locked()) {
            throw new IllegalStateException("merge without the write lock of its partition");
        }
        long studentsUpdated = write(staging, UPDATE_STUDENTS, perPerson, changed, null, roundId);
        staging.lap("update students");
        long studentsInserted = write(staging, INSERT_STUDENTS, perPerson, changed, null, roundId, roundId);
        staging.lap("insert students");
        long enrolmentsUpdated = write(staging, UPDATE_ENROLMENTS, perPerson, changed, null, roundId);
        staging.lap("update enrolments");
        long enrolmentsInserted = write(staging, INSERT_ENROLMENTS, perPerson, changed, newEnrolments, roundId, roundId);
        staging.lap("insert enrolments");
        return new MergeResult(studentsInserted, studentsUpdated, enrolmentsInserted, enrolmentsUpdated, changed,
                newEnrolments);
    }

    /** Runs one merge statement; per person it also collects whom it wrote, else it only counts. */
    private static long write(StudentStaging staging, String sql, boolean perPerson, Set<String> changed, Set<String> written,
            long... params)
            throws SQLException {
        try (PreparedStatement ps = staging.connection().prepareStatement(perPerson ? sql + " returning t.person_id" : sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            if (!perPerson) {
                return ps.executeLargeUpdate();
            }
            long count = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    count++;
                    changed.add(rs.getString(1));
                    if (written != null) {
                        written.add(rs.getString(1));
                    }
                }
            }
            return count;
        }
    }
}
