package io.edukpi.e2e.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Raw calls through the gateway with a caller's real Keycloak token: any method, path, headers and
 * body bytes, so that junk reaches the services as sent (GatewayClient of the suites is package-private
 * to io.edukpi.e2e and always sends JSON).
 */
final class FuzzClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOKEN_REUSE_NANOS = Duration.ofMinutes(3).toNanos();

    /** Who calls: a demo user (password grant through edukpi-cli) or a confidential client. */
    record Caller(String name, Set<String> roles, String office) {
        boolean machine() {
            return name.endsWith("-client") || name.startsWith("mis-");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every caller the fuzzer uses, with the realm roles deploy/keycloak/edukpi-realm.json gives it. */
    static final List<Caller> CALLERS = List.of(
            new Caller("obec.admin", Set.of("obec-admin", "registry-pii"), null),
            new Caller("obec.reviewer", Set.of("reviewer"), null),
            new Caller("area.cm1", Set.of("area-officer"), "5001"),
            new Caller("area.cm1.supervisor", Set.of("area-officer"), "5001"),
            new Caller("area.cm-sec", Set.of("area-officer"), "5034"),
            new Caller("area.cm-sec.supervisor", Set.of("area-officer"), "5034"),
            new Caller("school.5001-01", Set.of("school-officer"), "5001"),
            new Caller("school.5034-02", Set.of("school-officer"), "5034"),
            new Caller("dashboard-client", Set.of("dashboard"), null),
            new Caller("batch-client", Set.of("batch"), null),
            new Caller("mis-schoolmis-5001", Set.of("mis-client"), "5001"),
            new Caller("mis-schoolmis-5034", Set.of("mis-client"), "5034"));

    static Caller caller(String name) {
        return CALLERS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** One request as sent; {@code body} null for none. */
    record Call(Caller caller, String method, String path, Map<String, String> headers, String contentType,
            byte[] body) {
        String bodyText() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The answer, or why there was none ({@code status} 0). */
    record Answer(int status, String contentType, String body, long millis, String failure) {
    }

    private record Token(String value, long fetchedAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final String gateway;
    private final String tokenUrl;

    FuzzClient(String gateway, String tokenUrl) {
        this.gateway = gateway;
        this.tokenUrl = tokenUrl;
    }

    /** Sends; a 429 of the gateway's rate limit is waited out and sent again, it is no answer of the API. */
    Answer send(Call call) {
        for (int attempt = 0;; attempt++) {
            Answer answer = once(call);
            if (answer.status() != 429 || attempt == 5) {
                return answer;
            }
            sleep(1100);
        }
    }

    private Answer once(Call call) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(gateway + call.path())).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(call.caller())).header("Accept", "application/json");
            call.headers().forEach(request::header);
            if (call.contentType() != null) {
                request.header("Content-Type", call.contentType());
            }
        } catch (IllegalArgumentException e) {
            return new Answer(-1, "", "", 0, "not sendable by java.net.http: " + e.getMessage());
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        return exchange(request.build());
    }

    /** An unauthenticated GET, e.g. of a service's health through the gateway. */
    Answer getPlain(String path, Duration timeout) {
        return exchange(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(timeout).GET().build());
    }

    private Answer exchange(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), (System.nanoTime() - start) / 1_000_000, null);
        } catch (IOException e) {
            return new Answer(0, "", "", (System.nanoTime() - start) / 1_000_000, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON call of the set-up that must answer 2xx; its body. */
    JsonNode json(Caller caller, String method, String path, Object body, Map<String, String> headers) {
        byte[] bytes = body == null ? null : write(body).getBytes(StandardCharsets.UTF_8);
        Answer answer = send(new Call(caller, method, path, headers, body == null ? null : "application/json", bytes));
        if (answer.status() / 100 != 2) {
            throw new AssertionError("set-up: " + caller + " " + method + " " + path + " answered " + answer.status()
                    + " " + answer.body() + (answer.failure() == null ? "" : answer.failure()));
        }
        return tree(answer.body());
    }

    private String token(Caller caller) {
        Token token = tokens.get(caller.name());
        if (token != null && System.nanoTime() - token.fetchedAt() < TOKEN_REUSE_NANOS) {
            return token.value();
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (caller.machine()) {
            form.put("grant_type", "client_credentials");
            form.put("client_id", caller.name());
            form.put("client_secret", caller.name() + "-local-secret");
        } else {
            form.put("grant_type", "password");
            form.put("client_id", "edukpi-cli");
            form.put("username", caller.name());
            form.put("password", "edukpi-demo");
        }
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("token for " + caller + ": " + response.body());
            }
            String value = tree(response.body()).path("access_token").asText();
            tokens.put(caller.name(), new Token(value, System.nanoTime()));
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("token for " + caller, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
