package io.edukpi.submission.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decoded size of a ZIP-based evidence file is counted while it is unpacked, never taken from its headers. */
class ZipContentsTest {

    private static final ZipContents.Limits LIMITS = new ZipContents.Limits(4 * 1024 * 1024, 100);

    @TempDir
    Path dir;

    private List<String> entries(byte[] bytes, ZipContents.Limits limits) throws IOException, UnpackedTooLargeException {
        Path file = Files.write(dir.resolve("upload.tmp"), bytes);
        return ZipContents.entries(file, limits);
    }

    @Test
    void officeDocumentsPassWithTheirEntryNames() throws Exception {
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"),
                entries(SampleFiles.docx(1), LIMITS));
        assertTrue(entries(SampleFiles.xlsx(1), LIMITS).contains("xl/workbook.xml"));
        assertEquals("mimetype", entries(SampleFiles.odt(1), LIMITS).get(0));
    }

    @Test
    void aBombOverTheTotalIsRefused() {
        byte[] bomb = SampleFiles.xlsxBomb(8 * 1024 * 1024);
        UnpackedTooLargeException e = assertThrows(UnpackedTooLargeException.class, () -> entries(bomb,
                new ZipContents.Limits(4 * 1024 * 1024, 100_000)));
        assertEquals(UnpackedTooLargeException.Limit.SIZE, e.limit());
        assertEquals(4 * 1024 * 1024, e.allowed());
    }

    @Test
    void aSmallFileUnpackingToAHundredTimesItsSizeIsRefused() {
        byte[] bomb = SampleFiles.xlsxBomb(2 * 1024 * 1024);
        UnpackedTooLargeException e = assertThrows(UnpackedTooLargeException.class, () -> entries(bomb, LIMITS));
        assertEquals(UnpackedTooLargeException.Limit.RATIO, e.limit());
        assertEquals(100, e.allowed());
    }

    @Test
    void theRatioSparesWhatUnpacksToLittle() throws Exception {
        // 512 KB of zeros deflate a thousandfold, but that is not enough to hurt anybody
        assertEquals(2, entries(SampleFiles.xlsxBomb(512 * 1024), LIMITS).size());
    }

    @Test
    void theSizesAnArchiveDeclaresAreNotBelieved() throws Exception {
        byte[] bomb = SampleFiles.xlsxBomb(8 * 1024 * 1024);
        byte[] lying = Arrays.copyOf(bomb, bomb.length);
        // every "uncompressed size" field, local and central, says 1 byte
        for (int i = 0; i + 4 <= lying.length; i++) {
            if (lying[i] == 'P' && lying[i + 1] == 'K' && lying[i + 2] == 3 && lying[i + 3] == 4) {
                writeInt(lying, i + 22, 1);
            } else if (lying[i] == 'P' && lying[i + 1] == 'K' && lying[i + 2] == 1 && lying[i + 3] == 2) {
                writeInt(lying, i + 24, 1);
            } else if (lying[i] == 'P' && lying[i + 1] == 'K' && lying[i + 2] == 7 && lying[i + 3] == 8) {
                writeInt(lying, i + 12, 1);
            }
        }
        assertThrows(UnpackedTooLargeException.class, () -> entries(lying, LIMITS));
    }

    @Test
    void aDamagedArchiveIsStillCountedAsFarAsItUnpacks() throws Exception {
        byte[] bomb = SampleFiles.xlsxBomb(8 * 1024 * 1024);
        // no central directory: a streaming reader still finds the entries
        byte[] truncated = Arrays.copyOf(bomb, bomb.length - 40);
        assertThrows(UnpackedTooLargeException.class, () -> entries(truncated, LIMITS));
        assertEquals(List.of(), entries(Arrays.copyOf(SampleFiles.docx(1), 200), LIMITS));
    }

    private static void writeInt(byte[] b, int at, int value) {
        for (int k = 0; k < 4; k++) {
            b[at + k] = (byte) (value >>> (8 * k));
        }
    }
}
