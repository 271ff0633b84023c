package io.edukpi.devstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the platform as people and Keycloak's admin do: JSON over HTTP with a bearer token per user
 * (password grant through the local client edukpi-cli), refreshed before it expires.
 */
final class PlatformClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "edukpi-demo";

    record Answer(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private record Token(String value, long expiresAtNanos) {
    }

    private final HttpClient http;
    private final String keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    PlatformClient(String keycloakUrl) {
        this.keycloak = keycloakUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A JSON call as a realm user ({@code null} body: none); one retry with a new token on 401. */
    Answer call(String user, String method, String url, Object body, String... headers) {
        Answer answer = send(method, url, body, token(user), headers);
        if (answer.status() == 401) {
            Token stale = tokens.get(user);
            if (stale != null) {
                tokens.remove(user, stale);
            }
            answer = send(method, url, body, token(user), headers);
        }
        return answer;
    }

    /** Like {@link #call} but fails unless the answer is 2xx. */
    JsonNode ok(String user, String method, String url, Object body, String... headers) {
        Answer answer = call(user, method, url, body, headers);
        if (!answer.ok()) {
            throw failure(method, url, answer);
        }
        return answer.json();
    }

    /** A call as Keycloak's bootstrap admin (master realm, admin-cli). */
    Answer admin(String method, String path, Object body) {
        Answer answer = send(method, keycloak + "/admin/realms/edukpi" + path, body, adminToken());
        if (answer.status() == 401) {
            tokens.remove("master:admin");
            answer = send(method, keycloak + "/admin/realms/edukpi" + path, body, adminToken());
        }
        return answer;
    }

    Answer sendFile(String user, String url, Path file, String contentType) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token(user)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static IllegalStateException failure(String method, String url, Answer answer) {
        String body = answer.body();
        return new IllegalStateException(method + " " + url + " answered " + answer.status() + ": "
                + body.substring(0, Math.min(600, body.length())));
    }

    private Answer send(String method, String url, Object body, String token, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String token(String user) {
        return fresh(user, () -> grant("/realms/edukpi", Map.of("grant_type", "password", "client_id", "edukpi-cli",
                "username", user, "password", PASSWORD)));
    }

    private String adminToken() {
        return fresh("master:admin", () -> grant("/realms/master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin")));
    }

    private String fresh(String key, Supplier<Token> grant) {
        Token token = tokens.get(key);
        if (token != null && System.nanoTime() < token.expiresAtNanos()) {
            return token.value();
        }
        // One login per user at a time: Keycloak answered concurrent logins of one user (the reviewer's,
        // from every thread at once when its token expired) with invalid_grant.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            token = tokens.get(key);
            if (token == null || System.nanoTime() > token.expiresAtNanos()) {
                try {
                    token = grant.get();
                } catch (IllegalStateException e) {
                    sleep(1000);
                    token = grant.get();
                }
                tokens.put(key, token);
            }
            return token.value();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Token grant(String realm, Map<String, String> form) {
        String url = keycloak + realm + "/protocol/openid-connect/token";
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token for " + form.get("username") + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            // Renew a little before expiry: a long office workflow must not meet a 401 halfway.
            long lifetime = Math.max(10, json.path("expires_in").asLong(60) - 20);
            return new Token(json.path("access_token").asText(), System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
