package io.edukpi.registry.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Streams a CSV file (comma separated, RFC 4180 quoting) row by row; the first row is the header. */
public final class CsvRows {

    private CsvRows() {
    }

    public static void read(Path file, TextEncoding.Detected encoding, RowListener listener) throws IOException {
        long row = 0;
        try (Reader reader = TextEncoding.open(file, encoding);
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
                throw new FileProblem("no-header", "The file has no header row.", "ไฟล์ไม่มีแถวหัวตาราง");
            }
            listener.header(records.next().getFields().toArray(String[]::new));
            row = 1;
            while (records.hasNext()) {
                CsvRecord record = records.next();
                row++;
                listener.row(row, record.getFields().toArray(String[]::new), !records.hasNext());
            }
        } catch (UncheckedIOException e) {
            throw encodingOr(e.getCause(), row);
        } catch (CharacterCodingException e) {
            throw encodingOr(e, row);
        } catch (CsvParseException e) {
            throw new FileProblem("csv-malformed", "The CSV cannot be read after row " + row + ": " + e.getMessage(),
                    "อ่านไฟล์ CSV ต่อจากแถวที่ " + row + " ไม่ได้ (รูปแบบไม่ถูกต้อง)", row + 1, null);
        }
    }

    private static RuntimeException encodingOr(IOException e, long row) {
        if (e instanceof CharacterCodingException) {
            return new FileProblem("encoding", "The text after row " + row
                    + " is neither valid UTF-8 nor Windows-874/TIS-620 throughout; save the whole file in one encoding.",
                    "ข้อความหลังแถวที่ " + row
                            + " ไม่ได้เข้ารหัสแบบเดียวกับส่วนต้นของไฟล์ (UTF-8 หรือ TIS-620) กรุณาบันทึกไฟล์ใหม่ทั้งไฟล์",
                    row + 1, null);
        }
        return new UncheckedIOException(e);
    }
}
