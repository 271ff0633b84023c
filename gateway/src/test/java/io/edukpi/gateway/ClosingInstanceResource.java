package io.edukpi.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One instance of every service that closes a kept-alive connection as soon as a second request arrives on
 * it, without answering: the race of a server's idle timeout with a client reusing a pooled connection
 * (RFC 9112, 9.3.1). A fresh connection's first request is answered with the count of connections so far.
 */
public class ClosingInstanceResource implements QuarkusTestResourceLifecycleManager {

    private ServerSocket socket;

    @Override
    public Map<String, String> start() {
        AtomicInteger connections = new AtomicInteger();
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    int number = connections.incrementAndGet();
                    Thread serve = new Thread(() -> serve(connection, number), "closing-instance-" + number);
                    serve.setDaemon(true);
                    serve.start();
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        }, "closing-instance");
        thread.setDaemon(true);
        thread.start();
        String url = "http://127.0.0.1:" + socket.getLocalPort();
        return Map.ofEntries(
                Map.entry("edukpi.gateway.upstreams.scoring-service", url),
                Map.entry("edukpi.gateway.upstreams.indicator-service", url),
                Map.entry("edukpi.gateway.upstreams.submission-service", url),
                Map.entry("edukpi.gateway.upstreams.student-registry-service", url),
                Map.entry("edukpi.gateway.timeout", "2s"),
                Map.entry("quarkus.oidc.public-key", TestTokens.publicKey()),
                Map.entry("quarkus.oidc.auth-server-url", ""));
    }

    /** Answers the first request of the connection, then closes it (a FIN, no answer) on the second. */
    private static void serve(Socket connection, int number) {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            if (!readHead(in)) {
                return;
            }
            byte[] body = ("{\"connection\":" + number + "}").getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            readHead(in);
        } catch (IOException e) {
            // the gateway hung up first
        }
    }

    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return matched == 4;
    }

    @Override
    public void stop() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
