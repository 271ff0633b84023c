package io.edukpi.registry.ingest;

/**
 * Something wrong with an uploaded file as a whole (its type, encoding, header, an abrupt end): the
 * job stops and nothing of the file is written. {@code row} and {@code column} say where, when known.
 */
public class FileProblem extends RuntimeException {

    private final String code;
    private final String messageTh;
    private final Long row;
    private final String column;

    public FileProblem(String code, String message, String messageTh, Long row, String column) {
        super(message, null, false, false);
        this.code = code;
        this.messageTh = messageTh;
        this.row = row;
        this.column = column;
    }

    public FileProblem(String code, String message, String messageTh) {
        this(code, message, messageTh, null, null);
    }

    public String code() {
        return code;
    }

    public String messageTh() {
        return messageTh;
    }

    public Long row() {
        return row;
    }

    public String column() {
        return column;
    }
}
