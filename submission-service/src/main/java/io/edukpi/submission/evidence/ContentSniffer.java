package io.edukpi.submission.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Recognises an evidence file from its first bytes (and, for ZIP containers, its entry names). The
 * declared name and Content-Type are never trusted: an .exe renamed .pdf starts with "MZ".
 */
public final class ContentSniffer {

    /** How many leading bytes {@link #head} wants: enough for an ODT's leading "mimetype" entry. */
    public static final int HEAD_SIZE = 512;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private ContentSniffer() {
    }

    /** Looks at the first {@code length} bytes of {@code head}. */
    public static Sniff head(byte[] head, int length) {
        byte[] b = Arrays.copyOf(head, Math.max(0, Math.min(length, head.length)));
        if (startsWith(b, PDF)) {
            return Sniff.accepted(EvidenceType.PDF);
        }
        if (startsWith(b, JPEG)) {
            return Sniff.accepted(EvidenceType.JPEG);
        }
        if (startsWith(b, PNG)) {
            return Sniff.accepted(EvidenceType.PNG);
        }
        if (startsWith(b, ZIP)) {
            return new Sniff(null, true, "a ZIP archive");
        }
        return Sniff.refused(describe(b));
    }

    /**
     * Decides a ZIP container: an ODT's first entry is an uncompressed "mimetype" naming ODT; Office
     * Open XML keeps a Word document under word/ and a workbook under xl/.
     *
     * @param entryNames the archive's entry names, in order
     */
    public static Sniff zip(byte[] head, int length, List<String> entryNames) {
        if (ODT_MIMETYPE.equals(firstStoredEntry(head, length, "mimetype"))) {
            return Sniff.accepted(EvidenceType.ODT);
        }
        boolean word = entryNames.stream().anyMatch(n -> n.startsWith("word/"));
        boolean sheet = entryNames.stream().anyMatch(n -> n.startsWith("xl/"));
        if (word && !sheet) {
            return Sniff.accepted(EvidenceType.DOCX);
        }
        if (sheet && !word) {
            return Sniff.accepted(EvidenceType.XLSX);
        }
        return Sniff.refused("a ZIP archive that is not a Word (DOCX), Excel (XLSX) or OpenDocument text (ODT) file");
    }

    /** The content of the first local entry when it is stored uncompressed under {@code name}; null otherwise. */
    private static String firstStoredEntry(byte[] b, int length, String name) {
        int n = Math.min(length, b.length);
        if (n < 30 || u16(b, 8) != 0) {
            return null;
        }
        int nameLength = u16(b, 26);
        int extraLength = u16(b, 28);
        long size = u32(b, 18);
        int data = 30 + nameLength + extraLength;
        if (data + size > n || !name.equals(new String(b, 30, nameLength, StandardCharsets.US_ASCII))) {
            return null;
        }
        return new String(b, data, (int) size, StandardCharsets.US_ASCII);
    }

    private static String describe(byte[] b) {
        if (b.length == 0) {
            return "an empty file";
        }
        if (startsWith(b, new byte[] { 'M', 'Z' })) {
            return "a Windows program (MZ)";
        }
        if (startsWith(b, new byte[] { 0x7F, 'E', 'L', 'F' })) {
            return "a Linux program (ELF)";
        }
        if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "a GIF image";
        }
        if (startsWith(b, new byte[] { 0x52, 0x61, 0x72, 0x21 })) {
            return "a RAR archive";
        }
        if (startsWith(b, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })) {
            return "an old Office file (DOC/XLS)";
        }
        return "an unknown format (first bytes " + HexFormat.ofDelimiter(" ").withUpperCase()
                .formatHex(b, 0, Math.min(8, b.length)) + ")";
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
