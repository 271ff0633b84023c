package io.edukpi.submission.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What a ZIP-based evidence file (DOCX, XLSX, ODT) holds: its entry names, read only after every entry was
 * unpacked and counted, so that a decompression bomb is refused before anybody opens it. The bytes are counted
 * as they come out of the inflater: the sizes an archive declares are not believed.
 */
public final class ZipContents {

    /**
     * Below this many unpacked bytes the ratio is not checked: a small document of repetitive XML packs far
     * tighter than a hundredfold, and harms nobody.
     */
    public static final long RATIO_GRACE = 1024 * 1024;

    /**
     * @param maxUnpackedSize the most bytes all entries together may unpack to
     * @param maxRatio the most times its own size a file may unpack to (beyond {@link #RATIO_GRACE})
     */
    public record Limits(long maxUnpackedSize, int maxRatio) {
    }

    private ZipContents() {
    }

    /**
     * The entry names, in order, of the archive in {@code file}; none when it has no readable central directory
     * (its entries are still unpacked and counted as a streaming reader finds them).
     *
     * @throws UnpackedTooLargeException as soon as the unpacked bytes pass a limit
     */
    public static List<String> entries(Path file, Limits limits) throws IOException, UnpackedTooLargeException {
        Budget budget = new Budget(limits, Files.size(file));
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException noDirectory) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
                while (nextEntry(in)) {
                    budget.unpack(in);
                }
            }
            return List.of();
        }
        // The central directory is what office programs read, overlapping entries included.
        try (zip) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    budget.unpack(in);
                } catch (ZipException damaged) {
                    // an entry that cannot be opened unpacks to nothing
                }
            }
            return names;
        }
    }

    private static boolean nextEntry(ZipInputStream in) {
        try {
            return in.getNextEntry() != null;
        } catch (IOException damaged) {
            return false;
        }
    }

    /** The bytes unpacked so far, against the limits. */
    private static final class Budget {
        private final Limits limits;
        private final long packed;
        private final byte[] buffer = new byte[64 * 1024];
        private long unpacked;

        Budget(Limits limits, long packed) {
            this.limits = limits;
            this.packed = Math.max(1, packed);
        }

        /** Unpacks one entry to its end, or as far as it is readable: a damaged entry is not a bomb. */
        void unpack(InputStream entry) throws UnpackedTooLargeException {
            int n;
            do {
                try {
                    n = entry.read(buffer);
                } catch (IOException damaged) {
                    return;
                }
                unpacked += Math.max(n, 0);
                if (unpacked > limits.maxUnpackedSize()) {
                    throw new UnpackedTooLargeException(UnpackedTooLargeException.Limit.SIZE, limits.maxUnpackedSize());
                }
                if (unpacked > RATIO_GRACE && unpacked > packed * limits.maxRatio()) {
                    throw new UnpackedTooLargeException(UnpackedTooLargeException.Limit.RATIO, limits.maxRatio());
                }
            } while (n >= 0);
        }
    }
}
