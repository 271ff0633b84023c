package io.edukpi.commons.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;

/**
 * What any text or number a client sends must respect, whatever the field: no control characters in
 * text (a NUL breaks PostgreSQL, the others break CSV files and logs), and decimals of a size no
 * indicator, count or score comes near (a number such as {@code 1e999999999} would otherwise cost
 * memory or time when printed or computed). Fields narrow this further with their own rules.
 */
public final class InputLimits {

    /** Significant digits: twice what a money or score value needs, so 20-digit values stay exact. */
    public static final int MAX_PRECISION = 40;
    /** Decimal exponent, both ways: |value| below 10^30 and no finer than 10^-30. */
    public static final int MAX_EXPONENT = 30;
    /** Nesting of free-form JSON: no form, tree or explanation of this API comes near it. */
    public static final int MAX_DEPTH = 64;

    private InputLimits() {
    }

    /** The number refused, with the field it came in; empty when it is within the limits. */
    public static Optional<Finding> number(BigDecimal value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        int exponent = value.precision() - value.scale() - 1;
        boolean tooLarge = value.signum() != 0 && (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT);
        if (tooLarge || value.precision() > MAX_PRECISION || value.scale() > MAX_EXPONENT + MAX_PRECISION) {
            return Optional.of(CommonMessage.NUMBER_OUT_OF_RANGE.at(field, MAX_EXPONENT, MAX_PRECISION)
                    .withValue(value.toString()));
        }
        return Optional.empty();
    }

    /** The text refused for a control character (tab, line feed and carriage return are text). */
    public static Optional<Finding> text(String value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                return Optional.of(CommonMessage.CONTROL_CHARACTER.at(field, String.format("U+%04X", (int) c), i + 1));
            }
        }
        return Optional.empty();
    }

    /** How an array element is named in a path: its index unless the caller knows a better name. */
    @FunctionalInterface
    public interface ElementName {
        String of(String arrayPath, JsonNode element, int index);
    }

    /** Every text (field names too) and number of the tree beyond the limits, with its path below {@code path}. */
    public static List<Finding> refusals(JsonNode tree, String path) {
        return refusals(tree, path, (arrayPath, element, index) -> Integer.toString(index));
    }

    /** The same, with array elements named by {@code naming}, e.g. an indicator by its code. */
    public static List<Finding> refusals(JsonNode tree, String path, ElementName naming) {
        List<Finding> out = new ArrayList<>();
        collect(tree, path, 0, naming, out);
        return out;
    }

    private static void collect(JsonNode node, String path, int depth, ElementName naming, List<Finding> out) {
        if (node.isContainerNode() && depth == MAX_DEPTH) {
            // Refused where it gets too deep: walking on would cost stack for nothing anyone needs.
            out.add(CommonMessage.NESTING_TOO_DEEP.at(path, MAX_DEPTH));
        } else if (node.isTextual()) {
            text(node.textValue(), path).ifPresent(out::add);
        } else if (node.isNumber()) {
            number(node.decimalValue(), path).ifPresent(out::add);
        } else if (node.isArray()) {
            for (int n = 0; n < node.size(); n++) {
                collect(node.get(n), path + "[" + naming.of(path, node.get(n), n) + "]", depth + 1, naming, out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                text(field.getKey(), path).ifPresent(out::add);
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                collect(field.getValue(), at, depth + 1, naming, out);
            }
        }
    }

    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
