package io.edukpi.indicator.service;

import java.util.List;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Finding;

/** The problem answers of the catalogue use cases. */
public final class CatalogueProblems {

    private CatalogueProblems() {
    }

    public static ProblemException notFound(Object id) {
        return ProblemException.notFound("Catalogue", "ชุดตัวชี้วัด", id);
    }

    public static ProblemException indicatorNotFound(String code) {
        return ProblemException.notFound("Indicator", "ตัวชี้วัด", code);
    }

    /** Every error finding, with its path; warnings are not reasons to refuse. */
    public static ProblemException findings(List<Finding> findings) {
        List<ProblemError> errors = findings.stream().filter(Finding::blocksPublishing)
                .map(f -> ProblemError.field(f.path(), f.code(), f.message(), f.messageTh())).toList();
        return new ProblemException(422, "unprocessable", "The catalogue breaks validation rules",
                "ชุดตัวชี้วัดไม่ผ่านการตรวจสอบ", errors.size() + " error(s) found; see errors.",
                "พบข้อผิดพลาด " + errors.size() + " รายการ ดูรายละเอียดใน errors", errors);
    }

    public static ProblemException notDraft(Object id, String status) {
        return ProblemException.conflict(
                "Catalogue " + id + " is " + status + "; only drafts can be changed. Copy it into a new draft.",
                "ชุดตัวชี้วัด " + id + " มีสถานะ " + status + " แก้ไขได้เฉพาะฉบับร่าง ให้คัดลอกเป็นฉบับร่างใหม่");
    }
}
