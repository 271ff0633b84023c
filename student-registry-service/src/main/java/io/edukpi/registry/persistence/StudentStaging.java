package io.edukpi.registry.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.edukpi.registry.ingest.StagingWriter;

/**
 * The set-based half of loading student records, on one connection inside the caller's transaction:
 * a temporary staging table filled by {@code COPY}, the checks that need the database (school known
 * and writable by the caller, not certified, codes in the reference lists, one active enrolment per
 * round), then one merge into {@code student} and {@code enrolment}. Both
 * the file upload and the MIS batch go through here, so they obey the same rules.
 */
public final class StudentStaging {

    private static final String STAGING = """
            create temp table stg (
                row_no bigint not null, err_column text, err_code text, err_en text, err_th text, err_value text,
                school_code char(10), person_id varchar(13), id_kind varchar(10), prefix text, first_name text,
                last_name text, birth_date date, class_level varchar(4), student_number varchar(20),
                weight_kg numeric(5, 2), height_cm numeric(5, 2), house_code char(11), ethnicity varchar(10),
                nationality varchar(10), religion varchar(10), disability varchar(10), travel_mode varchar(10),
                distance_km numeric(6, 2), subdistrict_code char(6), father_name text, mother_name text,
                father_id varchar(13), mother_id varchar(13)
            ) on commit drop;
            create temp table rej (
                row_no bigint not null, column_name text, code text not null, reason_en text not null,
                reason_th text not null, value text
            ) on commit drop;
            """;

    private static final String FILE_ERRORS = """
            insert into rej select row_no, err_column, err_code, err_en, err_th, err_value from stg where err_code is not null
            """;

    /**
     * Every rule as one boolean per row in a single pass over the staging table; only the rows that
     * break something are then spread into one rejection per broken rule.
     */
    private static final String RULES = """
            insert into rej (row_no, column_name, code, reason_en, reason_th, value)
            select b.row_no, v.col, v.code, v.en, v.th, v.val
            from (
              select s.row_no, s.school_code, s.person_id, s.ethnicity, s.nationality, s.religion, s.disability,
                     s.travel_mode, e.school_code as enrolled_at,
                     sc.code is null as school_unknown,
                     sc.code is not null and not (?::boolean or s.school_code = any (?::bpchar[])) as not_permitted,
                     ce.school_code is not null as certified,
                     s.ethnicity is not null and r1.code is null as bad_ethnicity,
                     s.nationality is not null and r2.code is null as bad_nationality,
                     s.religion is not null and r3.code is null as bad_religion,
                     s.disability is not null and r4.code is null as bad_disability,
                     s.travel_mode is not null and r5.code is null as bad_travel,
                     e.person_id is not null as enrolled_elsewhere
              from stg s
              left join school sc on sc.code = s.school_code
              left join certification ce on ce.school_code = s.school_code and ce.round_id = ?
                   and ce.state in ('CERTIFIED', 'ACKNOWLEDGED')
              left join reference_code r1 on r1.list = 'ethnicity' and r1.code = s.ethnicity and r1.active
              left join reference_code r2 on r2.list = 'nationality' and r2.code = s.nationality and r2.active
              left join reference_code r3 on r3.list = 'religion' and r3.code = s.religion and r3.active
              left join reference_code r4 on r4.list = 'disability' and r4.code = s.disability and r4.active
              left join reference_code r5 on r5.list = 'travel-mode' and r5.code = s.travel_mode and r5.active
              left join enrolment e on e.person_id = s.person_id and e.round_id = ? and e.active
                   and e.school_code <> s.school_code
              where s.err_code is null
            ) b
            cross join lateral (values
              (b.school_unknown, ?, 'school-unknown', 'school ' || b.school_code || ' is not in the registry',
               'ไม่พบโรงเรียนรหัส ' || b.school_code || ' ในทะเบียน', b.school_code::text),
              (b.not_permitted, ?, 'school-not-permitted', 'you may not write the data of school ' || b.school_code,
               'ท่านไม่มีสิทธิ์บันทึกข้อมูลของโรงเรียน ' || b.school_code, b.school_code::text),
              (b.certified, ?, 'school-certified',
               'the data of school ' || b.school_code || ' for this round are certified; the area office must reopen them first',
               'ข้อมูลของโรงเรียน ' || b.school_code || ' ในรอบนี้รับรองแล้ว ต้องให้เขตพื้นที่เปิดให้แก้ไขก่อน', b.school_code::text),
              (b.bad_ethnicity, ?, 'code-unknown', 'is not a code of the list ethnicity',
               'ไม่ใช่รหัสในรายการเชื้อชาติ', b.ethnicity::text),
              (b.bad_nationality, ?, 'code-unknown', 'is not a code of the list nationality',
               'ไม่ใช่รหัสในรายการสัญชาติ', b.nationality::text),
              (b.bad_religion, ?, 'code-unknown', 'is not a code of the list religion',
               'ไม่ใช่รหัสในรายการศาสนา', b.religion::text),
              (b.bad_disability, ?, 'code-unknown', 'is not a code of the list disability',
               'ไม่ใช่รหัสในรายการประเภทความพิการ', b.disability::text),
              (b.bad_travel, ?, 'code-unknown', 'is not a code of the list travel-mode',
               'ไม่ใช่รหัสในรายการการเดินทางมาโรงเรียน', b.travel_mode::text),
              (b.enrolled_elsewhere, ?, 'second-active-enrolment',
               'already has an active enrolment in school ' || b.enrolled_at || ' in this census round',
               'มีการลงทะเบียนเป็นนักเรียนของโรงเรียน ' || b.enrolled_at || ' ในรอบนี้อยู่แล้ว', b.person_id::text)
            ) v(bad, col, code, en, th, val)
            where v.bad and (b.school_unknown or b.not_permitted or b.certified or b.bad_ethnicity or b.bad_nationality
                   or b.bad_religion or b.bad_disability or b.bad_travel or b.enrolled_elsewhere)
            """;

