package io.edukpi.commons.problem;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;

/**
 * Reads an enum value from a query or path parameter: the exact UPPER_SNAKE name, or a 400 that lists the
 * allowed values. A misspelt filter must never match nothing in silence.
 */
public final class Enums {

    private Enums() {
    }

    /** Null or blank stays null (no filter); anything else must be one of the constants. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return parse(type, field, value, Enum::name);
    }

    /**
     * The same for values the API spells otherwise than the constant: the {@code format} of a download is
     * the file's extension in lower case ({@code csv}), as in the file's name.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value, Function<E, String> spelling) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (spelling.apply(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(spelling).collect(Collectors.joining(", "));
        throw ProblemException.invalid(List.of(Finding.of(CommonMessage.UNKNOWN_VALUE, field, allowed).withValue(value)));
    }
}
