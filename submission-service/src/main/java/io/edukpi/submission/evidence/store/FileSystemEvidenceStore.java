package io.edukpi.submission.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.submission.evidence.service.EvidenceConfig;
import io.quarkus.arc.DefaultBean;

/**
 * Evidence in a directory: {@code
 *
<dir>
 * /<first two hex digits>/<sha256>}. Uploads are written to
 * {@code
 *
<dir>
 * /.upload-<uuid>.tmp} (same file system, so the final rename is atomic), fsynced, then
 * renamed into place; every failure deletes the temporary file.
 */
@ApplicationScoped
@DefaultBean
public class FileSystemEvidenceStore implements EvidenceStore {

    static final String TEMP_PREFIX = ".upload-";
    static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileSystemEvidenceStore(EvidenceConfig config) {
        this.root = Path.of(config.directory()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public StagedUpload stage(InputStream content, long maxBytes, int headSize, HeadCheck check) throws IOException {
        Path temp = root.resolve(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
        MessageDigest sha = sha256();
        byte[] head = new byte[headSize];
        int headLength = 0;
        long size = 0;
        boolean done = false;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // The head is checked before anything else is read, so a refused type stops the upload at once.
            while (headLength < headSize) {
                int n = content.read(head, headLength, headSize - headLength);
                if (n < 0) {
                    break;
                }
                headLength += n;
            }
            check.check(head, headLength);
            size = write(out, sha, head, headLength, size, maxBytes);
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) >= 0;) {
                size = write(out, sha, buffer, n, size, maxBytes);
            }
            out.force(true);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        return new StagedUpload(temp, size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, headLength));
    }

    private static long write(FileChannel out, MessageDigest sha, byte[] bytes, int n, long size, long maxBytes)
            throws IOException {
        if (size + n > maxBytes) {
            throw new LimitExceededException(maxBytes);
        }
        sha.update(bytes, 0, n);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, n);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        return size + n;
    }

    @Override
    public String commit(StagedUpload staged) throws IOException {
        String key = staged.sha256();
        Path target = path(key);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            // The same bytes are stored already (content address).
            Files.deleteIfExists(staged.file());
            return key;
        }
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staged.file());
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(staged.file());
            throw e;
        }
        syncDirectory(target.getParent());
        return key;
    }

    @Override
    public void discard(StagedUpload staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staged upload " + staged.file(), e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Path file = path(key);
        try {
            Files.delete(file);
            syncDirectory(file.getParent());
        } catch (NoSuchFileException e) {
            // gone already: nothing to do
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an evidence key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Makes a rename or delete survive a crash (no-op where directories cannot be opened). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot fsync a directory; the data file itself is synced already
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
