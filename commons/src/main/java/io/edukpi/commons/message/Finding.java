package io.edukpi.commons.message;

/**
 * One thing wrong (or doubtful) with what a client sent: the one shape every validator of every
 * service reports, mapped to a problem+json error in one place ({@code ProblemError.of}).
 *
 * @param code stable code from a message catalogue
 * @param field a dotted path into the request body ({@code indicators[3.1.4].criterion}), a parameter
 *        or a file column; null when the finding is about the whole request
 * @param row the data row of an uploaded file (1 = first row after the header), or null
 * @param line the line (of a file or of the JSON text), or null
 * @param column the column on that line, or null
 * @param value the rejected value as the client sent it, abbreviated; null when not useful
 * @param message English sentence
 * @param messageTh Thai sentence
 * @param severity {@link Severity#ERROR} refuses the request; a {@link Severity#WARNING} is reported only
 */
public record Finding(
        String code,
        String field,
        Integer row,
        Integer line,
        Integer column,
        String value,
        String message,
        String messageTh,
        Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    private static final int MAX_VALUE_LENGTH = 100;

    public static Finding of(Message message, String field, Object... arguments) {
        Text text = message.text(arguments);
        return new Finding(message.code(), field, null, null, null, null, text.english(), text.thai(), Severity.ERROR);
    }

    /** A finding whose code is not ours (a Bean Validation constraint, a parser's), with its own texts. */
    public static Finding external(String code, String field, Text text) {
        return new Finding(code, field, null, null, null, null, text.english(), text.thai(), Severity.ERROR);
    }

    public Finding withValue(Object rejected) {
        return new Finding(code, field, row, line, column, abbreviate(rejected), message, messageTh, severity);
    }

    public Finding atRow(int dataRow) {
        return new Finding(code, field, dataRow, line, column, value, message, messageTh, severity);
    }

    public Finding atLine(Integer fileLine, Integer lineColumn) {
        return new Finding(code, field, row, fileLine, lineColumn, value, message, messageTh, severity);
    }

    /** The same finding about another field (a validator reused under a prefix, a CSV column). */
    public Finding atField(String path) {
        return new Finding(code, path, row, line, column, value, message, messageTh, severity);
    }

    public Finding asWarning() {
        return new Finding(code, field, row, line, column, value, message, messageTh, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static String abbreviate(Object rejected) {
        if (rejected == null) {
            return null;
        }
        String value = String.valueOf(rejected);
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
