package io.edukpi.commons.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "edukpi.outbox")
public interface OutboxConfig {

    /** Events published per relay pass. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for Kafka to acknowledge a batch. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** How long published events stay in the table for inspection and replay. */
    @WithDefault("P7D")
    Duration retention();

    /** The source attribute of every event: the service's name. */
    @WithDefault("${quarkus.application.name:edukpi}")
    String source();
}
