package io.edukpi.submission.evidence.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence bytes live. An upload is staged first (streamed to a local temporary file while its
 * size and SHA-256 are computed) and only {@link #commit committed} once the database row is certain,
 * so that a refused or interrupted upload leaves nothing behind. Keys are content addresses: the same
 * bytes are stored once however many results they are attached to.
 *
 * <p>
 * To use an object store instead of the file system, implement this interface as an
 * {@code @ApplicationScoped} bean: the file-system store is a {@code @DefaultBean}, so any other
 * implementation replaces it. Its {@code commit} uploads the staged file, then deletes it.
 */
public interface EvidenceStore {

    /** Called with the first bytes before the rest is read; throws to stop the upload. */
    @FunctionalInterface
    interface HeadCheck {
        void check(byte[] head, int length);
    }

    /**
     * Streams {@code content} into a staged file, at most {@code maxBytes}.
     *
     * @param headSize how many leading bytes {@code check} wants to see
     * @throws LimitExceededException as soon as more than {@code maxBytes} arrive (the staged file is gone)
     * @throws IOException when reading or writing fails (the staged file is gone)
     */
    StagedUpload stage(InputStream content, long maxBytes, int headSize, HeadCheck check) throws IOException;

    /** Makes a staged upload durable under its key (its SHA-256); returns the key. */
    String commit(StagedUpload staged) throws IOException;

    /** Forgets a staged upload that will not be committed; harmless when already committed or discarded. */
    void discard(StagedUpload staged);

    /** The stored bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the stored bytes; harmless when they are gone already. */
    void delete(String key) throws IOException;
}
