package io.edukpi.submission.evidence.store;

/** More bytes arrived than the upload may have; reading stopped there. */
public class LimitExceededException extends RuntimeException {

    private final long limit;

    public LimitExceededException(long limit) {
        super("more than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
