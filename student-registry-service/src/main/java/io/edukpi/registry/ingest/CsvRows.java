package io.edukpi.registry.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.edukpi.registry.domain.RegistryMessage;

/**
 * Streams a CSV file (comma separated, RFC 4180 quoting) row by row; the first row is the header. A
 * last row inside a quote that is never closed is a file cut off in its last cell: the file fails. A
 * row holding bytes outside the file's encoding is rejected, naming its first such column.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static void read(Path file, TextEncoding.Detected encoding, RowListener listener) throws IOException {
        long row = 0;
        try (OpenQuote reader = new OpenQuote(TextEncoding.open(file, encoding));
                CsvReader<CsvRecord> csv = CsvReader.builder()
                        .fieldSeparator(',')
                        .quoteCharacter('"')
                        .commentStrategy(CommentStrategy.NONE)
                        .skipEmptyLines(true)
                        .ignoreDifferentFieldCount(true)
                        .detectBomHeader(false)
                        .ofCsvRecord(reader)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw FileProblemException.of(RegistryMessage.NO_HEADER);
            }
            String[] header = records.next().getFields().toArray(String[]::new);
            listener.header(header);
            row = 1;
            while (records.hasNext()) {
                CsvRecord record = records.next();
                row++;
                boolean last = !records.hasNext();
                if (last && reader.open()) {
                    // The reader has taken the whole file: its last cell opened a quote that nothing closed.
                    int cell = record.getFieldCount() - 1;
                    throw FileProblemException.at(row, cell < header.length ? header[cell].strip() : null,
                            RegistryMessage.FILE_CUT_OFF);
                }
                String[] cells = record.getFields().toArray(String[]::new);
                int bad = TextEncoding.undecodable(cells);
                if (bad >= 0) {
                    listener.unreadable(row, RegistryMessage.ENCODING.at(bad < header.length ? header[bad].strip() : null,
                            row));
                } else {
                    listener.row(row, cells, last);
                }
            }
        } catch (CsvParseException e) {
            throw FileProblemException.at(row + 1, null, RegistryMessage.CSV_MALFORMED, row, e.getMessage());
        }
    }
}
