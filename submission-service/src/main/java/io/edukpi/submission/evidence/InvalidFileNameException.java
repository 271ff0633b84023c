package io.edukpi.submission.evidence;

import io.edukpi.commons.message.Text;

/** A file name that leaves nothing usable after sanitising, or tries to climb out of a directory. */
public class InvalidFileNameException extends RuntimeException {

    private final Text detail;

    public InvalidFileNameException(Text detail) {
        super(detail.english(), null, false, false);
        this.detail = detail;
    }

    public Text detail() {
        return detail;
    }
}
