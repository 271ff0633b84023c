package io.edukpi.submission.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.message.Finding;
import io.edukpi.submission.domain.FormData;
import io.edukpi.submission.domain.SubmissionMessage;

/**
 * Reads a filled form from JSON: {@code {"fields": {key: value}, "tables": {key: [{column: value}]},
 * "checklists": {key: [done item keys]}}}. Numbers keep their exact decimal value.
 */
@ApplicationScoped
public class FormDocuments {

    /** The JSON does not have the shape of a filled form; errors say where. */
    public static class MalformedFormException extends RuntimeException {
        private final List<Finding> errors;

        MalformedFormException(List<Finding> errors) {
            super("malformed form");
            this.errors = errors;
        }

        public List<Finding> errors() {
            return errors;
        }
    }

    public FormData read(JsonNode node, String path) {
        List<Finding> errors = new ArrayList<>();
        if (node == null || node.isNull()) {
            return FormData.EMPTY;
        }
        if (!node.isObject()) {
            throw new MalformedFormException(List.of(shape(path, "an object with fields, tables and checklists")));
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!Set.of("fields", "tables", "checklists").contains(name)) {
                errors.add(SubmissionMessage.UNKNOWN_PROPERTY.at(path + "." + name));
            }
        });
        Map<String, Object> fields = values(node.path("fields"), path + ".fields", errors);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        JsonNode t = node.path("tables");
        if (!t.isMissingNode() && !t.isNull()) {
            if (!t.isObject()) {
                errors.add(shape(path + ".tables", "an object of tables"));
            } else {
                t.fields().forEachRemaining(e -> {
                    if (!e.getValue().isArray()) {
                        errors.add(shape(path + ".tables." + e.getKey(), "a list of rows"));
                        return;
                    }
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = 0; i < e.getValue().size(); i++) {
                        rows.add(values(e.getValue().get(i), path + ".tables." + e.getKey() + "[" + i + "]", errors));
                    }
                    tables.put(e.getKey(), rows);
                });
            }
        }
        Map<String, Set<String>> checklists = new LinkedHashMap<>();
        JsonNode c = node.path("checklists");
        if (!c.isMissingNode() && !c.isNull()) {
            if (!c.isObject()) {
                errors.add(shape(path + ".checklists", "an object of checklists"));
            } else {
                c.fields().forEachRemaining(e -> {
                    Set<String> done = new LinkedHashSet<>();
                    if (!e.getValue().isArray()) {
                        errors.add(shape(path + ".checklists." + e.getKey(), "a list of the item keys done"));
                    } else {
                        e.getValue().forEach(item -> {
                            if (item.isTextual()) {
                                done.add(item.asText());
                            } else {
                                errors.add(shape(path + ".checklists." + e.getKey(), "a list of item keys (text)"));
                            }
                        });
                    }
                    checklists.put(e.getKey(), done);
                });
            }
        }
        if (!errors.isEmpty()) {
            throw new MalformedFormException(errors);
        }
        return new FormData(fields, tables, checklists);
    }

    private static Map<String, Object> values(JsonNode node, String path, List<Finding> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            errors.add(shape(path, "an object of values"));
            return values;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                values.put(e.getKey(), v.decimalValue());
            } else if (v.isBoolean()) {
                values.put(e.getKey(), v.booleanValue());
            } else if (v.isTextual()) {
                values.put(e.getKey(), v.textValue());
            } else if (v.isNull()) {
                values.put(e.getKey(), null);
            } else {
                errors.add(shape(path + "." + e.getKey(), "a number, text, true/false or null"));
            }
        });
        return values;
    }

    private static Finding shape(String path, String expected) {
        return SubmissionMessage.SHAPE.at(path, expected);
    }
}
