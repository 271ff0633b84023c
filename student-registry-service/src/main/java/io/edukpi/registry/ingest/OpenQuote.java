package io.edukpi.registry.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows RFC 4180 quoting over the characters a CSV reader takes, so that at the end of the file it
 * is known whether a quoted field was still open: the file was cut inside its last cell. The CSV
 * reader itself ends such a field at the end of the file without a word.
 */
final class OpenQuote extends FilterReader {

    private boolean fieldStart = true;
    private boolean quoted;
    /** Inside a quoted field, a quote was just read: it ends the field unless another quote follows. */
    private boolean quoteSeen;

    OpenQuote(Reader in) {
        super(in);
    }

    /** True when the characters read so far end inside a quoted field. */
    boolean open() {
        return quoted && !quoteSeen;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            follow(buffer[offset + i]);
        }
        return n;
    }

    private void follow(char c) {
        if (quoted) {
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    return;
                }
                quoted = false;
            } else {
                quoteSeen = c == '"';
                return;
            }
        }
        if (c == '"' && fieldStart) {
            quoted = true;
        }
        fieldStart = c == ',' || c == '\n' || c == '\r';
    }
}
