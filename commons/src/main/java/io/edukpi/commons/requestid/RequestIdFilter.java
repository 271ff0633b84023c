package io.edukpi.commons.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Runs before every HTTP route (REST, health, metrics, OpenAPI): fixes the request id, puts it in
 * the logging context and echoes it in the response.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Before Quarkus' own filters, so even their failures carry the id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = RequestIds.acceptOrCreate(rc.request().getHeader(RequestIds.HEADER));
            MDC.put(RequestIds.MDC_KEY, id);
            rc.response().putHeader(RequestIds.HEADER, id);
            rc.next();
        }, PRIORITY);
    }
}
