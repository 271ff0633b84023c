package io.edukpi.submission.evidence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.edukpi.submission.evidence.SampleFiles;
import io.edukpi.submission.evidence.service.EvidenceConfig;
import io.quarkus.runtime.configuration.MemorySize;

class FileSystemEvidenceStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesByHashAndOnce() throws Exception {
        FileSystemEvidenceStore store = store();
        byte[] pdf = SampleFiles.pdf(1, 300_000);
        StagedUpload staged = store.stage(new ByteArrayInputStream(pdf), 1_000_000, 512, (h, n) -> {
        });
        assertEquals(pdf.length, staged.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), staged.sha256());
        String key = store.commit(staged);
        assertEquals(staged.sha256(), key);
        try (InputStream in = store.open(key)) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        // the same bytes again: stored once
        assertEquals(key, store.commit(store.stage(new ByteArrayInputStream(pdf), 1_000_000, 512, (h, n) -> {
        })));
        assertEquals(List.of(dir.resolve(key.substring(0, 2)).resolve(key)), files());
        store.delete(key);
        store.delete(key);
        assertEquals(List.of(), files());
    }

    @Test
    void stopsAtTheLimitAndLeavesNothing() throws IOException {
        FileSystemEvidenceStore store = store();
        CountingStream in = new CountingStream(new ByteArrayInputStream(SampleFiles.pdf(2, 5_000_000)));
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> store.stage(in, 100_000, 512, (h, n) -> {
        }));
        assertEquals(100_000, e.limit());
        assertTrue(in.read < 200_000, "read " + in.read + " bytes of a 5 MB body");
        assertEquals(List.of(), files());
    }

    @Test
    void aRefusedHeadStopsBeforeTheBody() throws IOException {
        FileSystemEvidenceStore store = store();
        CountingStream in = new CountingStream(new ByteArrayInputStream(SampleFiles.exe(1_000_000)));
        assertThrows(IllegalStateException.class, () -> store.stage(in, 2_000_000, 512, (h, n) -> {
            throw new IllegalStateException("refused " + (char) h[0] + (char) h[1]);
        }));
        assertEquals(512, in.read);
        assertEquals(List.of(), files());
    }

    @Test
    void anInterruptedUploadLeavesNothing() throws IOException {
        FileSystemEvidenceStore store = store();
        InputStream broken = new FilterInputStream(new ByteArrayInputStream(SampleFiles.pdf(3, 1_000_000))) {
            int calls;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (++calls > 5) {
                    throw new IOException("connection reset by peer");
                }
                return super.read(b, off, len);
            }
        };
        assertThrows(IOException.class, () -> store.stage(broken, 2_000_000, 512, (h, n) -> {
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void discardRemovesTheStagedFile() throws IOException {
        FileSystemEvidenceStore store = store();
        StagedUpload staged = store.stage(new ByteArrayInputStream(SampleFiles.png(1, 1000)), 2000, 512, (h, n) -> {
        });
        assertTrue(Files.exists(staged.file()));
        assertTrue(staged.file().getFileName().toString().startsWith(FileSystemEvidenceStore.TEMP_PREFIX));
        store.discard(staged);
        store.discard(staged);
        assertFalse(Files.exists(staged.file()));
        assertEquals(List.of(), files());
    }

    @Test
    void keysAreHashesOnly() {
        FileSystemEvidenceStore store = store();
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
    }

    private FileSystemEvidenceStore store() {
        return new FileSystemEvidenceStore(new EvidenceConfig() {
            @Override
            public String directory() {
                return dir.toString();
            }

            @Override
            public MemorySize maxFileSize() {
                return new MemorySize(BigInteger.valueOf(1_000_000));
            }

            @Override
            public MemorySize maxResultSize() {
                return new MemorySize(BigInteger.valueOf(5_000_000));
            }

            @Override
            public MemorySize maxUnpackedSize() {
                return new MemorySize(BigInteger.valueOf(50_000_000));
            }

            @Override
            public int maxUnpackedRatio() {
                return 100;
            }
        });
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
