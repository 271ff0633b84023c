package io.edukpi.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Services running as two instances each, as real servers on loopback:
 * <ul>
 * <li>scoring-service: two echo servers, {@code scoring-a} and {@code scoring-b} (a test stops b);</li>
 * <li>indicator-service: a port nobody listens on, then the echo server {@code indicator-b};</li>
 * <li>submission-service and student-registry-service: first a server that accepts the connection,
 * reads the request head and resets the connection without answering (an instance dying mid-call),
 * then an echo server.</li>
 * </ul>
 * Each echo server answers with its name, the method, the path, the request id and the body's SHA-256,
 * and remembers the request ids it saw. The test asks a control server (its URL in
 * {@code test.instances.control}) what each instance saw ({@code /seen/<instance>}), how many
 * connections a resetting one took ({@code /reset/<service>}), and to stop an echo instance
 * ({@code POST /stop/<instance>}): the test runs in another class loader than this resource.
 */
public class InstancesResource implements QuarkusTestResourceLifecycleManager {

    /** Request ids each echo instance received, by instance name. */
    private final Map<String, List<String>> seen = new ConcurrentHashMap<>();
    /** Connections each resetting instance accepted, by service. */
    private final Map<String, AtomicInteger> reset = new ConcurrentHashMap<>();
    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();

    private Vertx vertx;
    private final List<ServerSocket> resetters = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String scoringA = echo("scoring-a");
        String scoringB = echo("scoring-b");
        String indicatorB = echo("indicator-b");
        String submissionB = echo("submission-b");
        String registryB = echo("registry-b");
        String submissionReset = resetter("submission-service");
        String registryReset = resetter("student-registry-service");
        String control = control();
        // Chosen after every server listens, so none of them can have taken it.
        String nobody = "http://127.0.0.1:" + FreePorts.any();
        return Map.ofEntries(
                Map.entry("edukpi.gateway.upstreams.scoring-service", scoringA + "," + scoringB),
                Map.entry("edukpi.gateway.upstreams.indicator-service", nobody + ", " + indicatorB),
                Map.entry("edukpi.gateway.upstreams.submission-service", submissionReset + "," + submissionB),
                Map.entry("edukpi.gateway.upstreams.student-registry-service", registryReset + "," + registryB),
                Map.entry("test.instances.control", control),
                Map.entry("edukpi.gateway.timeout", "2s"),
                Map.entry("edukpi.gateway.down-instance-skip", "60s"),
                Map.entry("quarkus.oidc.public-key", TestTokens.publicKey()),
                Map.entry("quarkus.oidc.auth-server-url", ""));
    }

    private String control() {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            String[] path = request.path().split("/");
            switch (path[1]) {
                case "seen" -> request.response().end(new JsonArray(seen.get(path[2])).encode());
                case "reset" -> request.response().end(String.valueOf(reset.get(path[2]).get()));
                // Stopped: its port refuses connections from now on.
                case "stop" -> servers.remove(path[2]).close().onComplete(done -> request.response().end("stopped"));
                default -> request.response().setStatusCode(404).end();
            }
        });
        return "http://127.0.0.1:" + listen(server);
    }

    private static int listen(HttpServer server) {
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("server did not start", e);
        }
    }

    private String echo(String instance) {
        seen.put(instance, new CopyOnWriteArrayList<>());
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            MessageDigest sha = sha256();
            long[] length = { 0 };
            request.handler(chunk -> {
                sha.update(chunk.getBytes());
                length[0] += chunk.length();
            });
            request.endHandler(done -> {
                seen.get(instance).add(String.valueOf(request.getHeader("X-Request-Id")));
                request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("instance", instance)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("bodyLength", length[0])
                        .put("bodySha256", HexFormat.of().formatHex(sha.digest()))
                        .encode());
            });
        });
        String url = "http://127.0.0.1:" + listen(server);
        servers.put(instance, server);
        return url;
    }

    /** Accepts, reads the request head, then resets the connection (SO_LINGER 0) without an answer. */
    private String resetter(String service) {
        AtomicInteger accepted = new AtomicInteger();
        reset.put(service, accepted);
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            resetters.add(socket);
            Thread thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        accepted.incrementAndGet();
                        readHead(connection.getInputStream());
                        connection.setSoLinger(true, 0);
                    } catch (IOException e) {
                        // closed at the end of the test, or the gateway hung up first
                    }
                }
            }, "resetter-" + service);
            thread.setDaemon(true);
            thread.start();
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        for (ServerSocket socket : resetters) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        if (vertx != null) {
            vertx.close();
        }
    }
}
