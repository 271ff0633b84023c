package io.edukpi.e2e.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.e2e.GatewayClient;
import io.edukpi.e2e.Tokens;

/**
 * Raw calls through the gateway with a caller's real Keycloak token: any method, path, headers and
 * body bytes, so that junk reaches the services as sent (GatewayClient of the suites always sends JSON).
 */
final class FuzzClient {

    static final ObjectMapper JSON = new ObjectMapper();

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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Tokens tokens;
    private final String gateway;

    FuzzClient(String gateway, String tokenUrl) {
        this.gateway = gateway;
        this.tokens = new Tokens(tokenUrl);
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
        return tokens.of(caller.name(), caller.machine());
    }

    static JsonNode tree(String body) {
        return GatewayClient.tree(body);
    }

    static String write(Object body) {
        return GatewayClient.write(body);
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
