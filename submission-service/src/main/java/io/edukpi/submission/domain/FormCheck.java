package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edukpi.commons.message.Finding;
import io.edukpi.submission.domain.SubmissionCatalogue.Checklist;
import io.edukpi.submission.domain.SubmissionCatalogue.Field;
import io.edukpi.submission.domain.SubmissionCatalogue.Form;
import io.edukpi.submission.domain.SubmissionCatalogue.Table;

/**
 * Checks a filled form against its definition in the catalogue: every name known, every value of its
 * field's type; {@code complete} also asks for every required field (on submission; a draft may be
 * partial).
 */
public final class FormCheck {

    private FormCheck() {
    }

    public static List<Finding> check(Form form, FormData data, String path, boolean complete) {
        List<Finding> findings = new ArrayList<>();
        data.fields().forEach((key, value) -> {
            Field field = form.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            if (field == null) {
                findings.add(SubmissionMessage.UNKNOWN_FIELD.at(path + ".fields." + key, form.code(), key));
            } else {
                typed(field, value, path + ".fields." + key, findings);
            }
        });
        if (complete) {
            for (Field field : form.fields()) {
                if (field.required() && data.fields().get(field.key()) == null) {
                    findings.add(SubmissionMessage.REQUIRED.at(path + ".fields." + field.key(), "'" + field.label() + "'"));
                }
            }
        }
        data.tables().forEach((key, rows) -> {
            Table table = form.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
            if (table == null) {
                findings.add(SubmissionMessage.UNKNOWN_TABLE.at(path + ".tables." + key, form.code(), key));
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                for (Map.Entry<String, Object> cell : rows.get(i).entrySet()) {
                    String at = path + ".tables." + key + "[" + i + "]." + cell.getKey();
                    Field column = table.columns().stream().filter(c -> c.key().equals(cell.getKey())).findFirst()
                            .orElse(null);
                    if (column == null) {
                        findings.add(SubmissionMessage.UNKNOWN_COLUMN.at(at, key, cell.getKey()));
                    } else {
                        typed(column, cell.getValue(), at, findings);
                    }
                }
            }
        });
        data.checklists().forEach((key, done) -> {
            Checklist checklist = form.checklists().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
            if (checklist == null) {
                findings.add(SubmissionMessage.UNKNOWN_CHECKLIST.at(path + ".checklists." + key, form.code(), key));
                return;
            }
            for (String item : done) {
                if (!checklist.items().contains(item)) {
                    findings.add(SubmissionMessage.UNKNOWN_ITEM.at(path + ".checklists." + key, key, item,
                            checklist.items()));
                }
            }
        });
        return findings;
    }

    private static void typed(Field field, Object value, String path, List<Finding> findings) {
        if (value == null) {
            return;
        }
        boolean ok = switch (field.type()) {
            case INTEGER -> value instanceof BigDecimal d && isWhole(d);
            case DECIMAL -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
            case TEXT -> value instanceof String;
            case DATE -> value instanceof String s && isDate(s);
        };
        if (!ok) {
            findings.add(SubmissionMessage.TYPE.at(path, field.label(), describe(field.type()), value));
        }
    }

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static SubmissionMessage describe(SubmissionCatalogue.FieldType type) {
        return switch (type) {
            case INTEGER -> SubmissionMessage.TYPE_INTEGER;
            case DECIMAL -> SubmissionMessage.TYPE_DECIMAL;
            case BOOLEAN -> SubmissionMessage.TYPE_BOOLEAN;
            case TEXT -> SubmissionMessage.TYPE_TEXT;
            case DATE -> SubmissionMessage.TYPE_DATE;
        };
    }

    /** Checklist item keys per checklist of the form, which the grammar's allDone(...) needs. */
    public static Map<String, Set<String>> checklistItems(Form form) {
        Map<String, Set<String>> items = new LinkedHashMap<>();
        form.checklists().forEach(c -> items.put(c.key(), Set.copyOf(c.items())));
        return items;
    }
}
