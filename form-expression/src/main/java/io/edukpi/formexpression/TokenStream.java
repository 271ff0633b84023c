package io.edukpi.formexpression;

import java.util.List;

import io.edukpi.formexpression.FormExpression.SyntaxError;
import io.edukpi.formexpression.Token.Kind;

/** The parsers' cursor over the tokens, with the checks that turn a wrong token into a {@link SyntaxError}. */
final class TokenStream {

    private final List<Token> tokens;
    private int next;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(next);
    }

    boolean peekIs(String text) {
        return peek().is(text);
    }

    /** The next token, consumed; the end token is never consumed, so it comes back on every call. */
    Token take() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            next++;
        }
        return t;
    }

    /** A word such as a field or checklist key; {@code what} names it in the error. */
    String word(String what) {
        Token t = take();
        if (t.kind() != Kind.WORD) {
            throw new SyntaxError("Expected " + what + " but " + t.describe(), t.at());
        }
        return t.text();
    }

    void expectWord(String word) {
        Token t = take();
        if (!t.is(word)) {
            throw new SyntaxError("Expected '" + word + "'", t.at());
        }
    }

    void expect(String symbol) {
        Token t = take();
        if (!t.is(symbol)) {
            throw new SyntaxError("Expected '" + symbol + "' but " + t.describe(), t.at());
        }
    }

    void expectEnd() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            throw new SyntaxError("Unexpected '" + t.text() + "' after the end of the expression", t.at());
        }
    }
}
