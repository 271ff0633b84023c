package io.edukpi.submission.evidence;

/** A file name that leaves nothing usable after sanitising, or tries to climb out of a directory. */
public class InvalidFileName extends RuntimeException {

    private final String detailTh;

    public InvalidFileName(String detail, String detailTh) {
        super(detail, null, false, false);
        this.detailTh = detailTh;
    }

    public String detailTh() {
        return detailTh;
    }
}
