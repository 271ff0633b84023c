package io.edukpi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server (zonky's binaries) on 127.0.0.1. With a data folder it keeps its
 * data across restarts; without one it lives in a temporary folder that is removed on close.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    /** The embedded server trusts local connections; the password only satisfies clients that insist on one. */
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the cluster lives and survives restarts; null for a throw-away one
     * @param port 0 for any free port
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.any() : port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    // A bulk load of a million rows writes ~700 MB of WAL: with the default 1 GB, PostgreSQL
                    // checkpoints in the middle of it and then logs every page it touches again in full.
                    .setServerConfig("max_wal_size", "4GB")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory.toFile())
                        .setCleanDataDirectory(false)
                        // Platform data must survive a crash of the machine, not only a clean stop.
                        .setServerConfig("synchronous_commit", "on");
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** Creates the database unless it exists; each service owns one. */
    public void ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** The server's processes: the postmaster (its pid heads postmaster.pid) and its backends and workers. */
    public List<ProcessHandle> processes() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            String pid = Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim();
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(pid))
                    .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(postmaster);
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL does not answer", e);
        } catch (IOException e) {
            throw new UncheckedIOException("postmaster.pid unreadable", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
