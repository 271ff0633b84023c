package io.edukpi.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one JVM) on 127.0.0.1, run from
 * the {@code kafka_2.13} jars in a process of its own. Its log folder survives restarts.
 */
public final class KafkaServer implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private KafkaServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param directory holds the broker's config, data and log; reused if it exists
     * @param port client port, 0 for any free one
     */
    public static KafkaServer start(Path directory, int port, int controllerPort, int partitions) {
        int[] free = FreePorts.distinct(2);
        int clientPort = port == 0 ? free[0] : port;
        int quorumPort = controllerPort == 0 ? free[1] : controllerPort;
        try {
            Path data = directory.resolve("data");
            Files.createDirectories(data);
            Path config = directory.resolve("server.properties");
            writeConfig(config, data, clientPort, quorumPort, partitions);
            String classpath = classpath();
            if (!Files.exists(data.resolve("meta.properties"))) {
                ChildProcess.run("kafka-storage-format", ChildProcess.java(List.of("-cp", classpath,
                        "kafka.tools.StorageTool", "format", "--cluster-id=" + Uuid.randomUuid(),
                        "--config=" + config,
                        "--standalone")),
                        directory, directory.resolve("format.log"), Duration.ofMinutes(1));
            }
            ChildProcess broker = ChildProcess.start("kafka", ChildProcess.java(List.of(
                    "-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                    "-Dslf4j.internal.verbosity=WARN",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", classpath, "kafka.Kafka", config.toString())),
                    directory, Map.of(), directory.resolve("kafka.log"));
            KafkaServer server = new KafkaServer(broker, clientPort);
            try {
                Readiness.await("Kafka", Duration.ofSeconds(90), broker, server::answers);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private boolean answers() {
        if (!FreePorts.isListening(port)) {
            return false;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static void writeConfig(Path config, Path data, int port, int controllerPort, int partitions)
            throws IOException {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", data.toString());
        props.put("num.partitions", String.valueOf(partitions));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("offsets.topic.num.partitions", "5");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(writer, "Written by edukpi devstack on every start");
        }
    }

    /** The broker's classpath, written by the build (maven-dependency-plugin build-classpath). */
    private static String classpath() throws IOException {
        try (InputStream in = KafkaServer.class.getResourceAsStream("kafka.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka.classpath missing from the devstack jar; rebuild deploy/devstack");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
