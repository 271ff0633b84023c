package io.edukpi.registry.ingest;

import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import io.edukpi.registry.config.RegistryConfig;
import io.edukpi.registry.domain.RegistryMessage;

/**
 * How far a workbook's parts may inflate: a small .xlsx whose sheet XML inflates to gigabytes (a
 * decompression bomb) is refused before any of it is parsed.
 *
 * @param maxPartBytes the most bytes one part (a sheet, the shared strings) may hold decoded
 * @param minInflateRatio the least compressed size per decoded byte of a part over
 *        {@link ZipSecureFile#getGraceEntrySize()} (0.01: a part may inflate at most 100 times)
 */
public record XlsxLimits(long maxPartBytes, double minInflateRatio) {

    public static XlsxLimits of(RegistryConfig.Ingestion config) {
        return new XlsxLimits(config.xlsxMaxPartMegabytes() * 1024 * 1024, config.xlsxMinInflateRatio());
    }

    /**
     * Refuses a workbook whose directory declares a part over the limits. A directory that understates
     * a part is caught while reading: POI counts the bytes it inflates against the same limits.
     */
    void check(ZipFile zip) {
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            if (size > maxPartBytes) {
                throw FileProblemException.of(RegistryMessage.XLSX_DECODED_SIZE, entry.getName(),
                        maxPartBytes / (1024 * 1024));
            }
            if (size > ZipSecureFile.getGraceEntrySize() && (double) entry.getCompressedSize() / size < minInflateRatio) {
                throw FileProblemException.of(RegistryMessage.XLSX_INFLATE_RATIO, entry.getName(),
                        Math.round(1 / minInflateRatio));
            }
        }
    }

    /** Makes POI count the bytes it inflates against these limits (POI keeps them per JVM). */
    void applyToPoi() {
        ZipSecureFile.setMaxEntrySize(maxPartBytes);
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
    }
}
