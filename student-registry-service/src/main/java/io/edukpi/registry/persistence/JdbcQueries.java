package io.edukpi.registry.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Plain JDBC on the service's datasource. Inside a {@code @Transactional} method the connection is
 * the transaction's, so these statements commit or roll back with everything else it does.
 */
@ApplicationScoped
public class JdbcQueries {

    private final AgroalDataSource dataSource;

    public JdbcQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public interface Work<T> {
        T apply(Connection c) throws SQLException, IOException;
    }

    public <T> List<T> list(String sql, Rows<T> rows, Object... params) {
        return with(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
                return out;
            }
        });
    }

    public <T> Optional<T> one(String sql, Rows<T> rows, Object... params) {
        List<T> all = list(sql, rows, params);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    public int update(String sql, Object... params) {
        return with(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    public <T> T with(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
