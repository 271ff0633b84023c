package io.edukpi.formexpression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import io.edukpi.formexpression.FormExpression.Binary;
import io.edukpi.formexpression.FormExpression.Expr;
import io.edukpi.formexpression.FormExpression.Negate;
import io.edukpi.formexpression.FormExpression.Num;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random arithmetic trees, written with as few parentheses as the usual precedence and left-associativity
 * allow: parsing the text must give the tree back, and evaluating it must give what plain {@link BigDecimal}
 * arithmetic on the tree gives.
 */
class ArithmeticPropertyTest {

    @Property
    void textParsesBackToItsTree(@ForAll("trees") Expr tree) {
        assertEquals(tree, FormExpression.parse(text(tree)), text(tree));
    }

    @Property
    void valueIsPlainDecimalArithmetic(@ForAll("trees") Expr tree) {
        assertEquals(reference(tree), FormExpression.evaluate(FormExpression.parse(text(tree)), Map.of(), List.of(),
                Map.of()), text(tree));
    }

    @Provide
    Arbitrary<Expr> trees() {
        return tree(4);
    }

    private static Arbitrary<Expr> tree(int depth) {
        // up to 1000.00, with 0 to 2 decimals (and zeros, so that divisions by zero happen)
        Arbitrary<Expr> number = Combinators.combine(Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(0, 2)).as(BigDecimal::valueOf).map(Num::new);
        if (depth == 0) {
            return number;
        }
        Arbitrary<Expr> negate = tree(depth - 1).map(Negate::new);
        Arbitrary<Expr> binary = Combinators.combine(Arbitraries.of('+', '-', '*', '/'), tree(depth - 1),
                tree(depth - 1)).as(Binary::new);
        return Arbitraries.frequencyOf(Tuple.of(2, number), Tuple.of(1, negate),
                Tuple.of(3, binary));
    }

    /** 1 for + and -, 2 for * and /, 3 for what never needs parentheses (a number, a negation). */
    private static int precedence(Expr e) {
        if (e instanceof Binary b) {
            return b.operator() == '+' || b.operator() == '-' ? 1 : 2;
        }
        return 3;
    }

    private static String text(Expr e) {
        if (e instanceof Num n) {
            return n.value().toPlainString();
        }
        if (e instanceof Negate n) {
            return "-" + operand(n.operand(), 3);
        }
        Binary b = (Binary) e;
        int p = precedence(b);
        // left-associative: the right operand needs parentheses already at equal precedence
        return operand(b.left(), p) + " " + b.operator() + " " + operand(b.right(), p + 1);
    }

    private static String operand(Expr e, int needed) {
        return precedence(e) < needed ? "(" + text(e) + ")" : text(e);
    }

    private static BigDecimal reference(Expr e) {
        if (e instanceof Num n) {
            return n.value();
        }
        if (e instanceof Negate n) {
            BigDecimal v = reference(n.operand());
            return v == null ? null : v.negate();
        }
        Binary b = (Binary) e;
        BigDecimal l = reference(b.left());
        BigDecimal r = reference(b.right());
        if (l == null || r == null) {
            return null;
        }
        switch (b.operator()) {
            case '+':
                return l.add(r);
            case '-':
                return l.subtract(r);
            case '*':
                return l.multiply(r);
            default:
                return r.signum() == 0 ? null : l.divide(r, MathContext.DECIMAL64);
        }
    }
}
