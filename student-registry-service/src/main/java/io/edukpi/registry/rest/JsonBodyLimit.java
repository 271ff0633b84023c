package io.edukpi.registry.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.edukpi.commons.problem.RouterProblems;
import io.edukpi.registry.config.RegistryConfig;
import io.edukpi.registry.domain.RegistryMessage;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * The service lifts the body limit to 1 GB for file uploads only; every other request keeps a
 * JSON-sized limit, refused with 413 problem+json before its body is read.
 */
@ApplicationScoped
public class JsonBodyLimit {

    /** Just after the shared body-limit filter of commons (9,000). */
    private static final int PRIORITY = 8_900;

    private final RouterProblems problems;
    private final long limit;

    public JsonBodyLimit(RouterProblems problems, RegistryConfig config) {
        this.problems = problems;
        this.limit = config.jsonBodyLimitMegabytes() * 1024L * 1024L;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && !upload(rc.request().path()) && over(length)) {
                problems.write(rc, 413, RegistryMessage.BODY_TOO_LARGE.text(limit / (1024 * 1024)));
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    private static boolean upload(String path) {
        return path.endsWith("/ingestion-jobs") || path.endsWith("/student-files");
    }

    private boolean over(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
