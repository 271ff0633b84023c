package io.edukpi.gateway;

import io.edukpi.commons.requestid.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;

/**
 * What the gateway adds to a proxied call: the request id and forwarding headers on the way in,
 * and a problem+json answer when the service cannot be reached (502) or does not answer within the
 * deadline (504), instead of the proxy's empty error.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private final String service;
    private final String stripPrefix;
    private final UpstreamProblems problems;

    ForwardingInterceptor(String service, String stripPrefix, UpstreamProblems problems) {
        this.service = service;
        this.stripPrefix = stripPrefix;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        // The request-id filter has already accepted or created the id and put it on our response.
        String requestId = incoming.response().headers().get(RequestIds.HEADER);
        MultiMap headers = request.headers();
        headers.set(RequestIds.HEADER, requestId);
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
        return context.sendRequest().recover(failure -> Future.succeededFuture(
                problems.answer(request, service, isDeadline(failure) ? 504 : 502, requestId)));
    }

    /** The gateway's own request-id filter already set the header on the response; the service's copy would repeat it. */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    /** The upstream connected but did not answer in time (connect failures are 502s). */
    private static boolean isDeadline(Throwable failure) {
        return failure instanceof TimeoutException
                || failure instanceof io.vertx.core.impl.NoStackTraceTimeoutException;
    }
}
