package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic conventions: exact intermediate values, rounding only on output. */
public final class Scores {

    /** 34 significant digits: far beyond any printed threshold, so rounding happens only on output. */
    public static final MathContext MATH = MathContext.DECIMAL128;
    public static final BigDecimal MAX = BigDecimal.valueOf(5);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Scores() {
    }

    /** A score as shown: 5 decimals, HALF_UP (4.46074). */
    public static BigDecimal display(BigDecimal score) {
        return score == null ? null : score.setScale(5, RoundingMode.HALF_UP);
    }

    /** Percent of the maximum, 2 decimals, HALF_UP (4.46074 -> 89.21). */
    public static BigDecimal percent(BigDecimal score) {
        return score == null ? null : score.multiply(HUNDRED).divide(MAX, MATH).setScale(2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A quotient as written in an explanation: enough digits to check by hand. */
    static String shown(BigDecimal value) {
        return plain(value.round(new MathContext(12, RoundingMode.HALF_UP)));
    }
}
