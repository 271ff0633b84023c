package io.edukpi.formexpression;

import java.math.BigDecimal;
import java.util.Set;

import io.edukpi.formexpression.FormExpression.AllDone;
import io.edukpi.formexpression.FormExpression.And;
import io.edukpi.formexpression.FormExpression.Compare;
import io.edukpi.formexpression.FormExpression.Condition;
import io.edukpi.formexpression.FormExpression.Not;
import io.edukpi.formexpression.FormExpression.Or;
import io.edukpi.formexpression.FormExpression.SyntaxError;
import io.edukpi.formexpression.Token.Kind;

/**
 * Recursive descent over a count's {@code where} condition: {@code condition := and ("or" and)*},
 * {@code and := not ("and" not)*}, so "not" binds tightest and "and" tighter than "or".
 */
final class ConditionParser {

    private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==", "!=");

    private final TokenStream tokens;

    ConditionParser(TokenStream tokens) {
        this.tokens = tokens;
    }

    Condition condition() {
        Condition left = conjunction();
        while (tokens.peekIs("or")) {
            tokens.take();
            left = new Or(left, conjunction());
        }
        return left;
    }

    private Condition conjunction() {
        Condition left = negation();
        while (tokens.peekIs("and")) {
            tokens.take();
            left = new And(left, negation());
        }
        return left;
    }

    private Condition negation() {
        Token t = tokens.take();
        if (t.is("not")) {
            return new Not(negation());
        }
        if (t.is("(")) {
            Condition inner = condition();
            tokens.expect(")");
            return inner;
        }
        if (t.is("allDone")) {
            tokens.expect("(");
            String key = tokens.word("a checklist key");
            tokens.expect(")");
            return new AllDone(key);
        }
        if (t.is("school")) {
            return comparison();
        }
        throw new SyntaxError(t.kind() == Kind.END ? "Unexpected end of condition"
                : "Unexpected '" + t.text() + "' (expected allDone(...), school.<field>, not or '(')", t.at());
    }

    /** After "school": {@code .key op (number | school.key)}. */
    private Condition comparison() {
        tokens.expect(".");
        String key = tokens.word("a field key");
        Token op = tokens.take();
        if (op.kind() != Kind.SYMBOL || !COMPARISONS.contains(op.text())) {
            throw new SyntaxError("Expected one of < <= > >= == != but found '" + op.text() + "'", op.at());
        }
        Token operand = tokens.take();
        if (operand.kind() == Kind.NUMBER) {
            return new Compare(key, op.text(), new BigDecimal(operand.text()), null);
        }
        if (operand.is("school")) {
            tokens.expect(".");
            return new Compare(key, op.text(), null, tokens.word("a field key"));
        }
        throw new SyntaxError("Expected a number or school.<field> after " + op.text(), operand.at());
    }
}
