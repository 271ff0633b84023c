package io.edukpi.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak 26 ({@code keycloak-quarkus-dist}, {@code start-dev}) on 127.0.0.1, keeping its
 * data in the platform's PostgreSQL and importing the realms of {@code deploy/keycloak/} on first
 * start. The distribution is unpacked once into the data folder, so later starts skip that and
 * Keycloak's own build step.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final ChildProcess process;
    private final int port;

    private KeycloakServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KeycloakServer start(Path dataDirectory, Path realmDirectory, int port,
            PostgresServer postgres, String database) {
        Path home = unpack(dataDirectory);
        copyRealms(realmDirectory, home.resolve("data/import"));
        postgres.ensureDatabase(database);
        ChildProcess kc = ChildProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // One issuer whatever host name a client uses, so services accept every token.
                "--hostname=http://127.0.0.1:" + port,
                "--import-realm",
                "--db=postgres",
                "--db-url=" + postgres.jdbcUrl(database),
                "--db-username=" + PostgresServer.USER,
                "--db-password=" + PostgresServer.PASSWORD),
                home, Map.of(
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
                dataDirectory.resolve("logs/keycloak.log"));
        KeycloakServer server = new KeycloakServer(kc, port);
        try {
            Readiness.await("Keycloak", Duration.ofMinutes(4), kc,
                    () -> Readiness.httpOk(server.realmUrl() + "/.well-known/openid-configuration"));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of realm {@code edukpi}: what services and the gateway discover keys from. */
    public String realmUrl() {
        return url() + "/realms/edukpi";
    }

    private static Path unpack(Path dataDirectory) {
        Properties devstack = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("devstack.properties")) {
            devstack.load(in);
            String version = devstack.getProperty("keycloak.version");
            Path home = dataDirectory.resolve("keycloak-" + version);
            if (Files.exists(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Path zip = Path.of(devstack.getProperty("keycloak.zip"));
            if (!Files.exists(zip)) {
                throw new IllegalStateException("Keycloak distribution not found at " + zip
                        + "; build deploy/devstack with ./mvnw first");
            }
            Path partial = dataDirectory.resolve("keycloak-unpacking");
            unzip(zip, partial);
            Files.move(partial.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
            try (DirectoryStream<Path> scripts = Files.newDirectoryStream(home.resolve("bin"), "*.sh")) {
                scripts.forEach(script -> script.toFile().setExecutable(true));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak", e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("Zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyRealms(Path realmDirectory, Path importDirectory) {
        try {
            Files.createDirectories(importDirectory);
            try (DirectoryStream<Path> realms = Files.newDirectoryStream(realmDirectory, "*-realm.json")) {
                for (Path realm : realms) {
                    Files.copy(realm, importDirectory.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the realm files from " + realmDirectory, e);
        }
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
