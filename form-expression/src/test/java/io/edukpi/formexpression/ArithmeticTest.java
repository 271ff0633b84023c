package io.edukpi.formexpression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values, not just "it parses": each row would fail with the wrong precedence, associativity or rounding.
 * Expected values are compared with {@link BigDecimal#equals}, so the scale is pinned too. An empty expected
 * value means no result (null).
 */
class ArithmeticTest {

    private static final Map<String, BigDecimal> OFFICE = Map.of("target", new BigDecimal("40"), "zero",
            BigDecimal.ZERO);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # '*' and '/' bind tighter than '+' and '-'
            1 + 2 * 3            | 7
            10 - 2 * 3           | 4
            2 * 3 + 4 * 5        | 26
            1 + 6 / 3            | 3
            # parentheses
            (1 + 2) * 3          | 9
            2 * (3 + 4) * 5      | 70
            ((2))                | 2
            # '-' and '/' are left-associative
            10 - 4 - 3           | 3
            64 / 8 / 2           | 4
            12 / 4 * 3           | 9
            10 - 4 + 3           | 9
            # unary minus binds to the next factor only
            -2 * 3               | -6
            -2 - 3               | -5
            -(2 - 3)             | 1
            -(2 + 3) * 2         | -10
            2 - -3               | 5
            2 * -3               | -6
            --4                  | 4
            # exact decimals: the scale of the operands is kept
            1.50 + 1             | 2.50
            0.1 + 0.2            | 0.3
            1.5 * 1.5            | 2.25
            3 - 3.00             | 0.00
            # division rounds to 16 significant digits, half-even, and prefers the operands' scale
            1 / 3                | 0.3333333333333333
            2 / 3                | 0.6666666666666667
            1 / 3 * 3            | 0.9999999999999999
            10 / 4               | 2.5
            100 / 10             | 10
            1.0 / 2              | 0.5
            10 / 0.5             | 2E+1
            0 / 5                | 0
            # division by zero gives no result, however it is reached
            1 / 0                |
            1 / (2 - 2)          |
            0 * (1 / 0)          |
            -(1 / 0)             |
            1 / 0.00             |
            # office fields; a missing one gives no result
            office.target / 8    | 5
            office.target * 2.5  | 100.0
            1 / office.zero      |
            office.missing + 1   |
            0 * office.missing   |
            """)
    void evaluates(String expression, String expected) {
        BigDecimal value = FormExpression.evaluate(FormExpression.parse(expression), OFFICE, List.of(), Map.of());
        assertEquals(expected == null ? null : new BigDecimal(expected), value);
    }
}
