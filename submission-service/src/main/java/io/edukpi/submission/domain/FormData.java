package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A filled reference form: field values (BigDecimal, Boolean, String or null), table rows and the
 * done items of each checklist.
 */
public record FormData(Map<String, Object> fields, Map<String, List<Map<String, Object>>> tables,
        Map<String, Set<String>> checklists) {

    public static final FormData EMPTY = new FormData(Map.of(), Map.of(), Map.of());

    public FormData {
        fields = fields == null ? Map.of() : fields;
        tables = tables == null ? Map.of() : tables;
        checklists = checklists == null ? Map.of() : checklists;
    }

    /** The numeric view the form grammar reads: numbers as they are, booleans as 1 / 0. */
    public Map<String, BigDecimal> numbers() {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (value instanceof BigDecimal d) {
                numbers.put(key, d);
            } else if (value instanceof Boolean b) {
                numbers.put(key, b ? BigDecimal.ONE : BigDecimal.ZERO);
            }
        });
        return numbers;
    }
}
