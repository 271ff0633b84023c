package io.edukpi.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.edukpi.commons.logging.PersonalData;
import io.edukpi.commons.requestid.RequestIds;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What the gateway adds to a proxied call: the request id, a W3C {@code traceparent} and the
 * forwarding headers on the way in (the caller's {@code Authorization} passes unchanged), a byte
 * count on bodies of unknown length, and the service's circuit breaker. When the service cannot be
 * reached, does not answer in time, or its breaker is open, the caller gets a problem+json answer
 * instead of the proxy's empty error. A service of several instances gets each call at one of
 * them; one that cannot be reached is passed over (see {@link #send}).
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    /** Methods that mean the same when repeated (RFC 9110, 9.2.2). */
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);
    private static final TypeLiteral<CompletionStage<ProxyResponse>> RESPONSE = new TypeLiteral<>() {
    };

    private final String service;
    private final String stripPrefix;
    private final GatewayProblems problems;
    private final BodyLimits limits;
    private final Guard breaker;
    private final Duration breakerDelay;
    private final ServiceInstances instances;

    ForwardingInterceptor(String service, String stripPrefix, GatewayProblems problems, BodyLimits limits,
            Guard breaker, Duration breakerDelay, ServiceInstances instances) {
        this.instances = instances;
        this.service = service;
        this.stripPrefix = stripPrefix;
        this.problems = problems;
        this.limits = limits;
        this.breaker = breaker;
        this.breakerDelay = breakerDelay;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        // The request-id filter has already accepted or created the id and put it on our response.
        String requestId = incoming.response().headers().get(RequestIds.HEADER);
        MultiMap headers = request.headers();
        headers.set(RequestIds.HEADER, requestId);
        String traceparent = headers.get("traceparent");
        if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
            headers.set("traceparent", newTraceparent());
            headers.remove("tracestate");
        }
        String host = incoming.getHeader("Host");
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        if (incoming.remoteAddress() != null) {
            String previous = headers.get("X-Forwarded-For");
            String client = incoming.remoteAddress().hostAddress();
            headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
        }
        if (stripPrefix != null) {
            request.setURI(request.getURI().substring(stripPrefix.length()));
        }
        MeteredBody metered = meter(request);
        Context vertx = Vertx.currentContext();
        CompletionStage<ProxyResponse> guarded;
        try {
            guarded = breaker.get(() -> send(context, metered, requestId).toCompletionStage(), RESPONSE);
        } catch (CircuitBreakerOpenException e) {
            return Future.succeededFuture(unavailable(request, requestId, e));
        }
        return Future.fromCompletionStage(guarded, vertx)
                .recover(failure -> Future.succeededFuture(unavailable(request, requestId, failure)));
    }

    /**
     * Sends the call to an instance of the service; when that instance refuses the connection, or
     * drops a call that is safe to repeat, to the next one. Safe to repeat: nothing reached the
     * instance (no connection), or an idempotent method without a body (a streamed body cannot be
     * sent twice). A POST that an instance dropped after receiving it is never repeated: it may
     * have been applied. A late answer (504) is never repeated either: the instance is working on it.
     */
    private Future<ProxyResponse> send(ProxyContext context, MeteredBody metered, String requestId) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        return context.sendRequest().compose(response -> {
            Attempts.of(context).answered();
            return Future.succeededFuture(response);
        }, failure -> {
            // A body cut off for its size, or a caller that hung up (the proxy then resets the
            // service's request): the caller's doing, not a failure of the service.
            if (metered != null && metered.exceeded()) {
                return Future.succeededFuture(tooLarge(request, requestId));
            }
            if (incoming.response().closed()) {
                return Future.succeededFuture(callerGone(request, requestId));
            }
            Attempts attempts = Attempts.of(context);
            if (attempts.current == null || isTimeout(failure)) {
                return Future.failedFuture(failure);
            }
            if (failure instanceof HttpClosedException && attempts.connected && metered == null
                    && IDEMPOTENT.contains(request.getMethod()) && attempts.againOnce()) {
                // The instance closed a pooled connection just as it was reused (RFC 9112, 9.3.1): it is
                // not down, and a call without a body is safe to send again, on a fresh connection.
                request.setBody(null);
                return send(context, metered, requestId);
            }
            attempts.current.markDown(instances.skipForNanos(), failure);
            boolean repeatable = !attempts.connected || (metered == null && IDEMPOTENT.contains(request.getMethod()));
            if (!repeatable || attempts.tried.size() >= instances.size()) {
                return Future.failedFuture(failure);
            }
            GatewayRouter.LOG.infof("%s %s: %s at %s %s (%s); sent to another instance (request %s)",
                    request.getMethod(), PersonalData.mask(request.getURI()), service, attempts.current,
                    attempts.connected ? "dropped the call before answering" : "refused the connection",
                    failure, requestId);
            if (attempts.connected) {
                // The first try read the (empty) body stream to its end; the next one sends none.
                request.setBody(null);
            }
            return send(context, metered, requestId);
        });
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException || failure instanceof NoStackTraceTimeoutException;
    }

    /** One call's tries: the instances it went to, and whether the last one accepted the connection. */
    static final class Attempts {
        private static final String KEY = "edukpi.attempts";
        private final List<ServiceInstances.Instance> tried = new ArrayList<>(2);
        private ServiceInstances.Instance current;
        private boolean connected;
        private boolean again;

        static Attempts of(ProxyContext context) {
            Attempts attempts = context.get(KEY, Attempts.class);
            if (attempts == null) {
                attempts = new Attempts();
                context.set(KEY, attempts);
            }
            return attempts;
        }

        List<ServiceInstances.Instance> tried() {
            return tried;
        }

        /** Once per call: the current instance may be tried again. */
        boolean againOnce() {
            if (again) {
                return false;
            }
            again = true;
            tried.remove(current);
            return true;
        }

        void begin(ServiceInstances.Instance instance) {
            tried.add(instance);
            current = instance;
            connected = false;
        }

        void connected() {
            connected = true;
        }

        void answered() {
            if (current != null) {
                current.markUp();
            }
        }
    }

    /**
     * The gateway's own request-id filter already set the header on the response; the service's copy
     * would repeat it. A status that has no body (204, 304) leaves with none: the proxy would
     * otherwise stream the empty body chunked, and clients wait for chunks that never come.
     */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        response.headers().remove(RequestIds.HEADER);
        if (response.getStatusCode() == 204 || response.getStatusCode() == 304) {
            response.setBody(null);
            response.headers().remove("Transfer-Encoding");
        }
        return context.sendResponse();
    }

    private MeteredBody meter(ProxyRequest request) {
        Body body = request.getBody();
        HttpServerRequest incoming = request.proxiedRequest();
        boolean hasBody = body != null && (body.length() > 0 || "chunked".equalsIgnoreCase(
                incoming.getHeader("Transfer-Encoding")));
        if (!hasBody) {
            return null;
        }
        // A declared length was already checked against the limit before the proxy started.
        long limit = body.length() >= 0 ? Long.MAX_VALUE : limits.limitFor(request.proxiedRequest().path());
        MeteredBody metered = new MeteredBody(body.stream(), limit);
        request.setBody(Body.body(metered, body.length()));
        return metered;
    }

    private ProxyResponse tooLarge(ProxyRequest request, String requestId) {
        String limit = BodyLimits.describe(limits.limitFor(request.proxiedRequest().path()));
        return problems.answer(request, 413, GatewayMessage.BODY_TOO_LARGE.text(limit), requestId,
                Map.of("Connection", "close"));
    }

    /** Never written (the connection is closed); only the access log sees it, as nginx's 499. */
    private ProxyResponse callerGone(ProxyRequest request, String requestId) {
        return problems.answer(request, 499, GatewayMessage.CALLER_GONE.text(), requestId, Map.of());
    }

    private ProxyResponse unavailable(ProxyRequest request, String requestId, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof TimeoutException || cause instanceof NoStackTraceTimeoutException) {
            GatewayRouter.LOG.warnf("%s %s: %s did not answer in time (request %s)",
                    request.getMethod(), PersonalData.mask(request.getURI()), service, requestId);
            return problems.answer(request, 504, GatewayMessage.SERVICE_TIMEOUT.text(service), requestId, Map.of());
        }
        boolean open = cause instanceof CircuitBreakerOpenException;
        GatewayRouter.LOG.warnf("%s %s: %s %s (request %s)", request.getMethod(), PersonalData.mask(request.getURI()), service,
                open ? "is left alone after repeated failures" : "cannot be reached: " + cause, requestId);
        return problems.answer(request, 503, GatewayMessage.SERVICE_UNAVAILABLE.text(service), requestId,
                Map.of("Retry-After", String.valueOf(Math.max(1, breakerDelay.toSeconds()))));
    }

    private static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        random.nextBytes(trace);
        random.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
