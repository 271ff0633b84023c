package io.edukpi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.Platform;
import io.edukpi.devstack.PlatformSettings;

/** The platform as the run command starts it, on free ports and a temporary data folder, for one test class. */
public final class TestPlatform implements AutoCloseable {

    private final Path data;
    private final PlatformSettings settings;
    private final Platform platform;

    private TestPlatform(Path data, PlatformSettings settings, Platform platform) {
        this.data = data;
        this.settings = settings;
        this.platform = platform;
    }

    public static TestPlatform start(String name) {
        return start(name, List.of());
    }

    /** The same with more run-command arguments, e.g. {@code --demo}. */
    public static TestPlatform start(String name, List<String> extraArgs) {
        try {
            Path data = Files.createTempDirectory("edukpi-" + name + "-");
            List<String> args = new ArrayList<>(List.of("--project=" + projectRoot(), "--data=" + data));
            List<String> ports = List.of("gateway", "indicator", "registry", "submission", "scoring", "keycloak",
                    "postgres", "kafka", "kafka-controller", "smtp", "imap");
            int[] free = FreePorts.distinct(ports.size());
            for (int i = 0; i < ports.size(); i++) {
                args.add("--" + ports.get(i) + "-port=" + free[i]);
            }
            args.addAll(extraArgs);
            PlatformSettings settings = PlatformSettings.from(args.toArray(String[]::new), Map.of());
            return new TestPlatform(data, settings, Platform.start(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** Calls through this platform's gateway, or another one at {@code gatewayUrl}, with its Keycloak's tokens. */
    public GatewayClient gatewayClient(String gatewayUrl) {
        return new GatewayClient(gatewayUrl, tokenUrl());
    }

    /** Keycloak's token endpoint of the realm. */
    public String tokenUrl() {
        return "http://127.0.0.1:" + settings.keycloakPort() + "/realms/edukpi/protocol/openid-connect/token";
    }

    public GatewayClient gatewayClient() {
        return gatewayClient(settings.gateway().url());
    }

    /** The running platform, e.g. to start more instances of a service. */
    public Platform platform() {
        return platform;
    }

    public Path data() {
        return data;
    }

    /** The components' logs outlive the data folder, in target/platform-logs/<name>/, for whoever reads a failure. */
    private void keepLogs() throws IOException {
        Path logs = data.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        String name = data.getFileName().toString().replaceFirst("^edukpi-", "").replaceFirst("-\\d+$", "");
        Path kept = Files.createDirectories(Path.of("target", "platform-logs", name));
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public static Path projectRoot() {
        // Surefire runs in deploy/e2e.
        return Path.of("").toAbsolutePath().getParent().getParent();
    }

    @Override
    public void close() throws IOException {
        platform.stop();
        keepLogs();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
