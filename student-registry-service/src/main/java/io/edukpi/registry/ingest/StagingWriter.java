package io.edukpi.registry.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.Finding;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.StudentField;
import io.edukpi.registry.domain.StudentRecord;
import io.edukpi.registry.domain.StudentValidator;

/**
 * Validates each row as it streams by and writes it, in PostgreSQL's COPY text format, to the
 * staging table: a valid row as data, an invalid one as one line per violation. A person's later
 * rows in the same file are rejected here too (the first valid one is kept). Rules that need the
 * database run afterwards in SQL over the whole staging table.
 */
public final class StagingWriter implements RowListener {

    /** Column list of the staging table, in the order lines are written. */
    public static final String COLUMNS = "row_no, err_column, err_code, err_en, err_th, err_value, school_code, "
            + "person_id, id_kind, prefix, first_name, last_name, birth_date, class_level, student_number, weight_kg, "
            + "height_cm, house_code, ethnicity, nationality, religion, disability, travel_mode, distance_km, "
            + "subdistrict_code, father_name, mother_name, father_id, mother_id";

    /** One per partition of the load; a rejection goes to the first. */
    private final Writer[] outs;
    private final ColumnMapping mapping;
    private final boolean shortRowsAreErrors;
    private final boolean fileComplete;
    private final LocalDate today;
    private final IngestionProgress progress;
    private final StringBuilder line = new StringBuilder(512);
    private final FirstRows firstRows = new FirstRows();
    private int[] columns;
    private String[] header;

    /**
     * @param partitions the COPY streams of the load's partitions; a person's rows go to
     *        {@link #partitionOf} of their ID
     * @param shortRowsAreErrors CSV: a row with fewer cells than the header is an error (XLSX omits empty trailing cells)
     * @param fileComplete false when a CSV does not end with a line break: then a short last row means a cut-off file
     */
    public StagingWriter(List<OutputStream> partitions, ColumnMapping mapping, boolean shortRowsAreErrors, boolean fileComplete,
            LocalDate today, IngestionProgress progress) {
        this.outs = partitions.stream()
                .map(out -> new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16))
                .toArray(Writer[]::new);
        this.mapping = mapping;
        this.shortRowsAreErrors = shortRowsAreErrors;
        this.fileComplete = fileComplete;
        this.today = today;
        this.progress = progress;
    }

    @Override
    public void header(String[] names) {
        header = names;
        columns = mapping.resolve(names);
    }

    @Override
    public void row(long row, String[] cells, boolean last) {
        if (blank(cells)) {
            return;
        }
        progress.rowsRead.incrementAndGet();
        if (cells.length < header.length && shortRowsAreErrors) {
            if (last && !fileComplete) {
                throw FileProblemException.at(row, null, RegistryMessage.FILE_CUT_OFF);
            }
            reject(row,
                    RegistryMessage.MISSING_COLUMNS.at(null, cells.length, header.length));
            return;
        }
        if (cells.length > header.length && !blankFrom(cells, header.length)) {
            reject(row, RegistryMessage.EXTRA_COLUMNS.at("column " + (header.length + 1),
                    (header.length + 1) + "-" + cells.length));
            return;
        }
        String[] raw = new String[columns.length];
        for (int f = 0; f < columns.length; f++) {
            int at = columns[f];
            raw[f] = at >= 0 && at < cells.length ? cells[at] : null;
            // A NUL cannot be stored (PostgreSQL refuses it in text, and would fail the whole file) and the
            // others break the CSV files and logs the data goes on to: the row is refused, the file goes on.
            Optional<Finding> control = InputLimits.text(raw[f], StudentField.ALL.get(f).json());
            if (control.isPresent()) {
                reject(row, control.get());
                return;
            }
        }
        StudentValidator.Outcome outcome = StudentValidator.validate(raw, today);
        if (outcome.valid()) {
            long first = firstRows.firstOrAdd(outcome.record().id(), row);
            if (first >= 0) {
                reject(row,
                        RegistryMessage.DUPLICATE_IN_FILE.at(StudentField.CITIZEN_ID.json(), first)
                                .withValue(outcome.record().id().value()));
            } else {
                data(row, outcome.record());
            }
        } else {
            progress.rejected.incrementAndGet();
            for (Finding v : outcome.findings()) {
                rejection(row, v);
            }
        }
    }

    @Override
    public void unreadable(long row, Finding finding) {
        progress.rowsRead.incrementAndGet();
        reject(row, finding);
    }

    private void reject(long row, Finding finding) {
        progress.rejected.incrementAndGet();
        rejection(row, finding);
    }

    private void rejection(long row, Finding v) {
        line.setLength(0);
        line.append(row);
        field(columnTitle(v.field()));
        field(v.code());
        field(v.message());
        field(v.messageTh());
        field(v.value());
        for (int i = 0; i < 23; i++) {
            line.append("\t\\N");
        }
        flush(outs[0]);
    }

    private void data(long row, StudentRecord r) {
        line.setLength(0);
        line.append(row);
        line.append("\t\\N\t\\N\t\\N\t\\N\t\\N");
        field(r.schoolCode());
        field(r.id().value());
        field(r.id().kind().name());
        field(r.prefix());
        field(r.firstName());
        field(r.lastName());
        field(r.birthDate().toString());
        field(r.classLevel().thai());
        field(r.studentNumber());
        field(r.weightKg());
        field(r.heightCm());
        field(r.houseCode());
        field(r.ethnicity());
        field(r.nationality());
        field(r.religion());
        field(r.disability());
        field(r.travelMode());
        field(r.distanceKm());
        field(r.subdistrictCode());
        field(r.fatherName());
        field(r.motherName());
        field(r.fatherId());
        field(r.motherId());
        flush(outs[partitionOf(r.id().value(), outs.length)]);
    }

    /** The partition of a person: the same for every load and batch with the same number of partitions. */
    public static int partitionOf(String personId, int partitions) {
        return Math.floorMod(personId.hashCode(), partitions);
    }

    /** The column title the user sees in the file for a field name, or the name itself. */
    public String columnTitle(String field) {
        if (field == null) {
            return null;
        }
        return StudentField.ofJson(field)
                .filter(f -> columns[f.ordinal()] >= 0)
                .map(f -> header[columns[f.ordinal()]].strip())
                .orElse(field);
    }

    private void field(BigDecimal value) {
        field(value == null ? null : value.toPlainString());
    }

    private void field(String value) {
        line.append('\t');
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                // A rejection may quote what the file held (a JSON key, a reader's message): never a NUL.
                default -> line.append(InputLimits.isControl(c) ? '\uFFFD' : c);
            }
        }
    }

    private void flush(Writer out) {
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the last buffered lines to the COPY streams; call once after the file is read. */
    public void finish() throws IOException {
        for (Writer out : outs) {
            out.flush();
        }
    }

    private static boolean blank(String[] cells) {
        return blankFrom(cells, 0);
    }

    private static boolean blankFrom(String[] cells, int from) {
        for (int i = from; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }
}
