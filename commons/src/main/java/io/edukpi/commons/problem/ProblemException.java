package io.edukpi.commons.problem;

import java.util.List;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Message;
import io.edukpi.commons.message.Text;

/**
 * Thrown by use cases to answer a client error. Carries everything the problem body needs, in
 * English and Thai, so the mapper never has to guess. The texts come from a message catalogue.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Text title;
    private final Text detail;
    private final List<Finding> findings;

    /** A problem of its own type: {@code type} is both the type's slug and its title. */
    public ProblemException(int status, Message type, Text detail, List<Finding> findings) {
        this(status, type.code(), type.text(), detail, findings);
    }

    private ProblemException(int status, String slug, Text title, Text detail, List<Finding> findings) {
        super(detail.english(), null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A problem with the standard type and title of its status. */
    public static ProblemException of(int status, Text detail, List<Finding> findings) {
        CommonMessage title = StatusTitles.of(status);
        return new ProblemException(status, title.code(), title.text(), detail, findings);
    }

    public static ProblemException notFound(Text detail) {
        return of(404, detail, List.of());
    }

    public static ProblemException conflict(Text detail) {
        return of(409, detail, List.of());
    }

    public static ProblemException forbidden(Text detail) {
        return of(403, detail, List.of());
    }

    /** A domain rule refused the request: 400 {@code validation}, every finding in {@code errors}. */
    public static ProblemException invalid(Text detail, List<Finding> findings) {
        return new ProblemException(400, CommonMessage.VALIDATION, detail, findings);
    }

    /** As {@link #invalid(Text, List)} with the standard detail "N field(s) are not valid". */
    public static ProblemException invalid(List<Finding> findings) {
        return invalid(CommonMessage.FIELDS_INVALID.text(findings.size()), findings);
    }

    /** 422: well-formed but cannot be processed. */
    public static ProblemException unprocessable(Text detail, List<Finding> findings) {
        return of(422, detail, findings);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Text title() {
        return title;
    }

    public Text detail() {
        return detail;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<ProblemError> errors() {
        return findings.stream().map(ProblemError::of).toList();
    }
}
