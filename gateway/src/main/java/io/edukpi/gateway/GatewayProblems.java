package io.edukpi.gateway;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.Problem;
import io.edukpi.commons.problem.Problems;
import io.edukpi.commons.requestid.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/** The gateway's own problem+json answers: refused calls (401, 413, 429, 400) and unhealthy services (503, 504). */
@ApplicationScoped
public class GatewayProblems {

    private final Problems problems;

    public GatewayProblems(Problems problems) {
        this.problems = problems;
    }

    /** Answers a call the gateway refuses before any service sees it. */
    void write(RoutingContext rc, int status, Text detail, Map<String, String> headers) {
        write(rc, status, detail, headers, List.of());
    }

    /** The same, saying where in the request the fault is. */
    void write(RoutingContext rc, int status, Text detail, Map<String, String> headers, List<Finding> findings) {
        if (rc.response().headWritten() || rc.response().ended()) {
            return;
        }
        String requestId = rc.response().headers().get(RequestIds.HEADER);
        Problem problem = Problems.of(status, detail, rc.request().path(), findings)
                .withRequestId(requestId);
        headers.forEach(rc.response()::putHeader);
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problems.toJson(problem));
    }

    /** The proxy's answer instead of the service's: the service is down, slow, or the body too large. */
    ProxyResponse answer(ProxyRequest request, int status, Text detail, String requestId,
            Map<String, String> headers) {
        Problem problem = Problems.of(status, detail, request.proxiedRequest().path(), List.of())
                .withRequestId(requestId);
        Buffer body = Buffer.buffer(problems.toJson(problem));
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .setStatusMessage(problem.title())
                .setBody(Body.body(body));
        response.headers().clear();
        headers.forEach(response::putHeader);
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        response.putHeader("Content-Length", String.valueOf(body.length()));
        return response;
    }
}
