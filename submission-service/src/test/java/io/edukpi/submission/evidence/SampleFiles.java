package io.edukpi.submission.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of every accepted type (and some refused ones), made the way real programs lay them out. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A minimal PDF, its body padded with {@code seed}-dependent bytes so that every sample has its own hash. */
    public static byte[] pdf(int seed, int size) {
        byte[] b = random(seed, size);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, b.length));
        return b;
    }

    public static byte[] png(int seed, int size) {
        return withMagic(random(seed, size), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
    }

    public static byte[] jpeg(int seed, int size) {
        return withMagic(random(seed, size), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 });
    }

    /** A Windows program: what an .exe renamed .pdf really is. */
    public static byte[] exe(int size) {
        return withMagic(random(7, size), new byte[] { 'M', 'Z', (byte) 0x90, 0 });
    }

    public static byte[] docx(int seed) {
        return zip(false, seed, "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    }

    public static byte[] xlsx(int seed) {
        return zip(false, seed, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** An ODT: its first entry is "mimetype", stored uncompressed. */
    public static byte[] odt(int seed) {
        return zip(true, seed, "META-INF/manifest.xml", "content.xml");
    }

    /** A ZIP that is no office document. */
    public static byte[] plainZip(int seed) {
        return zip(false, seed, "readme.txt", "data/values.csv");
    }

    /**
     * A decompression bomb laid out as an XLSX ({@code xl/} entries): its sheet is {@code unpacked} zero bytes,
     * which deflate to about a thousandth of that.
     */
    public static byte[] xlsxBomb(int unpacked) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[64 * 1024];
            for (int left = unpacked; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, Math.min(left, zeros.length));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(boolean odt, int seed, String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (odt) {
                byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x seed=\"" + seed + "\">" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] withMagic(byte[] b, byte[] magic) {
        System.arraycopy(magic, 0, b, 0, Math.min(magic.length, b.length));
        return b;
    }

    private static byte[] random(int seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
