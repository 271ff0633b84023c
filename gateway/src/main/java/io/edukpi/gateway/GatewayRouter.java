package io.edukpi.gateway;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;

/**
 * Puts one Vert.x reverse proxy in front of each service. Before a call is proxied the gateway
 * refuses what no service should see: a path with {@code ..} or encoded slashes (400), a call
 * without a valid token (401; quarkus-oidc validated it already), a client over its rate (429), a
 * declared body over the route's limit (413). Bodies stream through in both directions; nothing is
 * buffered or parsed here.
 */
@ApplicationScoped
public class GatewayRouter {

    static final Logger LOG = Logger.getLogger(GatewayRouter.class);

    /** A dot-dot segment or an encoded slash or backslash: never forwarded, whatever the route. */
    private static final Pattern TRAVERSAL = Pattern.compile("(^|/)\\.\\.?(/|$)|%2[eE]|%2[fF]|%5[cC]|\\\\");
    /** Before the REST layer and Quarkus' own routes. */
    private static final int ORDER = -100;

    private final GatewayConfig config;
    private final GatewayProblems problems;
    private final RateLimiter rateLimiter;
    private final BodyLimits bodyLimits;
    /**
     * The proxies of the event loop this call runs on, over an HTTP client of its own. Connections
     * live on the event loop that opened them; with one client for all loops a call would often get
     * a connection of another loop, and every request and answer would change threads twice.
     */
    private volatile ThreadLocal<HttpProxy[]> proxiesOfThread;

    public GatewayRouter(GatewayConfig config, GatewayProblems problems, RateLimiter rateLimiter, BodyLimits bodyLimits) {
        this.config = config;
        this.problems = problems;
        this.rateLimiter = rateLimiter;
        this.bodyLimits = bodyLimits;
    }

