package io.edukpi.submission.evidence.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evidence storage and limits ({@code edukpi.evidence.*}). */
@ConfigMapping(prefix = "edukpi.evidence")
public interface EvidenceConfig {

    /** The file-system store's directory; relative paths are under the working directory. */
    @WithDefault(".edukpi/evidence")
    String directory();

    /**
     * Largest single file. Uploads are also capped by {@code quarkus.http.limits.max-body-size}
     * (20M in commons), which answers a larger declared Content-Length first.
     */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** Largest total of one result's evidence files. */
    @WithDefault("100M")
    MemorySize maxResultSize();
}
