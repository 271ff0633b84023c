package io.edukpi.e2e.guide;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.edukpi.e2e.contract.Exchange;

/**
 * Stands between the guide's commands and the gateway and keeps every exchange with the chunk that sent it
 * (the {@value #STEP} header the guide's curl is given), so the test sees statuses and headers whatever the
 * command prints.
 */
final class RecordingProxy implements AutoCloseable {

    static final String STEP = "X-Guide-Step";
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", STEP.toLowerCase(Locale.ROOT));

    /** One exchange, by the chunk that sent it, with the answer's headers. */
    record Recorded(int step, Exchange exchange, HttpHeaders headers) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String gateway;
    private final HttpServer server;
    private final ConcurrentLinkedQueue<Recorded> recorded = new ConcurrentLinkedQueue<>();

    RecordingProxy(String gateway) {
        this.gateway = gateway;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    private void forward(HttpExchange call) throws IOException {
        try (call) {
            byte[] body = call.getRequestBody().readAllBytes();
            String target = call.getRequestURI().getRawPath()
                    + (call.getRequestURI().getRawQuery() == null ? "" : "?" + call.getRequestURI().getRawQuery());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + target))
                    .timeout(Duration.ofSeconds(60))
                    .method(call.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            Map<String, String> sent = new HashMap<>();
            call.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                    sent.put(name, values.get(0));
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int step = Integer.parseInt(call.getRequestHeaders().getFirst(STEP) == null ? "-1"
                    : call.getRequestHeaders().getFirst(STEP));
            String contentType = call.getRequestHeaders().getFirst("Content-Type");
            recorded.add(new Recorded(step, new Exchange(call.getRequestMethod(), target, sent, contentType, body,
                    answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                    new String(answer.body(), StandardCharsets.UTF_8)), answer.headers()));
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    call.getResponseHeaders().put(name, values);
                }
            });
            boolean empty = answer.body().length == 0;
            call.sendResponseHeaders(answer.statusCode(), empty ? -1 : answer.body().length);
            if (!empty) {
                try (OutputStream out = call.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
