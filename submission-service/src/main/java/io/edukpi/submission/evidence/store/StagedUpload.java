package io.edukpi.submission.evidence.store;

import java.nio.file.Path;

/**
 * An upload streamed to a local temporary file, not yet stored.
 *
 * @param file the temporary file (readable, e.g. to list a ZIP's entries)
 * @param size bytes received
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param head the first bytes (at most the head size asked for)
 */
public record StagedUpload(Path file, long size, String sha256, byte[] head) {
}
