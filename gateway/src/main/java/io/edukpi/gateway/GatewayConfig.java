package io.edukpi.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "edukpi.gateway")
public interface GatewayConfig {

    /** Base URL of each service by its name, e.g. {@code indicator-service=http://127.0.0.1:8081}. */
    Map<String, String> upstreams();

    /** How long a service may take to start answering before the caller gets a 504. */
    @WithDefault("30s")
    Duration timeout();

    /** How long connecting to a service may take before the caller gets a 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept per service. */
    @WithDefault("200")
    int poolSize();
}
