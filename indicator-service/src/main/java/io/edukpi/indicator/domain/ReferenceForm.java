package io.edukpi.indicator.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.edukpi.formexpression.FormVocabulary;

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

    public enum Level {
        AREA_OFFICE,
        SCHOOL
    }

    public enum FieldType {
        INTEGER,
        DECIMAL,
        TEXT,
        BOOLEAN,
        DATE;

        public boolean numeric() {
            return this == INTEGER || this == DECIMAL || this == BOOLEAN;
        }
    }

    public record Field(String key, String label, FieldType type, String unit, Boolean required) {
    }

    public record Table(String key, String label, List<Field> columns) {
        public Table {
            columns = UnmodifiableCopy.orEmpty(columns);
        }
    }

    public record Checklist(String key, String label, List<Item> items) {
        public Checklist {
            items = UnmodifiableCopy.orEmpty(items);
        }
    }

    public record Item(String key, String label) {
    }

    public ReferenceForm {
        fields = UnmodifiableCopy.orEmpty(fields);
        tables = UnmodifiableCopy.orEmpty(tables);
        checklists = UnmodifiableCopy.orEmpty(checklists);
        notes = UnmodifiableCopy.orEmpty(notes);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<Checklist> checklist(String key) {
        return checklists.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * The names an indicator's forms give its FORM expressions; the first form defining a key wins. Forms
     * without a level and fields without a key or type (the schema check reports those) define nothing.
     */
    public static FormVocabulary vocabulary(List<ReferenceForm> forms) {
        Map<String, FormVocabulary.FieldType> office = new HashMap<>();
        Map<String, FormVocabulary.FieldType> school = new HashMap<>();
        Set<String> checklists = new HashSet<>();
        for (ReferenceForm form : forms) {
            if (form.level() == null) {
                continue;
            }
            Map<String, FormVocabulary.FieldType> fields = form.level() == Level.AREA_OFFICE ? office : school;
            form.fields().stream().filter(f -> f.key() != null && f.type() != null).forEach(
                    f -> fields.putIfAbsent(f.key(), new FormVocabulary.FieldType(f.type().name(), f.type().numeric())));
            if (form.level() == Level.SCHOOL) {
                form.checklists().stream().map(Checklist::key).filter(Objects::nonNull).forEach(checklists::add);
            }
        }
        boolean hasSchoolForm = forms.stream().anyMatch(f -> f.level() == Level.SCHOOL);
        return new FormVocabulary(office, school, checklists, hasSchoolForm);
    }
}
