package io.edukpi.indicator.json;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.Finding;

/**
 * Commons' {@link InputLimits} over a JSON tree read by the catalogue's own mapper, which does not get the
 * application's input policy; an indicator is named by its code, as the validator names it:
 * {@code indicators[3.1.4].criterion.step}.
 */
public final class TreeLimits {

    private TreeLimits() {
    }

    /** Every value of the tree beyond the limits, with its path below {@code path}. */
    public static List<Finding> refusals(JsonNode tree, String path) {
        return InputLimits.refusals(tree, path, TreeLimits::element);
    }

    /** The code of an indicator of a catalogue's list, when it has one; else the index. */
    static String element(String path, JsonNode element, int index) {
        String code = element.path("code").textValue();
        boolean named = path.equals("indicators") && code != null && !code.isBlank() && InputLimits.text(code, "").isEmpty();
        return named ? code : Integer.toString(index);
    }
}
