package io.edukpi.registry.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.message.Finding;

/**
 * The rejected rows of a job as CSV (UTF-8 with BOM, which Thai Excel opens correctly), streamed row
 * by row from the database: a file may have a million of them.
 */
@ApplicationScoped
public class RejectionReport {

    private static final String HEADER = "row,column,code,reason,reasonTh,value\r\n";

    private final AgroalDataSource dataSource;

    public RejectionReport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void write(UUID jobId, OutputStream body) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    select row_no, column_name, code, reason_en, reason_th, value from ingestion_rejection
                    where job_id = ? order by row_no, column_name
                    """)) {
                ps.setFetchSize(5000);
                ps.setObject(1, jobId);
                Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
                out.write('\uFEFF');
                out.write(HEADER);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.write(line(finding(rs)));
                    }
                }
                out.flush();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rejection (row_no, column_name, code, reason_en, reason_th, value) as a finding. */
    static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString(3), rs.getString(2), Math.toIntExact(rs.getLong(1)), null, null, rs.getString(6),
                rs.getString(4), rs.getString(5), Finding.Severity.ERROR);
    }

    private static String line(Finding f) {
        return f.row() + "," + Arrays.stream(new String[] { f.field(), f.code(), f.message(), f.messageTh(), f.value() })
                .map(RejectionReport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A cell as text a spreadsheet shows and never runs: a rejected value may be {@code =1+1} as the file had it. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String value = Csv.formulaSafe(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
