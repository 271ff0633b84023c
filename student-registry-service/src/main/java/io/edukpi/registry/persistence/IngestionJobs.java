package io.edukpi.registry.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The job table, written outside the job's own transaction (autocommit), so its status and
 * progress are visible while the file is being loaded and survive the load's rollback.
 */
@ApplicationScoped
public class IngestionJobs {

    private final AgroalDataSource dataSource;

    public IngestionJobs(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(IngestionJobRow job) {
        update("""
                insert into ingestion_job (id, round_id, file_name, format, encoding, mode, dry_run, mapping, status,
                    created_by, schools) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, ps -> {
            ps.setObject(1, job.id());
            ps.setLong(2, job.roundId());
            ps.setString(3, job.fileName());
            ps.setString(4, job.format());
            ps.setString(5, job.encoding());
            ps.setString(6, job.mode());
            ps.setBoolean(7, job.dryRun());
            ps.setString(8, job.mapping());
            ps.setString(9, job.status());
            ps.setString(10, job.createdBy());
            ps.setString(11, job.schools());
        });
    }

    public void started(UUID id, String encoding) {
        update("""
                update ingestion_job set status = 'RUNNING', encoding = coalesce(?, encoding), started_at = now(),
                    finished_at = null, error_code = null, error_column = null, error_row = null, error_en = null,
                    error_th = null, rows_read = 0, accepted = 0, rejected = 0
                where id = ?
                """, ps -> {
            ps.setString(1, encoding);
            ps.setObject(2, id);
        });
    }

    public void queued(UUID id) {
        update("update ingestion_job set status = 'QUEUED' where id = ?", ps -> ps.setObject(1, id));
    }

    public void failed(UUID id, String code, String column, Long row, String en, String th, long rowsRead) {
        update("""
                update ingestion_job set status = 'FAILED', error_code = ?, error_column = ?, error_row = ?,
                    error_en = ?, error_th = ?, rows_read = ?, accepted = 0, rejected = 0, finished_at = now()
                where id = ?
                """, ps -> {
            ps.setString(1, code);
            ps.setString(2, column);
            if (row == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, row);
            }
            ps.setString(4, en);
            ps.setString(5, th);
            ps.setLong(6, rowsRead);
            ps.setObject(7, id);
        });
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

    /** Writes the rejection report as CSV (UTF-8 with BOM, which Thai Excel opens correctly), row by row. */
    public void writeRejections(UUID id, OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    select row_no, column_name, code, reason_en, reason_th, value from ingestion_rejection
                    where job_id = ? order by row_no, column_name
                    """)) {
                ps.setFetchSize(5000);
                ps.setObject(1, id);
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                out.write("row,column,code,reason,reasonTh,value\r\n".getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = ps.executeQuery()) {
                    StringBuilder line = new StringBuilder();
                    while (rs.next()) {
                        line.setLength(0);
                        line.append(rs.getLong(1));
                        for (int i = 2; i <= 6; i++) {
                            line.append(',').append(csv(rs.getString(i)));
                        }
                        line.append("\r\n");
                        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static IngestionJobRow row(ResultSet rs) throws SQLException {
        long errorRow = rs.getLong("error_row");
        Long errorRowOrNull = rs.wasNull() ? null : errorRow;
        return new IngestionJobRow(rs.getObject("id", UUID.class), rs.getLong("round_id"), rs.getString("file_name"),
                rs.getString("format"), rs.getString("encoding"), rs.getString("mode"), rs.getBoolean("dry_run"),
                rs.getString("mapping"), rs.getString("status"), rs.getLong("rows_read"), rs.getLong("accepted"),
                rs.getLong("rejected"), rs.getLong("students_inserted"), rs.getLong("students_updated"),
                rs.getLong("enrolments_inserted"), rs.getLong("enrolments_updated"), rs.getString("error_code"),
                rs.getString("error_column"), errorRowOrNull, rs.getString("error_en"),
                rs.getString("error_th"), rs.getString("created_by"), rs.getString("schools"),
                rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getObject("started_at", java.time.OffsetDateTime.class),
                rs.getObject("finished_at", java.time.OffsetDateTime.class));
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
