package io.edukpi.e2e.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Valid values from an OpenAPI schema: {@code $ref}, required, enum, minimum/maximum, min/maxLength,
 * min/maxItems, the patterns the document uses, formats date, date-time and uuid, examples; a
 * property or parameter with a name the set-up data knows (officeCode, fiscalYear, ...) mostly gets a
 * real value.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiDocument document;
    private final FuzzData data;

    SchemaValues(ApiDocument document, FuzzData data) {
        this.document = document;
        this.data = data;
    }

    JsonNode generate(JsonNode schema, String name, String template, SplittableRandom random, int depth) {
        JsonNode s = document.resolve(schema);
        Object real = name == null ? null : data.real(name, template, random);
        if (real != null && random.nextInt(10) < 8) {
            return FuzzClient.JSON.valueToTree(real);
        }
        if (s.has("enum")) {
            return s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        if (s.path("examples").size() > 0 && random.nextBoolean()) {
            return s.path("examples").get(random.nextInt(s.path("examples").size()));
        }
        switch (s.path("type").asText()) {
            case "object":
                return object(s, template, random, depth);
            case "array":
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(s.path("minItems").asInt(1), 1 + random.nextInt(3));
                for (int i = 0; i < items && depth < 6; i++) {
                    array.add(generate(s.path("items"), name, template, random, depth + 1));
                }
                return array;
            case "integer":
                long min = s.has("minimum") ? s.path("minimum").asLong() : 0;
                long max = s.has("maximum") ? s.path("maximum").asLong() : Math.max(min + 100, 100);
                return NODES.numberNode(min + random.nextLong(max - min + 1));
            case "number":
                double low = s.has("minimum") ? s.path("minimum").asDouble() : 0;
                double high = s.has("maximum") ? s.path("maximum").asDouble() : low + 100;
                return NODES.numberNode(Math.round((low + random.nextDouble() * (high - low)) * 100) / 100.0);
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "string":
                return NODES.textNode(string(s, random));
            default:
                // Free-form JSON (JsonValue): a small object.
                return depth > 3 ? NODES.textNode("ค่า") : NODES.objectNode().put("note", "ทดสอบ");
        }
    }

    private ObjectNode object(JsonNode s, String template, SplittableRandom random, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        s.path("properties").fields().forEachRemaining(p -> {
            if (required.contains(p.getKey()) || (depth < 4 && random.nextInt(10) < 6)) {
                object.set(p.getKey(), generate(p.getValue(), p.getKey(), template, random, depth + 1));
            }
        });
        if (s.path("additionalProperties").isObject() && depth < 4 && random.nextBoolean()) {
            object.set("k" + random.nextInt(10), generate(s.path("additionalProperties"), null, template, random,
                    depth + 1));
        }
        return object;
    }

    private static String string(JsonNode s, SplittableRandom random) {
        String format = s.path("format").asText();
        if (format.equals("date")) {
            return "2011-06-" + (10 + random.nextInt(20));
        }
        if (format.equals("date-time")) {
            return "2011-06-10T10:15:30+07:00";
        }
        if (format.equals("uuid")) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        if (format.equals("binary")) {
            return "ข้อมูล";
        }
        String pattern = s.path("pattern").asText();
        String value = fromPattern(pattern, random);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** A string matching the simple patterns the document uses (alternations, digit runs, dotted codes). */
    static String fromPattern(String pattern, SplittableRandom random) {
        if (pattern.isEmpty() || pattern.equals("\\S")) {
            return List.of("ทดสอบ", "โรงเรียนวัดห้วยพลู", "Test name", "ชื่อ 1").get(random.nextInt(4));
        }
        if (pattern.matches("[A-Z_|]+")) {
            String[] options = pattern.split("\\|");
            return options[random.nextInt(options.length)];
        }
        if (pattern.equals("[0-9]{10}")) {
            return "10501" + (30000 + random.nextInt(9999));
        }
        if (pattern.startsWith("[0-9]+(")) {
            return (1 + random.nextInt(3)) + "." + (1 + random.nextInt(3)) + "." + (1 + random.nextInt(3));
        }
        if (pattern.startsWith("[a-fA-F0-9]{8}")) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        if (pattern.startsWith("[0-9A-Za-z-]")) {
            return String.valueOf(5000 + random.nextInt(100));
        }
        return "x" + random.nextInt(1000);
    }

    /** Every location in a JSON tree as a JSON pointer, the root excluded. */
    static List<String> pointers(JsonNode node, String at) {
        List<String> all = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String p = at + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                all.add(p);
                all.addAll(pointers(f.getValue(), p));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                all.add(at + "/" + i);
                all.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        return all;
    }

    /** The schema at a JSON pointer of a body of {@code schema}, or an empty node where it is free-form. */
    JsonNode schemaAt(JsonNode schema, String pointer) {
        JsonNode s = document.resolve(schema);
        for (String token : pointer.substring(1).split("/")) {
            if (s.path("type").asText().equals("array")) {
                s = document.resolve(s.path("items"));
            } else if (s.path("properties").has(token)) {
                s = document.resolve(s.path("properties").path(token));
            } else if (s.path("additionalProperties").isObject()) {
                s = document.resolve(s.path("additionalProperties"));
            } else {
                return NODES.objectNode();
            }
        }
        return s;
    }
}
