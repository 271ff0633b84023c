package io.edukpi.formexpression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.edukpi.formexpression.FormExpression.AllDone;
import io.edukpi.formexpression.FormExpression.And;
import io.edukpi.formexpression.FormExpression.Binary;
import io.edukpi.formexpression.FormExpression.Compare;
import io.edukpi.formexpression.FormExpression.CountSchools;
import io.edukpi.formexpression.FormExpression.Negate;
import io.edukpi.formexpression.FormExpression.Not;
import io.edukpi.formexpression.FormExpression.Num;
import io.edukpi.formexpression.FormExpression.OfficeField;
import io.edukpi.formexpression.FormExpression.Or;
import io.edukpi.formexpression.FormExpression.SumSchools;

/** The trees the parser builds, spacing ignored. */
class ParserTest {

    @Test
    void arithmeticWithoutSpaces() {
        assertEquals(
                new Binary('+', new OfficeField("a"),
                        new Binary('*', new OfficeField("b"), new Negate(new OfficeField("c")))),
                FormExpression.parse("office.a+office.b*-office.c"));
    }

    @Test
    void sumToleratesSpaces() {
        assertEquals(new Binary('/', new SumSchools("x"), new Num(new BigDecimal("2.50"))),
                FormExpression.parse(" sum( schools ,school . x ) /2.50 "));
    }

    @Test
    void conditionsNestNotInsideAndInsideOr() {
        assertEquals(new CountSchools(new Or(
                new And(new Not(new Compare("x", ">=", BigDecimal.ONE, null)), new AllDone("qa")),
                new Compare("x", "!=", null, "y"))),
                FormExpression.parse("count(schools where not school.x >= 1 and allDone(qa) or school.x != school.y)"));
    }

    @Test
    void countWithoutCondition() {
        assertEquals(new CountSchools(null), FormExpression.parse("count(schools)"));
    }
}
