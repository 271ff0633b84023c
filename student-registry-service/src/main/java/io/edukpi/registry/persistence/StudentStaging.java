package io.edukpi.registry.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.edukpi.commons.message.Finding;
import io.edukpi.registry.domain.SchoolScope;
import io.edukpi.registry.ingest.StagingWriter;

/**
 * The set-based half of loading student records, on one connection inside the caller's transaction:
 * a temporary staging table filled by {@code COPY}, the checks that need the database
 * ({@link StagingRules}), then one merge into {@code student} and {@code enrolment}
 * ({@link StagingMerge}). Both the file upload and the MIS batch go through here, so they obey the
 * same rules.
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

    /**
     * People are split into this many partitions by {@link StagingWriter#partitionOf}: a large file is
     * loaded on as many connections at once, one partition each, and the write lock is one per
     * partition. A person is always in the same partition, so the per-person rules (one active
     * enrolment per round, insert only who is not there yet) hold under the partition's lock alone.
     */
    public static final int PARTITIONS = 2;

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
    public static <T> T copy(List<StudentStaging> loads, CopyBody<T> body) throws SQLException, IOException {
        List<PGCopyOutputStream> copies = new ArrayList<>();
        T result;
        try {
            for (StudentStaging load : loads) {
                copies.add(new PGCopyOutputStream(load.connection.unwrap(PGConnection.class),
                        "copy stg (" + StagingWriter.COLUMNS + ") from stdin", 1 << 16));
            }
            result = body.write(List.copyOf(copies));
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
        return result;
    }

    /** Where the time of this load went, statement by statement, for the job's log line. */
    public String timings() {
        return timings.toString();
    }

    void lap(String step) {
        long now = System.nanoTime();
        timings.append(timings.isEmpty() ? "" : ", ").append(step).append(' ').append((now - lapStart) / 1_000_000)
                .append(" ms");
        lapStart = now;
    }

    /** Writes the load's lines to the COPY streams, one per load, and answers what it learnt doing so. */
    public interface CopyBody<T> {
        T write(List<OutputStream> partitions) throws IOException, SQLException;
    }

    /** One load per census round at a time, so two files cannot both pass the one-enrolment check. */
    public static void lockRound(Connection c, long roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(7001, ?::int)")) {
            ps.setLong(1, roundId);
            ps.execute();
        }
    }

    /**
     * Runs the database rules; a row may collect several rejections.
     *
     * @param columnTitle the file's column title for a field name, for the rejection report
     * @return how many rows are rejected, by the reader or by the rules
     */
    public long check(long roundId, SchoolScope writable, Function<String, String> columnTitle) throws SQLException {
        return StagingRules.check(this, roundId, writable, columnTitle);
    }

    /** Copies the rejections to the job's permanent report. */
    public void keepRejections(UUID jobId) throws SQLException {
        StagingRules.keepRejections(this, jobId);
    }

    /** Rejections by row, for answers that report each record (MIS batches: small). */
    public Map<Long, List<Finding>> rejections() throws SQLException {
        return StagingRules.rejections(this);
    }

    /**
     * Takes the write lock of one partition until commit. A load on several connections takes its
     * partitions' locks one after the other in partition order before merging any (never in
     * parallel), so two such loads cannot each hold a lock the other waits for.
     */
    public void lockPartition(int partition) throws SQLException {
        lock(IntStream.of(partition));
    }

    /** Takes the write locks of every partition, in order, until commit: a load on one connection covers them all. */
    /** The write lock of one person's partition, for a write of that person alone (a transfer). */
    public static void lockPerson(Connection c, String personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(WRITE_LOCK)) {
            ps.setInt(1, StagingWriter.partitionOf(personId, PARTITIONS));
            ps.execute();
        }
    }

    public void lockAllPartitions() throws SQLException {
        lock(IntStream.range(0, PARTITIONS));
    }

    private void lock(IntStream partitions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(WRITE_LOCK)) {
            for (int p : partitions.toArray()) {
                ps.setInt(1, p);
                ps.execute();
            }
        }
        locked = true;
        lap("write lock");
    }

    /**
     * Merges the accepted rows. With {@code perPerson} the answer names who changed (for per-record
     * answers); without, it only counts, which is what a million-row file needs.
     */
    public MergeResult merge(long roundId, boolean perPerson) throws SQLException {
        return StagingMerge.merge(this, roundId, perPerson);
    }

    Connection connection() {
        return connection;
    }

    boolean locked() {
        return locked;
    }
}
