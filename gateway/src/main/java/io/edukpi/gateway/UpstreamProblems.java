package io.edukpi.gateway;

import io.edukpi.commons.problem.Problem;
import io.edukpi.commons.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** The problem+json answers of the gateway itself, for when a service is down or slow. */
@ApplicationScoped
public class UpstreamProblems {

    private static final Logger LOG = Logger.getLogger(UpstreamProblems.class);

    private final Problems problems;

    public UpstreamProblems(Problems problems) {
        this.problems = problems;
    }

    ProxyResponse answer(ProxyRequest request, String service, int status, String requestId) {
        boolean slow = status == 504;
        LOG.warnf("%s %s: %s %s (request %s)", request.getMethod(), request.getURI(), service,
                slow ? "did not answer in time" : "cannot be reached", requestId);
        Problem problem = Problems.of(status,
                slow ? service + " did not answer in time. Try again shortly."
                        : service + " cannot be reached right now. Try again shortly.",
                slow ? "บริการ " + service + " ไม่ตอบสนองภายในเวลาที่กำหนด กรุณาลองใหม่อีกครั้ง"
                        : "ไม่สามารถติดต่อบริการ " + service + " ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง",
                request.proxiedRequest().path(), List.of()).withRequestId(requestId);
        Buffer body = Buffer.buffer(problems.toJson(problem));
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .setStatusMessage(slow ? "Gateway Timeout" : "Bad Gateway")
                .setBody(Body.body(body));
        response.headers().clear();
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        response.putHeader("Content-Length", String.valueOf(body.length()));
        return response;
    }
}
