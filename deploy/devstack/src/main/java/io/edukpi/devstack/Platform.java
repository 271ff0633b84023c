package io.edukpi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.edukpi.devstack.demo.DemoYear;

/**
 * The run command: PostgreSQL, Kafka, Keycloak, an SMTP server, the four services and the gateway on this machine,
 * data under one folder, stopped together by Ctrl-C. Settings come from {@code --name=value}
 * arguments or {@code EDUKPI_NAME} environment variables (see {@link PlatformSettings}).
 */
public final class Platform {

    private final PlatformSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ChildProcess> children = new ArrayList<>();
    private PostgresServer database;
    private KafkaServer kafkaBroker;
    /** What each application was started with, for more instances of it ({@link #startInstance}). */
    private final Map<String, Map<String, String>> propertiesOf = new LinkedHashMap<>();

    private Platform(PlatformSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        PlatformSettings settings = PlatformSettings.from(args, System.getenv());
        Platform platform = new Platform(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.stop();
            stopped.countDown();
        }, "edukpi-stop"));
        try {
            platform.startAll();
        } catch (RuntimeException e) {
            System.err.println("\nedukpi did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** Starts the whole platform as the run command does; on failure, stops what had started. */
    public static Platform start(PlatformSettings settings) {
        Platform platform = new Platform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (IOException e) {
            platform.stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            platform.stop();
            throw e;
        }
    }

    private void startAll() throws IOException {
        long begin = System.nanoTime();
        Path data = settings.dataDirectory();
        Files.createDirectories(data.resolve("logs"));
        lockDataDirectory(data);
        Leftovers.stop(data);
        settings.checkPortsFree();

        say("PostgreSQL 17 on 127.0.0.1:%d (data in %s)", settings.postgresPort(), data.resolve("postgres"));
        PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), settings.postgresPort());
        started.push(postgres);
        database = postgres;

        say("Mail (GreenMail): SMTP on 127.0.0.1:%d, IMAP on 127.0.0.1:%d", settings.smtpPort(), settings.imapPort());
        MailServer mail = MailServer.start(settings.smtpPort(), settings.imapPort());
        started.push(mail);

        say("Kafka (KRaft) on 127.0.0.1:%d, Keycloak on 127.0.0.1:%d", settings.kafkaPort(), settings.keycloakPort());
        CompletableFuture<KafkaServer> kafka = CompletableFuture.supplyAsync(() -> KafkaServer.start(
                data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(), 3));
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                data, settings.projectDirectory().resolve("deploy/keycloak"), settings.keycloakPort(), postgres,
                "keycloak"));
        CompletableFuture.allOf(kafka, keycloak).handle((ok, failure) -> null).join();
        // Whatever started is stopped on exit, even when its sibling failed.
        if (!kafka.isCompletedExceptionally()) {
            started.push(kafka.join());
        }
        if (!keycloak.isCompletedExceptionally()) {
            started.push(keycloak.join());
        }
        KafkaServer broker = joinUnwrapped(kafka);
        kafkaBroker = broker;
        KeycloakServer idp = joinUnwrapped(keycloak);
        children.add(broker.process());
        children.add(idp.process());
        Leftovers.record(data, children);

        say("Services: %s", settings.services().stream().map(PlatformSettings.Service::name)
                .collect(Collectors.joining(", ")));
        Map<PlatformSettings.Service, ChildProcess> services = new LinkedHashMap<>();
        // submission-service asks scoring-service for score previews while an office keys a result.
        String scoringUrl = settings.services().stream().filter(s -> s.name().equals("scoring-service"))
                .map(PlatformSettings.Service::url).findFirst().orElse("http://127.0.0.1:8084");
        for (PlatformSettings.Service service : settings.services()) {
            postgres.ensureDatabase(service.database());
            Map<String, String> properties = new LinkedHashMap<>(Map.of(
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()),
                    "quarkus.datasource.username", PostgresServer.USER,
                    "quarkus.datasource.password", PostgresServer.PASSWORD,
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "edukpi.oidc.url", idp.realmUrl(),
                    "quarkus.rest-client.scoring.url", scoringUrl));
            // Evidence files live with the rest of the platform's data, not in the working directory; the
            // officers' e-mail goes to the platform's own SMTP server.
            if (service.name().equals("submission-service")) {
                properties.put("edukpi.evidence.directory", data.resolve("evidence").toAbsolutePath().toString());
                properties.put("quarkus.mailer.host", mail.host());
                properties.put("quarkus.mailer.port", String.valueOf(mail.smtpPort()));
            }
            services.put(service, startService(service, properties));
        }
        Leftovers.record(data, children);
        services.forEach(this::awaitReady);

        PlatformSettings.Service gateway = settings.gateway();
        Map<String, String> routes = new LinkedHashMap<>();
        settings.services().forEach(s -> routes.put("edukpi.gateway.upstreams." + s.name(), s.url()));
        routes.put("edukpi.oidc.url", idp.realmUrl());
        ChildProcess gatewayProcess = startService(gateway, routes);
        Leftovers.record(data, children);
        awaitReady(gateway, gatewayProcess);

        ReadyBanner.print(settings, idp, Duration.ofNanos(System.nanoTime() - begin));
        if (settings.demo().enabled()) {
            seedDemoYear();
        }
    }

    private void seedDemoYear() {
        say("Filling edukpi with the demo year (seed %d, scale %s) ...", settings.demo().seed(), settings.demo().scale());
        long begin = System.nanoTime();
        try {
            DemoYear.Summary summary = DemoYear.seed(settings, Platform::say);
            say("%s%nedukpi has its demo year in %d s.", summary, Duration.ofNanos(System.nanoTime() - begin).toSeconds());
        } catch (RuntimeException e) {
            // The platform itself is up: keep it, say what is missing; --demo again tops the year up.
            System.err.println("The demo year is not complete: " + e.getMessage());
        }
    }

    private ChildProcess startService(PlatformSettings.Service service, Map<String, String> properties) {
        propertiesOf.putIfAbsent(service.name(), properties);
        return startService(service, properties, service.name() + ".log");
    }

    private ChildProcess startService(PlatformSettings.Service service, Map<String, String> properties, String logName) {
        Path jar = settings.projectDirectory().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package -DskipTests first");
        }
        List<String> args = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        args.add("-Dquarkus.http.port=" + service.port());
        // Each instance its own static member of its consumer groups (group.instance.id): restarted, it
        // takes its partitions back at once instead of after the dead member's session timeout.
        Map<String, String> all = new LinkedHashMap<>(Map.of("edukpi.instance-id", service.name() + "-" + service.port()));
        all.putAll(properties);
        all.forEach((key, value) -> args.add("-D" + key + "=" + value));
        args.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(service.name(), ChildProcess.java(args),
                settings.projectDirectory(), Map.of(),
                settings.dataDirectory().resolve("logs").resolve(logName));
        children.add(process);
        started.push(process);
        return process;
    }

    private void awaitReady(PlatformSettings.Service service, ChildProcess process) {
        Readiness.await(service.name(), Duration.ofMinutes(2), process,
                () -> Readiness.httpOk(service.url() + "/q/health/ready"));
        say("  %-26s ready on %s", service.name(), service.url());
    }

    private static <T> T joinUnwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The PostgreSQL server all services share, e.g. to pause it in a fault drill. */
    public PostgresServer database() {
        return database;
    }

    /** The Kafka broker's process, e.g. to freeze it in a fault drill. */
    public ChildProcess broker() {
        return kafkaBroker.process();
    }

    /** Stops everything this platform started, last started first. */
    public synchronized void stop() {
        if (started.isEmpty()) {
            return;
        }
        System.out.println("\nStopping edukpi ...");
        while (!started.isEmpty()) {
            AutoCloseable next = started.pop();
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("  while stopping: " + e.getMessage());
            }
        }
        Leftovers.clear(settings.dataDirectory());
        System.out.println("Stopped.");
    }

    private void lockDataDirectory(Path data) throws IOException {
        FileChannel channel = FileChannel.open(data.resolve("platform.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another edukpi platform is running on " + data);
        }
        started.push(() -> {
            lock.release();
            channel.close();
        });
    }

    private static void say(String line) {
        System.out.println(line);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }

    /**
     * Starts one more instance of a service or of the gateway on {@code port}: the same jar, database,
     * broker (same consumer groups) and realm as the first, with {@code overrides} on top (e.g. the
     * gateway's upstreams), logging to {@code logs/<name>-<port>.log}. Returns once it is ready; it
     * stops with the platform, or earlier by {@link ChildProcess#close()} or {@link ChildProcess#kill()}.
     */
    public ChildProcess startInstance(String name, int port, Map<String, String> overrides) {
        Map<String, String> first;
        synchronized (this) {
            first = propertiesOf.get(name);
        }
        PlatformSettings.Service service = Stream.concat(settings.services().stream(), Stream.of(settings.gateway()))
                .filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in this platform"));
        if (first == null) {
            throw new IllegalStateException(name + " has not been started by this platform");
        }
        Map<String, String> properties = new LinkedHashMap<>(first);
        properties.putAll(overrides);
        PlatformSettings.Service instance = new PlatformSettings.Service(service.name(), service.module(),
                service.database(), port);
        ChildProcess process;
        synchronized (this) {
            process = startService(instance, properties, name + "-" + port + ".log");
            Leftovers.record(settings.dataDirectory(), children);
        }
        awaitReady(instance, process);
        return process;
    }
}
