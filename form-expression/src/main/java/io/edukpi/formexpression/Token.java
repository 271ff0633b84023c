package io.edukpi.formexpression;

/** One lexical unit of an expression; {@code at} is its 0-based character offset. */
record Token(Kind kind, String text, int at) {

    enum Kind {
        NUMBER,
        WORD,
        SYMBOL,
        /** After the last token, so the parser never runs off the list. */
        END
    }

    /** Whether this is the word or symbol {@code s} (never true for a number or the end). */
    boolean is(String s) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(s);
    }

    /** How an error message names this token. */
    String describe() {
        return kind == Kind.END ? "the expression ended" : "found '" + text + "'";
    }
}
