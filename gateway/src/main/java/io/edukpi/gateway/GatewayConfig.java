package io.edukpi.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "edukpi.gateway")
public interface GatewayConfig {

    /**
     * Base URL of each service by its name, e.g. {@code indicator-service=http://127.0.0.1:8081}; for
     * a service running as several instances, their URLs separated by commas. Calls go to them in
     * turn (see {@link ServiceInstances}).
     */
    Map<String, String> upstreams();

    /**
     * How long an instance that refused a connection, or dropped a call before answering, is passed
     * over while another instance of its service is up.
     */
    @WithDefault("5s")
    Duration downInstanceSkip();

    /** How long a service may take to start answering before the caller gets a 504. */
    @WithDefault("30s")
    Duration timeout();

    /**
     * A service's own deadline where it differs from {@link #timeout()}, e.g. {@code upstream-timeouts.scoring-service=60s}.
     */
    Map<String, Duration> upstreamTimeouts();

    /** How long connecting to a service may take before the caller gets a 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept per service and event loop (each event loop has its own connections). */
    @WithDefault("200")
    int poolSize();

    /**
     * Where clients reach the gateway: the server of the merged OpenAPI document. Without it, the
     * scheme and host the document was asked for.
     */
    Optional<String> publicUrl();

    /** The realm as browsers and clients reach it: the token endpoints of the merged OpenAPI document. */
    @WithDefault("${edukpi.oidc.url:http://127.0.0.1:8180/realms/edukpi}")
    String realmPublicUrl();

    /**
     * Verified bearer tokens kept until their {@code exp}, so a client's next calls skip the
     * signature check (see {@link VerifiedTokens}); beyond this many (a few KB each), the least used are
     * verified again.
     */
    @WithDefault("10000")
    long tokenCacheSize();

    CircuitBreaker circuitBreaker();

    Overview overview();

    RateLimit rateLimit();

    BodyLimit bodyLimit();

    /** The overview at {@code /}: the browser signs in with this public client of the realm. */
    interface Overview {
        @WithDefault("edukpi-overview")
        String clientId();

        /**
         * Where the gateway exchanges the browser's codes and refresh tokens: the realm as the gateway reaches
         * it. The browser posts to the gateway (same origin), so the overview works on any gateway port without
         * a CORS origin per port in the realm.
         */
        @WithDefault("${edukpi.oidc.url:http://127.0.0.1:8180/realms/edukpi}/protocol/openid-connect/token")
        String tokenUrl();
    }

    /** Per service: after enough failed calls (no connection, no answer in time) it is left alone for a while. */
    interface CircuitBreaker {
        /** Calls looked at together. */
        @WithDefault("10")
        int requestVolumeThreshold();

        /** Share of failed calls among them that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker answers 503 at once before letting a trial call through. */
        @WithDefault("5s")
        Duration delay();
    }

    /** A token bucket per client id ({@code azp} of the token), refilled steadily over its window. */
    interface RateLimit {
        /** Requests a client may make in a burst. */
        @WithDefault("200")
        long capacity();

        /** How long an empty bucket takes to fill again (so 200 per 2 s is 100 requests per second sustained). */
        @WithDefault("2s")
        Duration window();

        /** Other limits for some clients, e.g. {@code clients.batch-client.capacity=1000}. */
        Map<String, ClientLimit> clients();

        interface ClientLimit {
            Optional<Long> capacity();

            Optional<Duration> window();
        }
    }

    /** Request bodies: small for JSON calls, large for the upload routes. Both stream, neither is buffered. */
    interface BodyLimit {
        @WithDefault("2M")
        MemorySize small();

        @WithDefault("1G")
        MemorySize large();

        /** Path regular expressions (whole path) that take large bodies: bulk registry data, imports, evidence. */
        @WithDefault("/api/v1/registry/.*,/api/v1/catalogues(/.*)?/imports?(/.*)?,/api/v1/submissions/.*/evidence(/.*)?")
        List<String> largePaths();
    }
}