    private static final String VALID = """
            from stg s where s.err_code is null and not exists (select 1 from rej r where r.row_no = s.row_no)
            """;

    /**
     * The merge is an update of the rows that exist and differ, then a plain insert of the rows that
     * do not exist yet. {@code INSERT ... ON CONFLICT} did both in one statement but paid a
     * speculative insertion per row, which made the merge of a million-row file twice as slow; the
     * two plain statements are safe because every write of these tables goes through here under
     * the {@link #WRITE_LOCK} of the person's partition, so no other transaction can insert the same
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
            where t.person_id = s.person_id and s.err_code is null
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
            insert into student as t (person_id, id_kind, prefix, first_name, last_name, birth_date, weight_kg, height_cm,
                house_code, ethnicity, nationality, religion, disability, travel_mode, distance_km, subdistrict_code,
                father_name, mother_name, father_id, mother_id)
            select s.person_id, s.id_kind, s.prefix, s.first_name, s.last_name, s.birth_date, s.weight_kg, s.height_cm,
                s.house_code, s.ethnicity, s.nationality, s.religion, s.disability, s.travel_mode, s.distance_km,
                s.subdistrict_code, s.father_name, s.mother_name, s.father_id, s.mother_id
            """ + VALID + """
              and not exists (select 1 from student t where t.person_id = s.person_id)
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

    /**
     * People are split into this many partitions by {@link StagingWriter#partitionOf}: a large file is
     * loaded on as many connections at once, one partition each, and the write lock is one per
     * partition. A person is always in the same partition, so the per-person rules (one active
     * enrolment per round, insert only who is not there yet) hold under the partition's lock alone.
     */
    public static final int PARTITIONS = 2;

    /** Stands for every partition: a load on one connection covers them all. */
    public static final int ALL_PARTITIONS = -1;

    /** Serialises the merges of one partition across all jobs and batches (whatever their round), held until commit. */
    private static final String WRITE_LOCK = "select pg_advisory_xact_lock(7002, ?)";

    private final Connection connection;
    private final StringBuilder timings = new StringBuilder();
    private long lapStart = System.nanoTime();
    private boolean locked;

