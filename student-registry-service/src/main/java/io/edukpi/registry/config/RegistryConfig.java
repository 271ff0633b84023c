package io.edukpi.registry.config;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "edukpi.registry")
public interface RegistryConfig {

    Ingestion ingestion();

    /** Largest JSON body the MIS endpoints accept; uploads have their own, larger limit. */
    @WithDefault("20")
    int jsonBodyLimitMegabytes();

    interface Ingestion {
        /** Where uploaded files wait for their job; kept after a failure so the job can be run again. */
        @WithDefault("${java.io.tmpdir}/edukpi-registry-ingestion")
        Path directory();

        /** Jobs that run at the same time; each holds one database connection for its whole file. */
        @WithDefault("2")
        int workers();

        /** Rows between two progress updates of a running job. */
        @WithDefault("10000")
        int progressEvery();
    }
}
