package io.edukpi.registry.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text upload uses: UTF-8 (with or without BOM) or Windows-874, the superset of
 * TIS-620 that Thai Excel writes. Decided on the first 64 KB: text that is valid UTF-8 there is
 * UTF-8, anything else is Thai single-byte. Bytes that are not in that encoding further on (a file
 * that changes encoding half-way) are read as {@link #UNDECODABLE}: the readers reject the row that
 * holds them, at that row, and go on. (A decoder that stops at the first bad byte fails as far ahead
 * as its reader has buffered, rows before the bad ones.)
 */
public final class TextEncoding {

    public static final Charset WINDOWS_874 = Charset.forName("x-windows-874");
    /** What bytes outside the file's encoding are read as (U+FFFD REPLACEMENT CHARACTER). */
    public static final char UNDECODABLE = '\uFFFD';
    private static final int SAMPLE = 64 * 1024;

    private TextEncoding() {
    }

    public record Detected(Charset charset, boolean bom) {
        public String label() {
            return charset.equals(StandardCharsets.UTF_8) ? (bom ? "UTF-8 (BOM)" : "UTF-8") : "Windows-874/TIS-620";
        }
    }

    public static Detected detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, true);
        }
        int end = head.length;
        if (end == SAMPLE) {
            // The sample may stop inside a multi-byte character: judge up to the last complete one.
            while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(head, 0, end));
            return new Detected(StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new Detected(WINDOWS_874, false);
        }
    }

    public static Reader open(Path file, Detected encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (encoding.bom()) {
            in.skipNBytes(3);
        }
        return reader(in, encoding.charset());
    }

    /** Text of {@code charset} from {@code in}, with {@link #UNDECODABLE} where bytes are not in it. */
    static Reader reader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE)));
    }

    /** The index of the first cell holding bytes that were not in the file's encoding, or -1. */
    static int undecodable(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && cells[i].indexOf(UNDECODABLE) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
