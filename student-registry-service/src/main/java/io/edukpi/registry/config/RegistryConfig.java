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

        /**
         * The most one part of a workbook (a sheet, its shared strings) may hold decoded; more is refused. A sheet of Excel's
         * 1,048,576 rows of the 22 columns stays below 2 GB.
         */
        @WithDefault("2048")
        long xlsxMaxPartMegabytes();

        /**
         * The least compressed size per decoded byte of a workbook part: 0.01 lets a part inflate 100
         * times (sheets of real data inflate 5-20 times); a decompression bomb inflates a thousand times.
         */
        @WithDefault("0.01")
        double xlsxMinInflateRatio();

        /** Rows between two progress updates of a running job. */
        @WithDefault("10000")
        int progressEvery();
    }
}
