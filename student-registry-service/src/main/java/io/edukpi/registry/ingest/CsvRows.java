package io.edukpi.registry.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.edukpi.registry.domain.RegistryMessage;

/**
 * Streams a CSV file (comma separated, RFC 4180 quoting) row by row; the first row is the header. A
 * last row inside a quote that is never closed is a file cut off in its last cell: the file fails.
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
                listener.row(row, record.getFields().toArray(String[]::new), last);
            }
        } catch (UncheckedIOException e) {
            throw encodingOr(e.getCause(), row);
        } catch (CharacterCodingException e) {
            throw encodingOr(e, row);
        } catch (CsvParseException e) {
            throw FileProblemException.at(row + 1, null, RegistryMessage.CSV_MALFORMED, row, e.getMessage());
        }
    }

    private static RuntimeException encodingOr(IOException e, long row) {
        if (e instanceof CharacterCodingException) {
            return FileProblemException.at(row + 1, null, RegistryMessage.ENCODING, row + 1);
        }
        return new UncheckedIOException(e);
    }
}
