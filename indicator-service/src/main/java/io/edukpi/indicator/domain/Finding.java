package io.edukpi.indicator.domain;

/**
 * One result of validating a catalogue. Errors block publishing (and are refused on edits);
 * warnings report source inconsistencies that are kept as printed.
 */
public record Finding(Severity severity, String path, String code, String message, String messageTh) {

    public enum Severity {
        ERROR,
        WARNING
    }

    static Finding error(String path, String code, String message, String messageTh) {
        return new Finding(Severity.ERROR, path, code, message, messageTh);
    }

    static Finding warning(String path, String code, String message, String messageTh) {
        return new Finding(Severity.WARNING, path, code, message, messageTh);
    }

    public boolean blocksPublishing() {
        return severity == Severity.ERROR;
    }
}
