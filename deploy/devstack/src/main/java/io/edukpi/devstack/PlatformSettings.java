package io.edukpi.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the run command puts things. Fixed default ports so that bookmarks and README commands
 * work; each can be moved with {@code --gateway-port=9080} or {@code EDUKPI_GATEWAY_PORT=9080}.
 */
public record PlatformSettings(Path projectDirectory, Path dataDirectory, int postgresPort, int kafkaPort,
        int kafkaControllerPort, int keycloakPort, int smtpPort, int imapPort, Service gateway,
        List<Service> services, Demo demo) {

    /** One Quarkus application of the platform. */
    public record Service(String name, String module, String database, int port) {
        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    /**
     * {@code --demo}: fill the platform with the demo year once it is ready ({@code io.edukpi.devstack.demo});
     * {@code --demo-seed} makes another year, {@code --demo-scale} the share of real schools and students,
     * {@code --demo-rounds} how many of the year's reporting rounds (6, 9, 12 months) are filled,
     * {@code --demo-threads} the calls in flight.
     */
    public record Demo(boolean enabled, long seed, double scale, int rounds, int threads) {
    }

    public static PlatformSettings from(String[] args, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        environment.forEach((key, value) -> {
            if (key.startsWith("EDUKPI_")) {
                values.put(key.substring(7).toLowerCase(Locale.ROOT).replace('_', '-'), value);
            }
        });
        for (String arg : args) {
            if (arg.equals("--demo")) {
                values.put("demo", "true");
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments look like --name=value, not " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Path project = Path.of(values.getOrDefault("project", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(project.resolve("deploy/keycloak"))) {
            throw new IllegalArgumentException(project + " is not the edukpi project folder; run from its root");
        }
        Path data = project.resolve(values.getOrDefault("data", ".edukpi")).toAbsolutePath().normalize();
        List<Service> services = List.of(
                service(values, "indicator-service", "indicator", 8081),
                service(values, "student-registry-service", "registry", 8082),
                service(values, "submission-service", "submission", 8083),
                service(values, "scoring-service", "scoring", 8084));
        return new PlatformSettings(project, data,
                port(values, "postgres-port", 15432),
                port(values, "kafka-port", 19092),
                port(values, "kafka-controller-port", 19093),
                port(values, "keycloak-port", 8180),
                port(values, "smtp-port", 3025),
                port(values, "imap-port", 3143),
                new Service("gateway", "gateway", null, port(values, "gateway-port", 8080)),
                services,
                new Demo(Boolean.parseBoolean(values.getOrDefault("demo", "false")),
                        number(values, "demo-seed", 2554L, Long::parseLong),
                        number(values, "demo-scale", 0.01, Double::parseDouble),
                        number(values, "demo-rounds", 3, Integer::parseInt),
                        number(values, "demo-threads", 4, Integer::parseInt)));
    }

    private static <T> T number(Map<String, String> values, String name, T defaultValue,
            Function<String, T> parse) {
        String value = values.get(name);
        try {
            return value == null ? defaultValue : parse.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not " + value);
        }
    }

    /** Fails before anything starts when a port is taken, naming the setting that moves it. */
    public void checkPortsFree() {
        Map<String, Integer> ports = new HashMap<>(Map.of(
                "postgres-port", postgresPort, "kafka-port", kafkaPort,
                "kafka-controller-port", kafkaControllerPort, "keycloak-port", keycloakPort,
                "smtp-port", smtpPort, "imap-port", imapPort, "gateway-port", gateway.port()));
        services.forEach(s -> ports.put(shortName(s.name()) + "-port", s.port()));
        List<String> taken = new ArrayList<>();
        ports.forEach((name, port) -> {
            if (!FreePorts.isFree(port)) {
                taken.add(port + " (--" + name + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + String.join(", ", taken)
                    + "; stop what uses them or choose others");
        }
    }

    private static Service service(Map<String, String> values, String name, String database, int defaultPort) {
        return new Service(name, name, database, port(values, shortName(name) + "-port", defaultPort));
    }

    private static String shortName(String service) {
        return service.replace("-service", "").replace("student-", "");
    }

    private static int port(Map<String, String> values, String name, int defaultPort) {
        String value = values.get(name);
        try {
            return value == null ? defaultPort : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not " + value);
        }
    }
}
