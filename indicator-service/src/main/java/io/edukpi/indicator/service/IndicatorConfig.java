package io.edukpi.indicator.service;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "edukpi.indicator")
public interface IndicatorConfig {

    /**
     * Classpath resources (canonical catalogue JSON) imported and published on start when no version of
     * their catalogue exists yet. Listed rather than scanned: a jar's folders cannot be listed reliably.
     */
    @WithDefault("catalogues/obec-2554.json,catalogues/area-office-measures-2563.json")
    List<String> seeds();

    /** Largest upload accepted by the import endpoint, in bytes. */
    @WithDefault("10485760")
    long maxImportBytes();
}
