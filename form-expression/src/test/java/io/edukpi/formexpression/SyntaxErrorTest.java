package io.edukpi.formexpression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.edukpi.formexpression.FormExpression.SyntaxError;

/** Each error names what is wrong and where: position() is 0-based, the message counts from 1. */
class SyntaxErrorTest {

    @ParameterizedTest(name = "\"{0}\" at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                    | 0  | Unexpected end of expression at character 1
            "   "                                 | 3  | Unexpected end of expression at character 4
            1 +                                   | 3  | Unexpected end of expression at character 4
            1 2                                   | 2  | Unexpected '2' after the end of the expression at character 3
            (1 + 2) )                             | 8  | Unexpected ')' after the end of the expression at character 9
            (1 + 2                                | 6  | Expected ')' but the expression ended at character 7
            1 * * 2                               | 4  | Unexpected '*' (expected a number, office.<field>, count(...), sum(...) or '(') at character 5
            foo + 1                               | 0  | Unexpected 'foo' (expected a number, office.<field>, count(...), sum(...) or '(') at character 1
            1 # 2                                 | 2  | Unexpected character '#' at character 3
            1.2.3                                 | 0  | Malformed number '1.2.3' at character 1
            2 * 3.                                | 4  | Malformed number '3.' at character 5
            .5                                    | 0  | Unexpected '.' (expected a number, office.<field>, count(...), sum(...) or '(') at character 1
            !1                                    | 0  | Unknown operator '!' (use == or !=) at character 1
            office.                               | 7  | Expected a field key but the expression ended at character 8
            office.1                              | 7  | Expected a field key but found '1' at character 8
            office target                         | 7  | Expected '.' but found 'target' at character 8
            count(pupils)                         | 6  | Expected 'schools' at character 7
            count schools                         | 6  | Expected '(' but found 'schools' at character 7
            count(schools                         | 13 | Expected ')' but the expression ended at character 14
            sum(schools school.x)                 | 12 | Expected ',' but found 'school' at character 13
            sum(schools, office.x)                | 13 | Expected 'school' at character 14
            count(schools where)                  | 19 | Unexpected ')' (expected allDone(...), school.<field>, not or '(') at character 20
            count(schools where                   | 19 | Unexpected end of condition at character 20
            count(schools where school.x = 1)     | 29 | Unknown operator '=' (use == or !=) at character 30
            count(schools where school.x 1)       | 29 | Expected one of < <= > >= == != but found '1' at character 30
            count(schools where school.x < -1)    | 31 | Expected a number or school.<field> after < at character 32
            count(schools where school.x < y)     | 31 | Expected a number or school.<field> after < at character 32
            count(schools where allDone qa)       | 28 | Expected '(' but found 'qa' at character 29
            count(schools where allDone(1))       | 28 | Expected a checklist key but found '1' at character 29
            count(schools where (allDone(qa))     | 33 | Expected ')' but the expression ended at character 34
            """)
    void saysWhatAndWhere(String expression, int position, String message) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> FormExpression.parse(expression));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.position());
    }
}
