package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.e2e.contract.ContractCheck;
import io.edukpi.e2e.contract.Exchange;

/**
 * Calls through the gateway as the realm's demo users (password grant through edukpi-cli) and
 * confidential clients (client credentials with their local secrets), the way their programs do.
 */
public final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAIT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(300);

    /** Who calls: a demo user, or a client of the realm with its local secret. */
    public record Who(String name, boolean client) {
        public static Who user(String name) {
            return new Who(name, false);
        }

        static Who client(String name) {
            return new Who(name, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String gateway;
    private final Tokens tokens;
    private ContractCheck contract;

    GatewayClient(String gateway, String tokenUrl) {
        this.gateway = gateway;
        this.tokens = new Tokens(tokenUrl);
    }

    /** Every exchange of this client from now on is validated against the document by {@code check}. */
    GatewayClient checkedBy(ContractCheck check) {
        this.contract = check;
        return this;
    }

    String gateway() {
        return gateway;
    }

    String tokenUrl() {
        return tokens.tokenUrl();
    }

    HttpResponse<String> get(Who who, String path) {
        return send(who, "GET", path, null, Map.of());
    }

    HttpResponse<String> post(Who who, String path, Object body) {
        return send(who, "POST", path, body, Map.of());
    }

    HttpResponse<String> put(Who who, String path, Object body) {
        return send(who, "PUT", path, body, Map.of());
    }

    /** A call that must answer {@code status}; its JSON body. */
    public JsonNode expect(int status, Who who, String method, String path, Object body) {
        return expect(status, who, method, path, body, Map.of());
    }

    JsonNode expect(int status, Who who, String method, String path, Object body, Map<String, String> headers) {
        HttpResponse<String> response = send(who, method, path, body, headers);
        assertEquals(status, response.statusCode(), () -> who + " " + method + " " + path + " answered "
                + response.statusCode() + ": " + response.body());
        return tree(response.body());
    }

    HttpResponse<String> send(Who who, String method, String path, Object body, Map<String, String> headers) {
        return exchange(who, method, path, body == null ? null : "application/json",
                body == null ? null : (body instanceof String s ? s : write(body)).getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /** A file as the request body, of media type {@code contentType}. */
    HttpResponse<String> sendBytes(Who who, String method, String path, byte[] body, String contentType,
            Map<String, String> headers) {
        return exchange(who, method, path, contentType, body, headers);
    }

    /** The headers given replace the defaults (Accept: JSON). */
    private HttpResponse<String> exchange(Who who, String method, String path, String contentType,
            byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(who)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::setHeader);
        request.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (contract != null) {
                contract.record(exchangeOf(response, body));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What went over the wire, for the contract check; the request's headers as sent. */
    static Exchange exchangeOf(HttpResponse<String> response, byte[] body) {
        HttpRequest request = response.request();
        Map<String, String> headers = new HashMap<>();
        request.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
        String target = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        return new Exchange(request.method(), target, headers, request.headers().firstValue("Content-Type").orElse(null),
                body, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** Polls a GET until it answers 200 with a body that satisfies {@code done}; fails after 90 s saying what was awaited. */
    JsonNode await(Who who, String path, Predicate<JsonNode> done, String what) {
        return awaitAnswer(what, () -> get(who, path), done);
    }

    /**
     * Repeats a call until it answers 200 with a body that satisfies {@code done}, and answers that body;
     * fails after 90 s saying what was awaited and the last answer.
     */
    static JsonNode awaitAnswer(String what, Supplier<HttpResponse<String>> call, Predicate<JsonNode> done) {
        AtomicReference<JsonNode> satisfied = new AtomicReference<>();
        Awaitility.await(what).atMost(AWAIT).pollDelay(Duration.ZERO).pollInterval(POLL).untilAsserted(() -> {
            HttpResponse<String> response = call.get();
            JsonNode body = response.statusCode() == 200 ? tree(response.body()) : null;
            if (body == null || !done.test(body)) {
                fail("last answer of " + response.request().method() + " " + response.request().uri().getPath() + ": "
                        + response.statusCode() + " " + response.body().substring(0, Math.min(600, response.body().length())));
            }
            satisfied.set(body);
        });
        return satisfied.get();
    }

    /** The access token {@code who} calls with, e.g. for a request on a raw connection. */
    String token(Who who) {
        return tokens.of(who.name(), who.client());
    }

    public static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
