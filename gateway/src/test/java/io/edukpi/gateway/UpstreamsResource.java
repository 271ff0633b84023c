package io.edukpi.gateway;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Real HTTP servers on loopback standing where the services would be, each answering with what it
 * received (headers, body length, SHA-256, when its first byte came), so a test sees exactly what
 * the gateway forwarded. submission-service points at a port nobody listens on; scoring-service's
 * {@code /slow} paths take longer than the gateway waits.
 */
public class UpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String indicator = echo("indicator-service", "/api/v1/catalogues");
        String registry = echo("student-registry-service", "/api/v1/registry");
        String scoring = echo("scoring-service", "/api/v1/scores");
        // Chosen after the echo servers are listening, so none of them can have taken it.
        String nobody = "http://127.0.0.1:" + FreePorts.any();
        return Map.ofEntries(
                Map.entry("edukpi.gateway.upstreams.indicator-service", indicator),
                Map.entry("edukpi.gateway.upstreams.student-registry-service", registry),
                Map.entry("edukpi.gateway.upstreams.submission-service", nobody),
                Map.entry("edukpi.gateway.upstreams.scoring-service", scoring),
                Map.entry("edukpi.gateway.timeout", "1s"),
                // The realm's token endpoint for the overview's relay: an echo shows what was sent on.
                Map.entry("edukpi.gateway.overview.token-url", scoring + "/realms/edukpi/protocol/openid-connect/token"),
                // Tokens of TestTokens, checked like Keycloak's (signature, expiry, audience edukpi-api).
                Map.entry("quarkus.oidc.public-key", TestTokens.publicKey()),
                Map.entry("quarkus.oidc.auth-server-url", ""),
                Map.entry("edukpi.gateway.rate-limit.clients.rate-test-client.capacity", "3"),
                Map.entry("edukpi.gateway.rate-limit.clients.rate-test-client.window", "60s"),
                Map.entry("edukpi.gateway.circuit-breaker.request-volume-threshold", "4"),
                Map.entry("edukpi.gateway.circuit-breaker.delay", "30s"),
                Map.entry("edukpi.dashboard-origins", "https://dashboard.example.org"));
    }

    private String echo(String service, String prefix) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/openapi") && "json".equals(request.getParam("format"))) {
                request.response().putHeader("Content-Type", "application/json").end(openApi(service, prefix).encode());
                return;
            }
            if (request.path().endsWith("/not-modified")) {
                // As a service answers a matching If-None-Match: headers only, no body and no length.
                request.response().setStatusCode(304).putHeader("ETag", "\"v1\"").end();
                return;
            }
            MessageDigest sha = sha256();
            long[] length = { 0 };
            long[] firstByteAt = { 0 };
            request.handler(chunk -> {
                if (firstByteAt[0] == 0) {
                    firstByteAt[0] = System.currentTimeMillis();
                }
                sha.update(chunk.getBytes());
                length[0] += chunk.length();
            });
            request.endHandler(done -> {
                JsonObject seen = new JsonObject()
                        .put("service", service)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                        .put("authorization", request.getHeader("Authorization"))
                        .put("traceparent", request.getHeader("traceparent"))
                        .put("firstByteAt", firstByteAt[0])
                        .put("bodyLength", length[0])
                        .put("bodySha256", HexFormat.of().formatHex(sha.digest()));
                long delay = request.path().endsWith("/slow") ? 3000 : 0;
                Runnable answer = () -> request.response().putHeader("Content-Type", "application/json")
                        .end(seen.encode());
                if (delay > 0) {
                    vertx.setTimer(delay, t -> answer.run());
                } else {
                    answer.run();
                }
            });
        });
        try {
            int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).actualPort();
            return "http://127.0.0.1:" + port;
        } catch (Exception e) {
            throw new IllegalStateException("upstream did not start", e);
        }
    }

    /**
     * A service's own document: one public path, one internal path the gateway does not route, a
     * schema every service shares (Problem) and one each defines its own way (Item).
     */
    static JsonObject openApi(String service, String prefix) {
        JsonObject itemRef = new JsonObject().put("$ref", "#/components/schemas/Item");
        JsonObject list = new JsonObject().put("operationId", "list")
                .put("security", new JsonArray().add(new JsonObject().put("SecurityScheme",
                        new JsonArray().add("reviewer").add("obec-admin"))))
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK")
                        .put("content", new JsonObject().put("application/json",
                                new JsonObject().put("schema", itemRef)))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", service).put("version", "1.0"))
                .put("paths", new JsonObject()
                        .put(prefix + "/{code}/items", new JsonObject().put("get", list)
                                .put("post", new JsonObject().put("operationId", "add")
                                        .put("security", new JsonArray().add(new JsonObject()
                                                .put("SecurityScheme", new JsonArray())))
                                        .put("responses", new JsonObject().put("204",
                                                new JsonObject().put("description", "Added")))))
                        .put("/internal/" + service, new JsonObject().put("get", list.copy())))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject()
                                .put("Item", new JsonObject().put("type", "object").put("properties",
                                        new JsonObject().put(service.replace("-", ""), new JsonObject().put("type", "string"))))
                                .put("Problem", new JsonObject().put("type", "object")))
                        .put("securitySchemes", new JsonObject().put("SecurityScheme",
                                new JsonObject().put("type", "openIdConnect").put("openIdConnectUrl", "http://elsewhere"))));
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
        if (vertx != null) {
            vertx.close();
        }
    }
}
