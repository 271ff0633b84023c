package io.edukpi.commons.problem;

import java.util.List;

/**
 * Thrown by use cases to answer a client error. Carries everything the problem body needs, in
 * English and Thai, so the mapper never has to guess.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String titleTh;
    private final String detailTh;
    private final List<ProblemError> errors;

    public ProblemException(int status, String slug, String title, String titleTh,
            String detail, String detailTh, List<ProblemError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.titleTh = titleTh;
        this.detailTh = detailTh;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String whatTh, Object id) {
        return new ProblemException(404, "not-found", "Not found", "ไม่พบข้อมูล",
                what + " '" + id + "' does not exist or is not visible to you.",
                "ไม่พบ" + whatTh + " '" + id + "' หรือท่านไม่มีสิทธิ์เข้าถึง", List.of());
    }

    public static ProblemException conflict(String detail, String detailTh) {
        return new ProblemException(409, "conflict", "Conflict with the current state",
                "ขัดแย้งกับสถานะปัจจุบันของข้อมูล", detail, detailTh, List.of());
    }

    public static ProblemException invalid(String detail, String detailTh, List<ProblemError> errors) {
        return new ProblemException(400, "validation", "The request is not valid", "ข้อมูลที่ส่งมาไม่ถูกต้อง",
                detail, detailTh, errors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String titleTh() {
        return titleTh;
    }

    public String detailTh() {
        return detailTh;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
