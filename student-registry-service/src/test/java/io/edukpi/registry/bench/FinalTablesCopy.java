package io.edukpi.registry.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.edukpi.commons.message.Finding;
import io.edukpi.devstack.PostgresServer;
import io.edukpi.registry.domain.StudentRecord;
import io.edukpi.registry.domain.StudentValidator;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.CsvRows;
import io.edukpi.registry.ingest.RowListener;
import io.edukpi.registry.ingest.TextEncoding;

/**
 * The other yardstick of the staging path: COPY of the same good rows, already in their stored form,
 * straight into the registry's own {@code student} and {@code enrolment} tables (created by the
 * service's Flyway migrations in a database of their own, with every index they have), in one
 * transaction. It is what a load without staging, checks and merge would cost at the least.
 */
final class FinalTablesCopy {

    private static final String DATABASE = "bench_final";
    private static final long ROUND = 1;

    private final Path students;
    private final Path enrolments;
    private final long rows;

    private FinalTablesCopy(Path students, Path enrolments, long rows) {
        this.students = students;
        this.enrolments = enrolments;
        this.rows = rows;
    }

    /** Reads the good rows as the service does (same reader, same validator) and writes both tables' COPY text. */
    static FinalTablesCopy prepare(Path goodCsv, Path work) throws IOException {
        Path students = work.resolve("student.tsv");
        Path enrolments = work.resolve("enrolment.tsv");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        long[] rows = { 0 };
        try (Writer student = writer(students); Writer enrolment = writer(enrolments)) {
            CsvRows.read(goodCsv, TextEncoding.detect(goodCsv), new RowListener() {
                private int[] columns;

                @Override
                public void header(String[] names) {
                    columns = ColumnMapping.defaults().resolve(names);
                }

                @Override
                public void row(long row, String[] cells, boolean last) {
                    String[] raw = new String[columns.length];
                    for (int f = 0; f < columns.length; f++) {
                        raw[f] = columns[f] >= 0 && columns[f] < cells.length ? cells[columns[f]] : null;
                    }
                    StudentRecord r = StudentValidator.validate(raw, today).record();
                    if (r == null) {
                        throw new IllegalStateException("good row " + row + " is not valid");
                    }
                    line(student, ROUND, r.id().value(), r.id().kind().name(), r.prefix(), r.firstName(), r.lastName(),
                            r.birthDate(), r.weightKg(), r.heightCm(), r.houseCode(), r.ethnicity(), r.nationality(),
                            r.religion(), r.disability(), r.travelMode(), r.distanceKm(), r.subdistrictCode(),
                            r.fatherName(), r.motherName(), r.fatherId(), r.motherId());
                    line(enrolment, r.id().value(), r.schoolCode(), ROUND, r.classLevel().thai(), r.studentNumber());
                    rows[0]++;
                }

                @Override
                public void unreadable(long row, Finding finding) {
                    throw new IllegalStateException("good row " + row + ": " + finding);
                }
            });
        }
        return new FinalTablesCopy(students, enrolments, rows[0]);
    }

    /** The registry's schema, as the service migrates it, in a database of its own. */
    void createTables(PostgresServer postgres) {
        postgres.ensureDatabase(DATABASE);
        Flyway.configure().dataSource(postgres.jdbcUrl(DATABASE), PostgresServer.USER, PostgresServer.PASSWORD)
                .locations("classpath:db/migration").load().migrate();
    }

    /** Empties both tables, then times both COPYs from the first byte to commit; answers rows per second. */
    double time(PostgresServer postgres, Runnable beforeTimed) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), PostgresServer.USER,
                PostgresServer.PASSWORD)) {
            try (Statement st = c.createStatement()) {
                st.execute("truncate student, enrolment");
            }
            beforeTimed.run();
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            long intoStudent;
            long intoEnrolment;
            try (Reader in = Files.newBufferedReader(students, StandardCharsets.UTF_8)) {
                intoStudent = copy.copyIn("""
                        copy student (round_id, person_id, id_kind, prefix, first_name, last_name, birth_date, weight_kg,
                            height_cm, house_code, ethnicity, nationality, religion, disability, travel_mode, distance_km,
                            subdistrict_code, father_name, mother_name, father_id, mother_id) from stdin
                        """, in, 1 << 16);
            }
            long afterStudent = System.nanoTime();
            try (Reader in = Files.newBufferedReader(enrolments, StandardCharsets.UTF_8)) {
                intoEnrolment = copy.copyIn(
                        "copy enrolment (person_id, school_code, round_id, class_level, student_number) from stdin", in,
                        1 << 16);
            }
            c.commit();
            long end = System.nanoTime();
            if (intoStudent != rows || intoEnrolment != rows) {
                throw new IllegalStateException("COPY took " + intoStudent + " students and " + intoEnrolment
                        + " enrolments, expected " + rows);
            }
            System.out.printf(
                    "COPY into student + enrolment: %,d rows in %.2f s (student %.2f s, enrolment and commit %.2f s)%n",
                    rows, (end - start) / 1e9, (afterStudent - start) / 1e9, (end - afterStudent) / 1e9);
            return rows / ((end - start) / 1e9);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** One line of COPY's text format: tab between values, {@code \N} for null, backslash escapes. */
    private static void line(Writer out, Object... values) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
                continue;
            }
            String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            for (int k = 0; k < text.length(); k++) {
                char ch = text.charAt(k);
                switch (ch) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(ch);
                }
            }
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
