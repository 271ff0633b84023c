package io.edukpi.registry.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.edukpi.registry.domain.RegistryMessage;

/**
 * Checks, before a job is created, that a file is what its name says: by its magic bytes, not by
 * trust. Cheap: reads the first bytes, and for a workbook the ZIP directory at its end, which a
 * cut-off upload lacks.
 */
public final class FileSniffer {

    private static final int SAMPLE = 4096;

    private FileSniffer() {
    }

    public static FileFormat check(Path file, String fileName, XlsxLimits limits) throws IOException {
        FileFormat declared = FileFormat.ofFileName(fileName).orElseThrow(() -> FileProblemException
                .of(RegistryMessage.FILE_TYPE_UNKNOWN, fileName));
        long size = Files.size(file);
        if (size == 0) {
            throw FileProblemException.of(RegistryMessage.FILE_EMPTY);
        }
        byte[] head = new byte[(int) Math.min(SAMPLE, size)];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        String actual = kind(head);
        boolean matches = switch (declared) {
            case XLSX -> actual.equals("zip");
            case CSV -> actual.equals("text") || actual.equals("json");
            case JSONL -> actual.equals("json");
        };
        if (!matches) {
            throw new FileProblemException(RegistryMessage.FILE_TYPE_MISMATCH.at(null, declared, describe(actual).text()));
        }
        if (declared == FileFormat.XLSX) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("xl/workbook.xml") == null) {
                    throw FileProblemException.of(RegistryMessage.NOT_A_WORKBOOK);
                }
                limits.check(zip);
            } catch (ZipException e) {
                throw FileProblemException.of(RegistryMessage.FILE_CUT_OFF);
            }
        }
        return declared;
    }

    /** True when the file's last byte ends a line, i.e. the writer finished its last row. */
    public static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return false;
            }
            raf.seek(raf.length() - 1);
            int last = raf.read();
            return last == '\n' || last == '\r';
        }
    }

    private static String kind(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "zip";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "xls";
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "pdf";
        }
        // Binary data is full of zero bytes; a text file may carry a stray NUL in a cell, which its row answers for.
        int zeros = 0;
        for (byte value : b) {
            zeros += value == 0 ? 1 : 0;
        }
        if (zeros > b.length / 100) {
            return "binary";
        }
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && b[i] == '{' ? "json" : "text";
    }

    private static RegistryMessage describe(String kind) {
        return switch (kind) {
            case "zip" -> RegistryMessage.CONTENT_ZIP;
            case "xls" -> RegistryMessage.CONTENT_XLS;
            case "pdf" -> RegistryMessage.CONTENT_PDF;
            case "binary" -> RegistryMessage.CONTENT_BINARY;
            case "json" -> RegistryMessage.CONTENT_JSON;
            default -> RegistryMessage.CONTENT_TEXT;
        };
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
