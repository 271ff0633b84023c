package io.edukpi.devstack.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Thai data of the demo year, read from the text files beside this class (one entry a line, cells
 * separated by tabs, {@code #} starts a comment line): the 77 provinces, the class levels, and names to
 * draw people, schools and return reasons from. The order of every file is part of the seeded data.
 */
final class ThaiNames {

    /** A province, its two-digit code and roughly how many primary area offices it has. */
    record Province(String code, String nameTh, int primaryOffices) {
    }

    /** A class level an office of the kind teaches, and the nominal age of its students at the census. */
    record ClassLevel(String officeKind, String name, int ageAtCensus) {
    }

    static final List<Province> PROVINCES = rows("provinces.tsv").stream()
            .map(cells -> new Province(cells[0], cells[1], Integer.parseInt(cells[2]))).toList();
    static final List<ClassLevel> CLASS_LEVELS = rows("class-levels.tsv").stream()
            .map(cells -> new ClassLevel(cells[0], cells[1], Integer.parseInt(cells[2]))).toList();
    static final List<String> BOYS = lines("boys.txt");
    static final List<String> GIRLS = lines("girls.txt");
    static final List<String> FAMILIES = lines("family-names.txt");
    static final List<String> VILLAGES = lines("villages.txt");
    static final List<String> POSITIONS = lines("positions.txt");
    static final List<String> RETURN_REASONS = lines("return-reasons.txt");

    private ThaiNames() {
    }

    private static List<String[]> rows(String file) {
        return lines(file).stream().map(line -> line.split("\t")).toList();
    }

    private static List<String> lines(String file) {
        try (InputStream in = ThaiNames.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file + " beside " + ThaiNames.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
