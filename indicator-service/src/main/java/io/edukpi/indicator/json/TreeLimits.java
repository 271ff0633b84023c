package io.edukpi.indicator.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.Finding;

/**
 * Commons' {@link InputLimits} over a JSON tree read by the catalogue's own mapper, which does not get the
 * application's input policy. Every text and number is checked, field names too; an indicator is named by
 * its code, as the validator names it: {@code indicators[3.1.4].criterion.step}.
 */
public final class TreeLimits {

    private TreeLimits() {
    }

    /** Every value of the tree beyond the limits, with its path below {@code path}. */
    public static List<Finding> refusals(JsonNode tree, String path) {
        List<Finding> out = new ArrayList<>();
        check(tree, path, out);
        return out;
    }

    private static void check(JsonNode node, String path, List<Finding> out) {
        if (node.isTextual()) {
            InputLimits.text(node.textValue(), path).ifPresent(out::add);
        } else if (node.isNumber()) {
            InputLimits.number(node.decimalValue(), path).ifPresent(out::add);
        } else if (node.isArray()) {
            for (int n = 0; n < node.size(); n++) {
                check(node.get(n), path + "[" + element(path, node.get(n), n) + "]", out);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                InputLimits.text(field.getKey(), path).ifPresent(out::add);
                check(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
            });
        }
    }

    /** The code of an indicator of a catalogue's list, when it has one; else the index. */
    static String element(String path, JsonNode element, int index) {
        String code = element.path("code").textValue();
        boolean named = path.equals("indicators") && code != null && !code.isBlank() && InputLimits.text(code, "").isEmpty();
        return named ? code : Integer.toString(index);
    }
}
