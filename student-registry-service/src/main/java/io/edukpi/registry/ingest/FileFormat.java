package io.edukpi.registry.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file types an upload may be, told by the name and confirmed by the first bytes. */
public enum FileFormat {
    CSV,
    XLSX,
    JSONL;

    public static Optional<FileFormat> ofFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }
}