    public StudentStaging(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute(STAGING);
        }
    }

    /**
     * Streams lines written by a {@link StagingWriter} into the staging tables of the given loads, one
     * COPY per connection at the same time: the body gets one stream per load, in the same order.
     */
    public static void copy(List<StudentStaging> loads, CopyBody body) throws SQLException, IOException {
        List<PGCopyOutputStream> copies = new ArrayList<>();
        try {
            for (StudentStaging load : loads) {
                copies.add(new PGCopyOutputStream(load.connection.unwrap(PGConnection.class),
                        "copy stg (" + StagingWriter.COLUMNS + ") from stdin", 1 << 16));
            }
            body.write(List.copyOf(copies));
            for (PGCopyOutputStream copy : copies) {
                copy.endCopy();
            }
        } finally {
            for (PGCopyOutputStream copy : copies) {
                if (copy.isActive()) {
                    // The file failed half-way: end the COPY so the connection can roll back.
                    copy.cancelCopy();
                }
            }
        }
        for (StudentStaging load : loads) {
            load.lap("read+COPY");
            try (Statement st = load.connection.createStatement()) {
                // The plans need the row count, not value histograms: a small sample is enough and several times quicker.
                st.execute("set local default_statistics_target = 10");
                st.execute("analyze stg");
            }
            load.lap("analyze");
        }
    }

    /** Where the time of this load went, statement by statement, for the job's log line. */
    public String timings() {
        return timings.toString();
    }

    private void lap(String step) {
        long now = System.nanoTime();
        timings.append(timings.isEmpty() ? "" : ", ").append(step).append(' ').append((now - lapStart) / 1_000_000)
                .append(" ms");
        lapStart = now;
    }

    public interface CopyBody {
        void write(List<OutputStream> partitions) throws IOException, SQLException;
    }

    /**
     * Runs the database rules; a row may collect several rejections.
     *
     * @param allowedSchools null when the caller may write every school
     * @param columnTitle the file's column title for a field name, for the rejection report
     * @return how many rows are rejected, by the reader or by the rules
     */
    public long check(long roundId, Set<String> allowedSchools, Function<String, String> columnTitle) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(FILE_ERRORS);
        }
        lap("file errors");
        try (PreparedStatement ps = connection.prepareStatement(RULES)) {
            int i = 1;
            ps.setBoolean(i++, allowedSchools == null);
            Array schools = connection.createArrayOf("bpchar",
                    allowedSchools == null ? new String[0] : allowedSchools.toArray(String[]::new));
            ps.setArray(i++, schools);
            ps.setLong(i++, roundId);
            ps.setLong(i++, roundId);
            ps.setString(i++, columnTitle.apply("schoolCode"));
            ps.setString(i++, columnTitle.apply("schoolCode"));
            ps.setString(i++, columnTitle.apply("schoolCode"));
            for (String field : List.of("ethnicity", "nationality", "religion", "disability", "travelMode", "citizenId")) {
                ps.setString(i++, columnTitle.apply(field));
            }
            ps.executeUpdate();
        }
        lap("rules");
        try (Statement st = connection.createStatement()) {
            st.execute("analyze rej");
            try (ResultSet rs = st.executeQuery("select count(distinct row_no) from rej")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Copies the rejections to the job's permanent report. */
    public void keepRejections(UUID jobId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into ingestion_rejection (job_id, row_no, column_name, code, reason_en, reason_th, value)
                select ?, row_no, column_name, code, reason_en, reason_th, value from rej
                """)) {
            ps.setObject(1, jobId);
            ps.executeUpdate();
        }
        lap("keep rejections");
    }

    /** Rejections by row, for answers that report each record (MIS batches: small). */
    public Map<Long, List<Rejection>> rejections() throws SQLException {
        Map<Long, List<Rejection>> out = new java.util.HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "select row_no, column_name, code, reason_en, reason_th, value from rej order by row_no")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Rejection(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    public record Rejection(long row, String column, String code, String reasonEn, String reasonTh, String value) {
    }

    /** Counts of what the merge changed; unchanged records are not rewritten at all. */
    public record Merged(long studentsInserted, long studentsUpdated, long enrolmentsInserted, long enrolmentsUpdated,
            Set<String> changedPersons, Set<String> newEnrolments) {
    }

    /**
     * Takes the write lock of one partition, or of all of them in order, until commit. A load on several
     * connections takes its partitions' locks one after the other in partition order before merging any
     * (never in parallel), so two such loads cannot each hold a lock the other waits for.
     */
    public void lockWrites(int partition) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(WRITE_LOCK)) {
            for (int p = 0; p < PARTITIONS; p++) {
                if (partition == ALL_PARTITIONS || partition == p) {
                    ps.setInt(1, p);
                    ps.execute();
                }
            }
        }
        locked = true;
        lap("write lock");
    }

    /**
     * Merges the accepted rows. With {@code perPerson} the answer names who changed (for per-record
     * answers); without, it only counts, which is what a million-row file needs.
     */
    public Merged merge(long roundId, boolean perPerson) throws SQLException {
        Set<String> changed = perPerson ? new java.util.HashSet<>() : Set.of();
        Set<String> newEnrolments = perPerson ? new java.util.HashSet<>() : Set.of();
        if (!locked) {
            throw new IllegalStateException("merge without the write lock of its partition");
        }
        long studentsUpdated = write(UPDATE_STUDENTS, perPerson, changed, null);
        lap("update students");
        long studentsInserted = write(INSERT_STUDENTS, perPerson, changed, null);
        lap("insert students");
        long enrolmentsUpdated = write(UPDATE_ENROLMENTS, perPerson, changed, null, roundId);
        lap("update enrolments");
        long enrolmentsInserted = write(INSERT_ENROLMENTS, perPerson, changed, newEnrolments, roundId, roundId);
        lap("insert enrolments");
        return new Merged(studentsInserted, studentsUpdated, enrolmentsInserted, enrolmentsUpdated, changed, newEnrolments);
    }

    /** Runs one merge statement; per person it also collects whom it wrote, else it only counts. */
    private long write(String sql, boolean perPerson, Set<String> changed, Set<String> written, long... params)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(perPerson ? sql + " returning t.person_id" : sql)) {
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
