package io.edukpi.registry.persistence;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.edukpi.commons.message.Finding;
import io.edukpi.registry.domain.IngestionJobStatus;
import io.edukpi.registry.domain.IngestionMode;
import io.edukpi.registry.domain.SchoolScope;
import io.edukpi.registry.ingest.FileFormat;

/**
 * The job table, written outside the job's own transaction (autocommit), so its status and
 * progress are visible while the file is being loaded and survive the load's rollback; only the
 * end of a successful load is written on the load's own connection, so it commits with the load.
 */
@ApplicationScoped
public class IngestionJobs {

    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    public IngestionJobs(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    public void insert(IngestionJobRow.New job) {
        update("""
                insert into ingestion_job (id, round_id, file_name, format, mode, dry_run, mapping, status,
                    created_by, schools) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, ps -> {
            ps.setObject(1, job.id());
            ps.setLong(2, job.roundId());
            ps.setString(3, job.fileName());
            ps.setString(4, job.format().name());
            ps.setString(5, job.mode().name());
            ps.setBoolean(6, job.dryRun());
            ps.setString(7, job.mapping().isEmpty() ? null : json(job.mapping()));
            ps.setString(8, IngestionJobStatus.QUEUED.name());
            ps.setString(9, job.createdBy());
            ps.setString(10, SchoolScope.format(job.schools()));
        });
    }

    public void started(UUID id, String encoding) {
        update("""
                update ingestion_job set status = ?, encoding = coalesce(?, encoding), started_at = now(),
                    finished_at = null, error_code = null, error_column = null, error_row = null, error_en = null,
                    error_th = null, rows_read = 0, accepted = 0, rejected = 0
                where id = ?
                """, ps -> {
            ps.setString(1, IngestionJobStatus.RUNNING.name());
            ps.setString(2, encoding);
            ps.setObject(3, id);
        });
    }

    public void queued(UUID id) {
        update("update ingestion_job set status = ? where id = ?", ps -> {
            ps.setString(1, IngestionJobStatus.QUEUED.name());
            ps.setObject(2, id);
        });
    }

    /** The file failed as a whole: the finding says why and, by its row and field, where. */
    public void failed(UUID id, Finding error, long rowsRead) {
        update("""
                update ingestion_job set status = ?, error_code = ?, error_column = ?, error_row = ?,
                    error_en = ?, error_th = ?, rows_read = ?, accepted = 0, rejected = 0, finished_at = now()
                where id = ?
                """, ps -> {
            ps.setString(1, IngestionJobStatus.FAILED.name());
            ps.setString(2, error.code());
            ps.setString(3, error.field());
            if (error.row() == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, error.row());
            }
            ps.setString(5, error.message());
            ps.setString(6, error.messageTh());
            ps.setLong(7, rowsRead);
            ps.setObject(8, id);
        });
    }

    /** Forgets an earlier run's rejections, on the load's connection. */
    public void clearRejections(Connection load, UUID id) throws SQLException {
        try (PreparedStatement ps = load.prepareStatement("delete from ingestion_rejection where job_id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }

    /** Ends a job that got through its checks, on the load's connection: it commits with the load. */
    public void finished(Connection load, UUID id, IngestionJobStatus status, long read, long rejected, MergeResult merged)
            throws SQLException {
        try (PreparedStatement ps = load.prepareStatement("""
                update ingestion_job set status = ?, rows_read = ?, accepted = ?, rejected = ?,
                    students_inserted = ?, students_updated = ?, enrolments_inserted = ?, enrolments_updated = ?,
                    finished_at = clock_timestamp() where id = ?
                """)) {
            ps.setString(1, status.name());
            ps.setLong(2, read);
            ps.setLong(3, read - rejected);
            ps.setLong(4, rejected);
            ps.setLong(5, merged.studentsInserted());
            ps.setLong(6, merged.studentsUpdated());
            ps.setLong(7, merged.enrolmentsInserted());
            ps.setLong(8, merged.enrolmentsUpdated());
            ps.setObject(9, id);
            ps.executeUpdate();
        }
    }

    /** Jobs that were queued or running when the service stopped: their load was rolled back. */
    public int interruptLeftovers() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update ingestion_job set status = 'INTERRUPTED', finished_at = now() where status in ('QUEUED', 'RUNNING')")) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<IngestionJobRow> find(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from ingestion_job where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private IngestionJobRow row(ResultSet rs) throws SQLException {
        long errorRow = rs.getLong("error_row");
        Integer errorRowOrNull = rs.wasNull() ? null : Math.toIntExact(errorRow);
        String errorCode = rs.getString("error_code");
        Finding error = errorCode == null ? null
                : new Finding(errorCode, rs.getString("error_column"), errorRowOrNull, null, null, null,
                        rs.getString("error_en"), rs.getString("error_th"), Finding.Severity.ERROR);
        MergeResult merged = new MergeResult(rs.getLong("students_inserted"), rs.getLong("students_updated"),
                rs.getLong("enrolments_inserted"), rs.getLong("enrolments_updated"), Set.of(), Set.of());
        String mapping = rs.getString("mapping");
        return new IngestionJobRow(rs.getObject("id", UUID.class), rs.getLong("round_id"), rs.getString("file_name"),
                FileFormat.valueOf(rs.getString("format")), rs.getString("encoding"),
                IngestionMode.valueOf(rs.getString("mode")), rs.getBoolean("dry_run"),
                mapping == null ? Map.of() : parse(mapping), IngestionJobStatus.valueOf(rs.getString("status")),
                rs.getLong("rows_read"), rs.getLong("accepted"), rs.getLong("rejected"), merged, error,
                rs.getString("created_by"), SchoolScope.parse(rs.getString("schools")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    private String json(Map<String, String> mapping) {
        try {
            return mapper.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> parse(String json) {
        try {
            return mapper.readValue(json, MAPPING);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
