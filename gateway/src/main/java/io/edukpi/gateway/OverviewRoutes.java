package io.edukpi.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The overview in the browser: {@code index.html} at {@code /} and its assets under {@code /overview/}
 * (static resources of {@code META-INF/resources}), Chart.js from its webjar under {@code /webjars/},
 * all anonymous. Adds the security headers and caching to them, answers the page's settings at
 * {@code /overview/config.json} and relays the page's token requests to the realm.
 */
@ApplicationScoped
public class OverviewRoutes {

    static final String CONFIG_PATH = "/overview/config.json";
    static final String TOKEN_PATH = "/overview/token";
    /** The page, its assets and the chart library; API paths keep their own headers. */
    private static final String PAGE_PATHS = "/|/index\\.html|/overview/.*|/webjars/.*";
    /** What the page may send in a token request; anything else is not forwarded. */
    private static final List<String> TOKEN_PARAMETERS = List.of("grant_type", "code", "redirect_uri",
            "code_verifier", "refresh_token");
    private static final int TOKEN_BODY_LIMIT = 16 * 1024;
    /** Before GatewayRouter's routes and Quarkus' static resources. */
    private static final int ORDER = -110;

    private final GatewayConfig config;
    private final GatewayProblems problems;

    public OverviewRoutes(GatewayConfig config, GatewayProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void install(@Observes Router router, Vertx vertx) {
        String policy = contentSecurityPolicy(origin(config.realmPublicUrl()));
        HttpClient realm = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        router.routeWithRegex(PAGE_PATHS).order(ORDER).handler(rc -> {
            String cacheControl = cacheControl(rc.request().path());
            // At the end: Quarkus' static handler sets its own Cache-Control first.
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set("Content-Security-Policy", policy)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Referrer-Policy", "no-referrer")
                    .set("X-Frame-Options", "DENY")
                    .set(HttpHeaders.CACHE_CONTROL, cacheControl));
            rc.next();
        });
        router.get(CONFIG_PATH).order(ORDER + 1).handler(this::settings);
        router.post(TOKEN_PATH).order(ORDER + 1).handler(BodyHandler.create(false).setBodyLimit(TOKEN_BODY_LIMIT))
                .handler(rc -> relayToken(rc, realm));
    }

    /** Versioned library files never change; the page and its settings are checked on every load. */
    static String cacheControl(String path) {
        if (path.startsWith("/webjars/")) {
            return "public, max-age=31536000, immutable";
        }
        if (path.equals(TOKEN_PATH) || path.equals(CONFIG_PATH)) {
            return "no-store";
        }
        return "no-cache";
    }

    /** Scripts and styles only from the gateway (no inline code); the realm for sign-in. */
    static String contentSecurityPolicy(String realmOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + realmOrigin + "; form-action 'self' " + realmOrigin + "; "
                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** What the page needs to sign in: the realm as the browser reaches it and the client. */
    private void settings(RoutingContext rc) {
        JsonObject settings = new JsonObject()
                .put("realmUrl", config.realmPublicUrl())
                .put("clientId", config.overview().clientId())
                .put("tokenUrl", TOKEN_PATH);
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(settings.encode());
    }

    /**
     * The page's code exchange and refresh, sent on to the realm's token endpoint as the overview client.
     * Same origin for the browser, so no CORS origin per gateway port is needed in the realm; the realm
     * still checks the code, the PKCE verifier and the redirect URI.
     */
    private void relayToken(RoutingContext rc, HttpClient realm) {
        MultiMap form = rc.request().formAttributes();
        StringJoiner body = new StringJoiner("&");
        body.add("client_id=" + encode(config.overview().clientId()));
        for (String name : TOKEN_PARAMETERS) {
            String value = form.get(name);
            if (value != null) {
                body.add(name + "=" + encode(value));
            }
        }
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(config.overview().tokenUrl())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        realm.request(request)
                .compose(call -> call.send(body.toString()))
                .compose(answer -> answer.body().map(content -> Map.entry(answer, content)))
                .onSuccess(answer -> {
                    String type = answer.getKey().getHeader(HttpHeaders.CONTENT_TYPE);
                    rc.response().setStatusCode(answer.getKey().statusCode())
                            .putHeader(HttpHeaders.CONTENT_TYPE, type == null ? "application/json" : type)
                            .end(answer.getValue());
                })
                .onFailure(failure -> {
                    GatewayRouter.LOG.warnf("token relay to %s failed: %s", config.overview().tokenUrl(),
                            failure.toString());
                    problems.write(rc, 503, GatewayMessage.SERVICE_UNAVAILABLE.text("Keycloak"), Map.of());
                });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
