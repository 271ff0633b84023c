package io.edukpi.registry.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.StudentField;

/**
 * Which file column feeds which student field. By default a column titled as in the SchoolMIS
 * export ({@link StudentField#header()}) or by the field's own name ({@code citizenId}) is used;
 * an explicit mapping (a JSON object of field name to column title) replaces the default of that field. Columns
 * nobody maps are ignored.
 */
public final class ColumnMapping {

    private final Map<StudentField, String> overrides;

    private ColumnMapping(Map<StudentField, String> overrides) {
        this.overrides = overrides;
    }

    public static ColumnMapping defaults() {
        return new ColumnMapping(Map.of());
    }

    /** @throws IllegalArgumentException naming the first key that is not a student field */
    public static ColumnMapping of(Map<String, String> fieldToColumn) {
        Map<StudentField, String> map = new EnumMap<>(StudentField.class);
        fieldToColumn.forEach((field, column) -> map.put(StudentField.ofJson(field)
                .orElseThrow(() -> new IllegalArgumentException(field)), column));
        return new ColumnMapping(map);
    }

    public Map<String, String> asMap() {
        Map<String, String> out = new HashMap<>();
        overrides.forEach((f, c) -> out.put(f.json(), c));
        return out;
    }

    /** The key each field has in a JSON Lines object. */
    public String[] jsonKeys() {
        return StudentField.ALL.stream().map(f -> overrides.getOrDefault(f, f.json())).toArray(String[]::new);
    }

    /**
     * For each field (in {@link StudentField} order) the index of its column, or -1.
     *
     * @throws FileProblemException when a required field has no column or a title appears twice
     */
    public int[] resolve(String[] header) {
        Map<String, Integer> byTitle = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String title = normalise(header[i]);
            if (title.isEmpty()) {
                continue;
            }
            if (byTitle.putIfAbsent(title, i) != null) {
                throw FileProblemException.at(1, header[i].strip(), RegistryMessage.DUPLICATE_COLUMN,
                        header[i].strip());
            }
        }
        int[] columns = new int[StudentField.ALL.size()];
        List<String> missing = new ArrayList<>();
        for (StudentField field : StudentField.ALL) {
            Integer at;
            if (overrides.containsKey(field)) {
                at = byTitle.get(normalise(overrides.get(field)));
            } else {
                at = byTitle.get(normalise(field.header()));
                if (at == null) {
                    at = byTitle.get(normalise(field.json()));
                }
            }
            columns[field.ordinal()] = at == null ? -1 : at;
            if (at == null && field.required()) {
                missing.add(overrides.getOrDefault(field, field.header() + " (" + field.json() + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw FileProblemException.at(1, String.join(",", missing), RegistryMessage.MISSING_COLUMN, missing);
        }
        return columns;
    }

    private static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String t = title.startsWith("\uFEFF") ? title.substring(1) : title;
        return t.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return Arrays.toString(overrides.entrySet().toArray());
    }
}
