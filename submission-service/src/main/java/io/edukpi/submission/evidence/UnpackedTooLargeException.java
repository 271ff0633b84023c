package io.edukpi.submission.evidence;

/** A ZIP-based file that unpacks to more than its limits allow (a decompression bomb); unpacking stopped there. */
public class UnpackedTooLargeException extends Exception {

    /** Which limit was passed: the total unpacked size (bytes) or the ratio of unpacked to packed size. */
    public enum Limit {
        SIZE,
        RATIO
    }

    private final Limit limit;
    private final long allowed;

    public UnpackedTooLargeException(Limit limit, long allowed) {
        super("unpacks beyond its " + limit + " limit " + allowed, null, false, false);
        this.limit = limit;
        this.allowed = allowed;
    }

    public Limit limit() {
        return limit;
    }

    public long allowed() {
        return allowed;
    }
}
