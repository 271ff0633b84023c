package io.edukpi.formexpression;

import java.math.BigDecimal;

import io.edukpi.formexpression.FormExpression.Binary;
import io.edukpi.formexpression.FormExpression.Condition;
import io.edukpi.formexpression.FormExpression.CountSchools;
import io.edukpi.formexpression.FormExpression.Expr;
import io.edukpi.formexpression.FormExpression.Negate;
import io.edukpi.formexpression.FormExpression.Num;
import io.edukpi.formexpression.FormExpression.OfficeField;
import io.edukpi.formexpression.FormExpression.SumSchools;
import io.edukpi.formexpression.FormExpression.SyntaxError;
import io.edukpi.formexpression.Token.Kind;

/**
 * Recursive descent over the arithmetic part of the grammar (docs/indicator-service.md):
 * {@code expr := term (('+'|'-') term)*}, {@code term := factor (('*'|'/') factor)*}, so '*' and '/' bind
 * tighter than '+' and '-', and each level is left-associative. A count's condition goes to
 * {@link ConditionParser}.
 */
final class ExpressionParser {

    private final TokenStream tokens;

    private ExpressionParser(TokenStream tokens) {
        this.tokens = tokens;
    }

    /** The whole text as one expression: anything left over is an error. */
    static Expr parse(String text) {
        TokenStream tokens = new TokenStream(Lexer.tokenize(text));
        Expr expr = new ExpressionParser(tokens).expression();
        tokens.expectEnd();
        return expr;
    }

    private Expr expression() {
        Expr left = term();
        while (tokens.peekIs("+") || tokens.peekIs("-")) {
            char op = tokens.take().text().charAt(0);
            left = new Binary(op, left, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (tokens.peekIs("*") || tokens.peekIs("/")) {
            char op = tokens.take().text().charAt(0);
            left = new Binary(op, left, factor());
        }
        return left;
    }

    private Expr factor() {
        Token t = tokens.take();
        if (t.kind() == Kind.NUMBER) {
            return new Num(new BigDecimal(t.text()));
        }
        if (t.is("(")) {
            Expr inner = expression();
            tokens.expect(")");
            return inner;
        }
        if (t.is("-")) {
            return new Negate(factor());
        }
        if (t.is("office")) {
            tokens.expect(".");
            return new OfficeField(tokens.word("a field key"));
        }
        if (t.is("count")) {
            return count();
        }
        if (t.is("sum")) {
            return sum();
        }
        throw new SyntaxError(t.kind() == Kind.END ? "Unexpected end of expression"
                : "Unexpected '" + t.text() + "' (expected a number, office.<field>, count(...), sum(...) or '(')", t.at());
    }

    /** After "count": {@code (schools [where condition])}. */
    private Expr count() {
        tokens.expect("(");
        tokens.expectWord("schools");
        Condition where = null;
        if (tokens.peekIs("where")) {
            tokens.take();
            where = new ConditionParser(tokens).condition();
        }
        tokens.expect(")");
        return new CountSchools(where);
    }

    /** After "sum": {@code (schools, school.key)}. */
    private Expr sum() {
        tokens.expect("(");
        tokens.expectWord("schools");
        tokens.expect(",");
        tokens.expectWord("school");
        tokens.expect(".");
        String key = tokens.word("a field key");
        tokens.expect(")");
        return new SumSchools(key);
    }
}
