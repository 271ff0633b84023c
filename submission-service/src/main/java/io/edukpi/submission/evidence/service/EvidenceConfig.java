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

    /**
     * The most all entries of a ZIP-based file (DOCX, XLSX, ODT) may unpack to together; counted while
     * unpacking, so a decompression bomb is refused (413) before it is stored.
     */
    @WithDefault("100M")
    MemorySize maxUnpackedSize();

    /** The most times its own size a ZIP-based file may unpack to, once it unpacks to more than 1 MB. */
    @WithDefault("100")
    int maxUnpackedRatio();
}
