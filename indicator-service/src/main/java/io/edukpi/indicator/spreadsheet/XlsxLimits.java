package io.edukpi.indicator.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.IndicatorMessage;

/**
 * What an uploaded workbook may unpack to, checked by inflating it once (counting, keeping nothing) before
 * POI opens it: POI holds every unpacked part in memory, so a small upload of a decompression bomb or of a
 * huge sheet would cost gigabytes.
 */
final class XlsxLimits {

    /** Unpacked bytes of every part together, far above what any catalogue's workbook needs. */
    static final int MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
    /** Unpacked size over upload size; real workbooks stay below 20, bombs are in the thousands. */
    static final int MAX_RATIO = 100;
    /** The end of central directory record a whole ZIP file ends with ("PK\5\6" and 18 more bytes). */
    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_LENGTH = 22;

    private XlsxLimits() {
    }

    /** Refuses a cut-off upload (400) and one that unpacks to too much (413). */
    static void check(byte[] body) {
        if (!hasEndRecord(body)) {
            throw truncated();
        }
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > (long) MAX_RATIO * body.length) {
                        throw refused(IndicatorMessage.WORKBOOK_TOO_COMPRESSED, MAX_RATIO);
                    }
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw refused(IndicatorMessage.WORKBOOK_TOO_LARGE, MAX_UNPACKED_BYTES);
                    }
                }
            }
        } catch (ZipException e) {
            // Not a ZIP as Java reads it: POI says what is wrong with it.
        } catch (IOException e) {
            throw truncated();
        }
    }

    private static boolean hasEndRecord(byte[] body) {
        int last = body.length - END_RECORD_LENGTH;
        // The record may be followed by a comment of up to 65535 bytes.
        for (int at = last; at >= 0 && at >= last - 65_535; at--) {
            if (littleEndianInt(body, at) == END_RECORD) {
                return true;
            }
        }
        return false;
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static ProblemException refused(IndicatorMessage message, Object limit) {
        Finding finding = message.at("file", limit);
        return ProblemException.of(413, message.text(limit), List.of(finding));
    }

    private static ProblemException truncated() {
        return ProblemException.invalid(IndicatorMessage.WORKBOOK_TRUNCATED.text(),
                List.of(IndicatorMessage.WORKBOOK_TRUNCATED.at("file")));
    }
}
