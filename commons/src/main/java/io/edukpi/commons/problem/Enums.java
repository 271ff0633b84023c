package io.edukpi.commons.problem;

import java.util.Arrays;
import java.util.List;
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
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ProblemException.invalid(List.of(Finding.of(CommonMessage.UNKNOWN_VALUE, field, allowed(type))
                .withValue(value)));
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
