package io.edukpi.submission.domain;

/** A workflow or round rule the request breaks; the REST layer turns it into a 409 or 422 problem. */
public class WorkflowViolation extends RuntimeException {

    public enum Kind {
        CONFLICT,
        INVALID,
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final String messageTh;

    public WorkflowViolation(Kind kind, String code, String message, String messageTh) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.messageTh = messageTh;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageTh() {
        return messageTh;
    }
}
