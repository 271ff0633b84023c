package io.edukpi.indicator.domain;

import java.util.List;
import java.util.Optional;

/** A KRS reference form: what an area office (form (1)) or a school (form (2)) fills in. */
public record ReferenceForm(
        String code,
        Level level,
        String title,
        String instructions,
        List<Field> fields,
        List<Table> tables,
        List<Checklist> checklists,
        Boolean certifier,
        List<String> notes) {

    public enum Level { AREA_OFFICE, SCHOOL }

    public enum FieldType {
        INTEGER, DECIMAL, TEXT, BOOLEAN, DATE;

        public boolean numeric() {
            return this == INTEGER || this == DECIMAL || this == BOOLEAN;
        }
    }

    public record Field(String key, String label, FieldType type, String unit, Boolean required) {
    }

    public record Table(String key, String label, List<Field> columns) {
        public Table {
            columns = Lists.of(columns);
        }
    }

    public record Checklist(String key, String label, List<Item> items) {
        public Checklist {
            items = Lists.of(items);
        }
    }

    public record Item(String key, String label) {
    }

    public ReferenceForm {
        fields = Lists.of(fields);
        tables = Lists.of(tables);
        checklists = Lists.of(checklists);
        notes = Lists.of(notes);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<Checklist> checklist(String key) {
        return checklists.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
