package io.edukpi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL and a real Kafka broker, started once per test JVM
 * on free ports and stopped when the JVM exits, and makes the application accept
 * {@link TestTokens}. Init arg {@code database} names the service's database.
 *
 * <pre>
 * &#64;WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
 *     initArgs = &#64;ResourceArg(name = "database", value = "indicator"))
 * </pre>
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    private static Servers servers;

    private String database = "edukpi";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Servers running = servers();
        running.postgres.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", running.postgres.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", running.kafka.bootstrapServers(),
                // Tokens from TestTokens, checked locally (signature, expiry, audience) without Keycloak.
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.auth-server-url", "");
    }

    /** Servers outlive a Quarkus restart between test profiles; the JVM's exit stops them. */
    @Override
    public void stop() {
    }

    /** The servers of this test JVM, for tests that talk to Kafka or PostgreSQL directly. */
    public static synchronized Servers servers() {
        if (servers == null) {
            servers = Servers.start();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "devstack-stop"));
        }
        return servers;
    }

    public static final class Servers implements AutoCloseable {
        private final Path directory;
        private final PostgresServer postgres;
        private final KafkaServer kafka;

        private Servers(Path directory, PostgresServer postgres, KafkaServer kafka) {
            this.directory = directory;
            this.postgres = postgres;
            this.kafka = kafka;
        }

        static Servers start() {
            try {
                Path directory = Files.createTempDirectory("edukpi-test-");
                PostgresServer postgres = PostgresServer.start(null, 0);
                try {
                    return new Servers(directory, postgres, KafkaServer.start(directory.resolve("kafka"), 0, 0, 3));
                } catch (RuntimeException e) {
                    postgres.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public PostgresServer postgres() {
            return postgres;
        }

        public KafkaServer kafka() {
            return kafka;
        }

        @Override
        public void close() {
            try {
                kafka.close();
            } finally {
                postgres.close();
                deleteQuietly(directory);
            }
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temp folder left behind is harmless.
            }
        }
    }
}
