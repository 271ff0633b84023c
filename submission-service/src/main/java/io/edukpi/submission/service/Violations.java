package io.edukpi.submission.service;

import java.util.List;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.WorkflowViolation;

/** A broken workflow or round rule as problem+json: 409 for the state of things, 422 for the request, 403 for the person. */
final class Violations {

    private Violations() {
    }

    static ProblemException problem(WorkflowViolation v) {
        int status = switch (v.kind()) {
            case CONFLICT -> 409;
            case INVALID -> 422;
            case FORBIDDEN -> 403;
        };
        String title = switch (v.kind()) {
            case CONFLICT -> "Not allowed in the current state";
            case INVALID -> "Not allowed by the catalogue";
            case FORBIDDEN -> "Forbidden";
        };
        String titleTh = switch (v.kind()) {
            case CONFLICT -> "ทำไม่ได้ในสถานะปัจจุบัน";
            case INVALID -> "ชุดตัวชี้วัดไม่อนุญาต";
            case FORBIDDEN -> "ไม่มีสิทธิ์";
        };
        return new ProblemException(status, v.code(), title, titleTh, v.getMessage(), v.messageTh(), List.of());
    }
}
