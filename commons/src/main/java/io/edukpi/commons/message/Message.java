package io.edukpi.commons.message;

/**
 * One entry of a service's message catalogue: a stable code for programs and the same sentence in
 * English and Thai for people. Each service keeps its entries in one enum implementing this, so no
 * message text is written anywhere else and {@code docs/problems.md} can be checked against it.
 * Texts may hold placeholders {@code {0}}, {@code {1}}, ... filled by {@link #text(Object...)}.
 */
public interface Message {

    /** What a catalogue entry holds; an enum keeps one per constant and answers it from {@link #entry()}. */
    record Entry(String code, String english, String thai) {
    }

    Entry entry();

    /** Stable, kebab-case; clients may branch on it. */
    default String code() {
        return entry().code();
    }

    default String english() {
        return entry().english();
    }

    default String thai() {
        return entry().thai();
    }

    /** The sentence in both languages with its placeholders filled. */
    default Text text(Object... arguments) {
        return new Text(Text.fill(english(), arguments), Text.fill(thai(), arguments));
    }

    /** A finding of this kind about {@code field} (a path into the request, a column, or null). */
    default Finding at(String field, Object... arguments) {
        return Finding.of(this, field, arguments);
    }
}
