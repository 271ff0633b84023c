package io.edukpi.submission.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** One problem, at a path such as {@code officeForm.fields.targetSchools} or {@code tables.schools[2].a1}. */
    public record Finding(String path, String code, String message, String messageTh) {
    }

    private FormCheck() {
    }

    public static List<Finding> check(Form form, FormData data, String path, boolean complete) {
        List<Finding> findings = new ArrayList<>();
        data.fields().forEach((key, value) -> {
            Field field = form.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            if (field == null) {
                findings.add(new Finding(path + ".fields." + key, "unknown-field",
                        "Form " + form.code() + " has no field '" + key + "'.",
                        "แบบฟอร์ม " + form.code() + " ไม่มีช่อง '" + key + "'"));
            } else {
                typed(field, value, path + ".fields." + key, findings);
            }
        });
        if (complete) {
            for (Field field : form.fields()) {
                if (field.required() && data.fields().get(field.key()) == null) {
                    findings.add(new Finding(path + ".fields." + field.key(), "required",
                            "'" + field.label() + "' is required before the result is submitted.",
                            "ต้องกรอก '" + field.label() + "' ก่อนส่งผล"));
                }
            }
        }
        data.tables().forEach((key, rows) -> {
            Table table = form.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
            if (table == null) {
                findings.add(new Finding(path + ".tables." + key, "unknown-table",
                        "Form " + form.code() + " has no table '" + key + "'.",
                        "แบบฟอร์ม " + form.code() + " ไม่มีตาราง '" + key + "'"));
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                for (Map.Entry<String, Object> cell : rows.get(i).entrySet()) {
                    String at = path + ".tables." + key + "[" + i + "]." + cell.getKey();
                    Field column = table.columns().stream().filter(c -> c.key().equals(cell.getKey())).findFirst()
                            .orElse(null);
                    if (column == null) {
                        findings.add(new Finding(at, "unknown-column", "Table '" + key + "' has no column '"
                                + cell.getKey() + "'.", "ตาราง '" + key + "' ไม่มีคอลัมน์ '" + cell.getKey() + "'"));
                    } else {
                        typed(column, cell.getValue(), at, findings);
                    }
                }
            }
        });
        data.checklists().forEach((key, done) -> {
            Checklist checklist = form.checklists().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
            if (checklist == null) {
                findings.add(new Finding(path + ".checklists." + key, "unknown-checklist",
                        "Form " + form.code() + " has no checklist '" + key + "'.",
                        "แบบฟอร์ม " + form.code() + " ไม่มีรายการตรวจสอบ '" + key + "'"));
                return;
            }
            for (String item : done) {
                if (!checklist.items().contains(item)) {
                    findings.add(new Finding(path + ".checklists." + key, "unknown-item",
                            "Checklist '" + key + "' has no item '" + item + "'; its items are " + checklist.items() + ".",
                            "รายการตรวจสอบ '" + key + "' ไม่มีข้อ '" + item + "'"));
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
            findings.add(new Finding(path, "type", "'" + field.label() + "' must be " + describe(field.type())
                    + ", not " + value + ".", "'" + field.label() + "' ต้องเป็น" + describeTh(field.type())));
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

    private static String describe(SubmissionCatalogue.FieldType type) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case DATE -> "a date (yyyy-MM-dd)";
        };
    }

    private static String describeTh(SubmissionCatalogue.FieldType type) {
        return switch (type) {
            case INTEGER -> "จำนวนเต็ม";
            case DECIMAL -> "ตัวเลข";
            case BOOLEAN -> "ใช่หรือไม่ใช่ (true/false)";
            case TEXT -> "ข้อความ";
            case DATE -> "วันที่ (ปปปป-ดด-วว ค.ศ.)";
        };
    }

    /** Checklist item keys per checklist of the form, which the grammar's allDone(...) needs. */
    public static Map<String, Set<String>> checklistItems(Form form) {
        Map<String, Set<String>> items = new java.util.LinkedHashMap<>();
        form.checklists().forEach(c -> items.put(c.key(), Set.copyOf(c.items())));
        return items;
    }
}
