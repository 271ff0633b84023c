package io.edukpi.e2e.contract;

/**
 * Where an exchange departs from the document: the operation (its operationId, or the method and path when
 * the document has none), the answer's status, what kind of departure and its detail.
 */
public record Mismatch(String operation, int status, Kind kind, String detail) {

    /** What departed from the document. */
    public enum Kind {
        UNDOCUMENTED_OPERATION,
        REQUEST_PARAMETER,
        REQUEST_BODY,
        STATUS_UNDECLARED,
        MEDIA_TYPE_UNDECLARED,
        RESPONSE_BODY
    }

    @Override
    public String toString() {
        return operation + " " + status + " " + kind + ": " + detail;
    }
}
