package io.edukpi.commons.logging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.edukpi.commons.requestid.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpVersion;

/**
 * One line per API call, like Quarkus' access log ({@code GET /path HTTP/1.1 200 512 B 3 ms}) but
 * with personal data masked: paths and queries carry citizen IDs, and logs are kept and shipped far
 * longer and wider than the data itself. Quarkus' own access log stays off for that reason.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("io.edukpi.access");
    /** After the request id is fixed, so the line carries it. */
    private static final int PRIORITY = 9_900;

    private final boolean enabled;

    public AccessLog(@ConfigProperty(name = "edukpi.access-log.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    private static final int MAX_LOGGED_URI = 2048;

    void register(@Observes Filters filters) {
        if (!enabled) {
            return;
        }
        filters.register(rc -> {
            String uri = rc.request().uri();
            if (uri.startsWith("/q/")) {
                rc.next();
                return;
            }
            long start = System.nanoTime();
            // Masked before it is cut (a cut ID would escape the mask); a refused 1 MB query is not a 1 MB line.
            String masked = PersonalData.mask(uri);
            String logged = masked.length() > MAX_LOGGED_URI
                    ? masked.substring(0, MAX_LOGGED_URI) + "...(" + masked.length() + ")"
                    : masked;
            String requestLine = rc.request().method().name() + " " + logged + " "
                    + protocol(rc.request().version());
            String requestId = rc.response().headers().get(RequestIds.HEADER);
            rc.addEndHandler(done -> {
                Object previous = MDC.get(RequestIds.MDC_KEY);
                MDC.put(RequestIds.MDC_KEY, requestId == null ? "" : requestId);
                try {
                    LOG.infof("%s %d %d B %d ms", requestLine, rc.response().getStatusCode(),
                            rc.response().bytesWritten(), (System.nanoTime() - start) / 1_000_000);
                } finally {
                    if (previous == null) {
                        MDC.remove(RequestIds.MDC_KEY);
                    } else {
                        MDC.put(RequestIds.MDC_KEY, previous);
                    }
                }
            });
            rc.next();
        }, PRIORITY);
    }

    private static String protocol(HttpVersion version) {
        return switch (version == null ? HttpVersion.HTTP_1_1 : version) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_2 -> "HTTP/2";
            default -> "HTTP/1.1";
        };
    }
}
