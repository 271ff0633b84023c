package io.edukpi.gateway;

import io.edukpi.commons.problem.RouterProblems;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Puts one Vert.x reverse proxy in front of each service. Bodies stream through in both
 * directions; nothing is buffered or parsed here.
 */
@ApplicationScoped
public class GatewayRouter {

    /** A dot-dot segment or an encoded slash or backslash: never forwarded, whatever the route. */
    private static final Pattern TRAVERSAL = Pattern.compile("(^|/)\\.\\.?(/|$)|%2[eE]|%2[fF]|%5[cC]|\\\\");
    /** Before the REST layer and Quarkus' own routes. */
    private static final int ORDER = -100;

    private final GatewayConfig config;
    private final UpstreamProblems problems;
    private final RouterProblems routerProblems;

    public GatewayRouter(GatewayConfig config, UpstreamProblems problems, RouterProblems routerProblems) {
        this.config = config;
        this.problems = problems;
        this.routerProblems = routerProblems;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        for (Route route : Route.ALL) {
            HttpProxy proxy = proxy(client, route.service(), false);
            router.routeWithRegex(route.pathRegex()).order(ORDER).handler(rc -> forward(rc, proxy));
        }
        for (String service : config.upstreams().keySet()) {
            HttpProxy proxy = proxy(client, service, true);
            router.routeWithRegex(Pattern.quote(Route.SERVICES_PREFIX + service) + Route.SERVICE_OPERATIONS).order(ORDER)
                    .handler(rc -> forward(rc, proxy));
        }
    }

    private HttpProxy proxy(HttpClient client, String service, boolean stripServicePrefix) {
        String url = config.upstreams().get(service);
        if (url == null) {
            throw new IllegalStateException("No upstream configured for " + service
                    + ": set edukpi.gateway.upstreams." + service);
        }
        URI upstream = URI.create(url);
        String stripPrefix = stripServicePrefix ? Route.SERVICES_PREFIX + service : null;
        SocketAddress address = SocketAddress.inetSocketAddress(upstream.getPort(), upstream.getHost());
        long idleTimeout = config.timeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(address)
                        .setIdleTimeout(idleTimeout)))
                .addInterceptor(new ForwardingInterceptor(service, stripPrefix, problems));
    }

    private void forward(RoutingContext rc, HttpProxy proxy) {
        if (TRAVERSAL.matcher(rc.request().path()).find()) {
            routerProblems.write(rc, 400, "The path contains '..' or an encoded slash; such paths are refused.",
                    "ที่อยู่มีส่วน '..' หรือเครื่องหมาย / ที่เข้ารหัส ซึ่งไม่อนุญาต");
            return;
        }
        proxy.handle(rc.request());
    }
}
