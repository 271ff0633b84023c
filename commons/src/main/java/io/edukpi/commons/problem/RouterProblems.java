package io.edukpi.commons.problem;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with problem+json where no REST resource is involved: paths nothing serves, methods a
 * route does not take, bodies over the size limit.
 */
@ApplicationScoped
public class RouterProblems {

    /** After the request id is fixed, before Quarkus' own body-size check. */
    private static final int BODY_LIMIT_PRIORITY = 9_000;

    private final Problems problems;

    public RouterProblems(Problems problems) {
        this.problems = problems;
    }

    /**
     * Quarkus refuses a declared Content-Length over {@code quarkus.http.limits.max-body-size} with
     * an empty 413; this filter runs first and says why, in problem+json.
     */
    void register(@Observes Filters filters) {
        Optional<MemorySize> limit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class);
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        long megabytes = max / (1024 * 1024);
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, max)) {
                write(rc, 413, CommonMessage.BODY_OVER_LIMIT.text(megabytes + " MB"));
                return;
            }
            rc.next();
        }, BODY_LIMIT_PRIORITY);
    }

    private static boolean isOver(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void register(@Observes Router router) {
        for (int status : new int[] { 404, 405 }) {
            Text detail = StatusTitles.routingDetail(status);
            router.errorHandler(status, rc -> write(rc, status, detail));
        }
    }

    /** Writes a problem unless the response is already under way. */
    public void write(RoutingContext rc, int status, Text detail) {
        write(rc, status, detail, rc.request().path(), List.of());
    }

    /** The same, with what is wrong where, and the instance to name (a path may be too long to repeat). */
    public void write(RoutingContext rc, int status, Text detail, String instance, List<Finding> findings) {
        if (rc.response().headWritten() || rc.response().ended()) {
            return;
        }
        Problem problem = Problems.of(status, detail, instance, findings);
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problems.toJson(problem));
    }
}
