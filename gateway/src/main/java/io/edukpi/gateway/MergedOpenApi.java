package io.edukpi.gateway;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the merged OpenAPI document of all services at {@code /q/openapi} (where the gateway's
 * Swagger UI reads it), made afresh from each service's {@code /q/openapi?format=json} on each
 * request: documents are small and read rarely, and a redeployed service shows at once.
 */
@ApplicationScoped
public class MergedOpenApi {

    /** Before Quarkus' own OpenAPI route, which would describe the gateway alone (it has no endpoints). */
    private static final int ORDER = -200;
    private static final long FETCH_TIMEOUT_MILLIS = 5_000;

    private final GatewayConfig config;
    private final ObjectMapper json;

    public MergedOpenApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        router.routeWithRegex(HttpMethod.GET, "/q/openapi(\\.json)?").order(ORDER).handler(rc -> serve(rc, client));
    }

    private void serve(RoutingContext rc, HttpClient client) {
        Map<String, Future<JsonNode>> fetches = new TreeMap<>();
        config.upstreams().forEach(
                (service, urls) -> fetches.put(service, fetchFromAny(client, ServiceInstances.parse(service, urls), 0)));
        Future.join(new ArrayList<>(fetches.values())).onComplete(done -> {
            TreeMap<String, JsonNode> documents = new TreeMap<>();
            List<String> unavailable = new ArrayList<>();
            fetches.forEach((service, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(service, fetch.result());
                } else {
                    GatewayRouter.LOG.warnf("OpenAPI of %s not available: %s", service, fetch.cause().toString());
                    unavailable.add(service);
                }
            });
            try {
                rc.response().putHeader("Content-Type", "application/json;charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(json.writerWithDefaultPrettyPrinter()
                                .writeValueAsString(merger(rc).merge(documents, unavailable)));
            } catch (Exception e) {
                rc.fail(e);
            }
        });
    }

    private OpenApiMerger merger(RoutingContext rc) {
        String gateway = config.publicUrl().orElseGet(() -> rc.request().scheme() + "://" + rc.request().authority());
        return new OpenApiMerger(gateway, config.realmPublicUrl());
    }

    /** The document of the first instance that gives it (all instances of a service serve the same one). */
    private Future<JsonNode> fetchFromAny(HttpClient client, List<String> urls, int index) {
        Future<JsonNode> fetch = fetch(client, urls.get(index));
        return index + 1 == urls.size() ? fetch : fetch.recover(failure -> fetchFromAny(client, urls, index + 1));
    }

    private Future<JsonNode> fetch(HttpClient client, String url) {
        URI base = URI.create(url);
        return client.request(new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setURI("/q/openapi?format=json")
                .putHeader("Accept", "application/json")
                .setTimeout(FETCH_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(this::parse);
    }

    private JsonNode parse(Buffer body) {
        try {
            return json.readTree(body.getBytes());
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON OpenAPI document", e);
        }
    }
}
