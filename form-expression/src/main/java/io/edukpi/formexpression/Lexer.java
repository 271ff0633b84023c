package io.edukpi.formexpression;

import java.util.ArrayList;
import java.util.List;

import io.edukpi.formexpression.FormExpression.SyntaxError;
import io.edukpi.formexpression.Token.Kind;

/** Splits an expression's text into numbers, words and symbols, ending with one {@link Kind#END} token. */
final class Lexer {

    private static final String SINGLE_SYMBOLS = "+-*/(),.";
    /** Characters that start a comparison; each may be followed by '='. */
    private static final String COMPARISON_STARTS = "<>=!";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else if (COMPARISON_STARTS.indexOf(c) >= 0) {
                comparison();
            } else if (SINGLE_SYMBOLS.indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                i++;
            } else {
                throw new SyntaxError("Unexpected character '" + c + "'", i);
            }
        }
        tokens.add(new Token(Kind.END, "", text.length()));
    }

    private void number() {
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        String number = text.substring(start, i);
        if (number.indexOf('.') != number.lastIndexOf('.') || number.endsWith(".")) {
            throw new SyntaxError("Malformed number '" + number + "'", start);
        }
        tokens.add(new Token(Kind.NUMBER, number, start));
    }

    private void word() {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
    }

    private void comparison() {
        int start = i;
        i += (i + 1 < text.length() && text.charAt(i + 1) == '=') ? 2 : 1;
        String op = text.substring(start, i);
        if (op.equals("=") || op.equals("!")) {
            throw new SyntaxError("Unknown operator '" + op + "' (use == or !=)", start);
        }
        tokens.add(new Token(Kind.SYMBOL, op, start));
    }
}
