package io.edukpi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens of the local realm: a demo user by password grant through edukpi-cli, a confidential
 * client by client credentials with its local secret, the way their programs get them. Reused for 3
 * minutes (they live 5), so a long walk asks again.
 */
public final class Tokens {

    private static final long REUSE_NANOS = Duration.ofMinutes(3).toNanos();

    private record Token(String value, long fetchedAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final String tokenUrl;

    public Tokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String tokenUrl() {
        return tokenUrl;
    }

    /** The token of {@code name}: a client of the realm when {@code client}, else a demo user. */
    public String of(String name, boolean client) {
        Token token = tokens.get(name);
        if (token != null && System.nanoTime() - token.fetchedAt() < REUSE_NANOS) {
            return token.value();
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (client) {
            form.put("grant_type", "client_credentials");
            form.put("client_id", name);
            form.put("client_secret", name + "-local-secret");
        } else {
            form.put("grant_type", "password");
            form.put("client_id", "edukpi-cli");
            form.put("username", name);
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
                throw new AssertionError("token for " + name + ": " + response.statusCode() + " " + response.body());
            }
            String value = GatewayClient.tree(response.body()).path("access_token").asText();
            tokens.put(name, new Token(value, System.nanoTime()));
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("token for " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
