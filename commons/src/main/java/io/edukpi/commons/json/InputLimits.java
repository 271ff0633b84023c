package io.edukpi.commons.json;

import java.math.BigDecimal;
import java.util.Optional;

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

    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