    void install(@Observes Router router, Vertx vertx) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::authenticationFailed);
        List<Upstream> upstreams = new ArrayList<>();
        // One set of instances per service: its API and its health share what is known about them.
        Map<String, ServiceInstances> instances = new LinkedHashMap<>();
        Map<String, Upstream> apiUpstreams = new LinkedHashMap<>();
        for (Route route : Route.ALL) {
            Upstream upstream = apiUpstreams.computeIfAbsent(route.service(), s -> {
                Upstream u = upstream(s, instancesOf(s, instances), false, upstreams.size());
                upstreams.add(u);
                return u;
            });
            router.routeWithRegex(route.pathRegex()).order(ORDER)
                    .handler(rc -> forwardApi(rc, upstream.proxyOnThisThread()));
        }
        for (String service : config.upstreams().keySet()) {
            Upstream upstream = upstream(service, instancesOf(service, instances), true, upstreams.size());
            upstreams.add(upstream);
            router.routeWithRegex(Pattern.quote(Route.SERVICES_PREFIX + service) + Route.SERVICE_OPERATIONS).order(ORDER)
                    .handler(rc -> forwardOperations(rc, upstream.proxyOnThisThread()));
        }
        proxiesOfThread = ThreadLocal.withInitial(() -> {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setKeepAlive(true)
                    .setDecompressionSupported(false),
                    new PoolOptions().setHttp1MaxSize(config.poolSize()));
            return upstreams.stream().map(u -> u.proxy(client)).toArray(HttpProxy[]::new);
        });
    }

    private ServiceInstances instancesOf(String service, Map<String, ServiceInstances> known) {
        return known.computeIfAbsent(service, s -> {
            ServiceInstances parsed = ServiceInstances.of(s, config.upstreams().get(s),
                    config.downInstanceSkip().toNanos());
            if (parsed.size() > 1) {
                LOG.infof("%s: %d instances %s", s, parsed.size(), parsed);
            }
            return parsed;
        });
    }

    /** One service behind the gateway (its API, or its health and documents): what every event loop's proxy of it shares. */
    private final class Upstream {
        private final int index;
        private final ServiceInstances instances;
        private final long idleTimeout;
        private final ForwardingInterceptor interceptor;

        Upstream(int index, ServiceInstances instances, long idleTimeout, ForwardingInterceptor interceptor) {
            this.index = index;
            this.instances = instances;
            this.idleTimeout = idleTimeout;
            this.interceptor = interceptor;
        }

        HttpProxy proxyOnThisThread() {
            return proxiesOfThread.get()[index];
        }

        /** The proxy of one event loop, with its own turn through the service's instances. */
        HttpProxy proxy(HttpClient client) {
            int[] cursor = { 0 };
            return HttpProxy.reverseProxy(client)
                    .origin(context -> {
                        ForwardingInterceptor.Attempts attempts = ForwardingInterceptor.Attempts.of(context);
                        ServiceInstances.Instance instance = instances.next(cursor, attempts.tried());
                        if (instance == null) {
                            return Future.failedFuture("every instance was tried");
                        }
                        attempts.begin(instance);
                        return context.client().request(new RequestOptions().setServer(instance.address()))
                                .map(call -> {
                                    attempts.connected();
                                    // The deadline runs from the end of the caller's body: an upload may take longer.
                                    Body body = context.request().getBody();
                                    if (body != null && body.stream() instanceof MeteredBody metered) {
                                        metered.onEnd(() -> call.setTimeout(idleTimeout));
                                    } else {
                                        call.setTimeout(idleTimeout);
                                    }
                                    return call;
                                });
                    })
                    .addInterceptor(interceptor);
        }
    }

    /** The service's instances, deadline and circuit breaker (one per service, whichever event loop calls). */
    private Upstream upstream(String service, ServiceInstances instances, boolean stripServicePrefix, int index) {
        String stripPrefix = stripServicePrefix ? Route.SERVICES_PREFIX + service : null;
        long idleTimeout = config.upstreamTimeouts().getOrDefault(service, config.timeout()).toMillis();
        GatewayConfig.CircuitBreaker breakerConfig = config.circuitBreaker();
        Guard breaker = Guard.create()
                .withDescription("gateway -> " + service + (stripServicePrefix ? " operations" : ""))
                .withCircuitBreaker()
                .requestVolumeThreshold(breakerConfig.requestVolumeThreshold())
                .failureRatio(breakerConfig.failureRatio())
                .delay(breakerConfig.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .onStateChange(state -> LOG.infof("circuit breaker of %s is %s", service, state))
                .done()
                .withThreadOffload(false)
                .build();
        return new Upstream(index, instances, idleTimeout, new ForwardingInterceptor(service, stripPrefix, problems,
                bodyLimits, breaker, breakerConfig.delay(), instances));
    }

    /** Health and OpenAPI of a service: anonymous, no body, no rate limit. */
    private void forwardOperations(RoutingContext rc, HttpProxy proxy) {
        if (refusedPath(rc)) {
            return;
        }
        proxy.handle(rc.request());
    }

    private void forwardApi(RoutingContext rc, HttpProxy proxy) {
        if (refusedPath(rc)) {
            return;
        }
        SecurityIdentity identity = rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            unauthorized(rc, false);
            return;
        }
        RateLimiter.Decision rate = rateLimiter.tryConsume(clientId(identity));
        rc.response().putHeader("RateLimit-Limit", String.valueOf(rate.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(rate.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(rate.resetSeconds()))
                .putHeader("RateLimit-Policy", rate.policy());
        if (!rate.allowed()) {
            problems.write(rc, 429, GatewayMessage.RATE_LIMITED.text(rate.resetSeconds()),
                    Map.of("Retry-After", String.valueOf(rate.resetSeconds())));
            return;
        }
        long limit = bodyLimits.limitFor(rc.request().path());
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredOver(length, limit)) {
            problems.write(rc, 413, GatewayMessage.BODY_TOO_LARGE.text(BodyLimits.describe(limit)),
                    Map.of("Connection", "close"));
            return;
        }
        proxy.handle(rc.request());
    }

    private boolean refusedPath(RoutingContext rc) {
        if (TRAVERSAL.matcher(rc.request().path()).find()) {
            problems.write(rc, 400, GatewayMessage.PATH_REFUSED.text(), Map.of(),
                    List.of(GatewayMessage.PATH_REFUSED.at("path").withValue(rc.request().path())));
            return true;
        }
        return false;
    }

    /** The client the token was issued to ({@code azp}); tokens without one share the bucket of their subject. */
    private static String clientId(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            if (azp != null) {
                return azp.toString();
            }
            Object clientId = jwt.getClaim("client_id");
            if (clientId != null) {
                return clientId.toString();
            }
        }
        return "subject:" + identity.getPrincipal().getName();
    }

    /** quarkus-oidc refused the token (bad signature, expired, wrong audience, unreadable): 401 in problem+json. */
    private void authenticationFailed(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            unauthorized(rc, rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null);
        } else {
            rc.next();
        }
    }

    private void unauthorized(RoutingContext rc, boolean tokenGiven) {
        problems.write(rc, 401, (tokenGiven ? GatewayMessage.TOKEN_INVALID : GatewayMessage.TOKEN_MISSING).text(),
                Map.of("WWW-Authenticate", tokenGiven ? "Bearer realm=\"edukpi\", error=\"invalid_token\""
                        : "Bearer realm=\"edukpi\""));
    }

    static boolean declaredOver(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
