package io.edukpi.registry.ingest;

import io.edukpi.commons.message.Finding;
import io.edukpi.registry.domain.RegistryMessage;

/**
 * Something wrong with an uploaded file as a whole (its type, encoding, header, an abrupt end): the
 * job stops and nothing of the file is written. The finding's {@code row} and {@code field} (a
 * column) say where, when known.
 */
public class FileProblemException extends RuntimeException {

    private final transient Finding finding;

    public FileProblemException(Finding finding) {
        super(finding.message(), null, false, false);
        this.finding = finding;
    }

    /** A problem of the whole file, without a place. */
    public static FileProblemException of(RegistryMessage message, Object... arguments) {
        return new FileProblemException(message.at(null, arguments));
    }

    /** A problem found at a row (or line) of the file, in a column when known. */
    public static FileProblemException at(long row, String column, RegistryMessage message, Object... arguments) {
        return new FileProblemException(message.at(column, arguments).atRow(Math.toIntExact(row)));
    }

    public Finding finding() {
        return finding;
    }
}
