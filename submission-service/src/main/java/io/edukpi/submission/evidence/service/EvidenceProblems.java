package io.edukpi.submission.evidence.service;

import java.util.List;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.evidence.EvidenceType;
import io.edukpi.submission.evidence.InvalidFileName;
import io.edukpi.submission.evidence.Sniff;

/** The refusals of an evidence upload, in English and Thai. */
final class EvidenceProblems {

    private EvidenceProblems() {
    }

    static ProblemException fileTooLarge(long limit) {
        return tooLarge("The file is larger than the " + size(limit) + " a single evidence file may have.",
                "ไฟล์มีขนาดเกิน " + size(limit) + " ซึ่งเป็นขนาดสูงสุดของไฟล์หลักฐานหนึ่งไฟล์", "max-file-size");
    }

    static ProblemException resultFull(long limit, long used) {
        return tooLarge("The result's evidence files would exceed " + size(limit) + " in total (" + size(used)
                + " attached already).",
                "ไฟล์หลักฐานของผลนี้จะมีขนาดรวมเกิน " + size(limit) + " (แนบไว้แล้ว " + size(used) + ")", "max-result-size");
    }

    static ProblemException unsupported(Sniff sniff) {
        String allowed = EvidenceType.allowed();
        return new ProblemException(415, "unsupported-media-type", "Unsupported content type", "ไม่รองรับรูปแบบข้อมูลที่ส่งมา",
                "The file's content is " + sniff.detected() + "; evidence must be one of: " + allowed + ".",
                "เนื้อหาของไฟล์เป็น " + sniff.detected() + " ซึ่งไม่อนุญาต ไฟล์หลักฐานต้องเป็นชนิดใดชนิดหนึ่งต่อไปนี้: "
                        + allowed,
                List.of(ProblemError.field("file", "unsupported-type", "detected " + sniff.detected() + "; allowed: " + allowed,
                        "ตรวจพบ " + sniff.detected() + " ชนิดที่อนุญาต: " + allowed)));
    }

    static ProblemException empty() {
        return unprocessable("The file is empty (0 bytes).", "ไฟล์ว่างเปล่า (0 ไบต์)", "empty-file");
    }

    static ProblemException fileName(InvalidFileName e) {
        return unprocessable(e.getMessage(), e.detailTh(), "invalid-file-name");
    }

    static ProblemException duplicate(EvidenceView existing) {
        return new ProblemException(409, "conflict", "Conflict with the current state", "ขัดแย้งกับสถานะปัจจุบันของข้อมูล",
                "The same file is attached to this result already as '" + existing.fileName() + "' (evidence "
                        + existing.id() + ", " + existing.download() + ").",
                "ไฟล์เดียวกันนี้แนบไว้กับผลนี้แล้วในชื่อ '" + existing.fileName() + "' (หลักฐาน " + existing.id() + ")",
                List.of(ProblemError.field("file", "duplicate", "same SHA-256 as evidence " + existing.id(),
                        "ค่า SHA-256 ตรงกับหลักฐาน " + existing.id()).withValue(existing.sha256())));
    }

    static ProblemException interrupted() {
        return new ProblemException(400, "bad-request", "Bad request", "คำขอไม่ถูกต้อง",
                "The upload was interrupted before the whole file arrived; nothing was stored.",
                "การอัปโหลดถูกขัดจังหวะก่อนได้รับไฟล์ครบ ไม่มีการบันทึกข้อมูลใด ๆ", List.of());
    }

    private static ProblemException tooLarge(String detail, String detailTh, String code) {
        return new ProblemException(413, "payload-too-large", "Request body too large", "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด",
                detail, detailTh, List.of(ProblemError.field("file", code, detail, detailTh)));
    }

    private static ProblemException unprocessable(String detail, String detailTh, String code) {
        return new ProblemException(422, "unprocessable", "The request cannot be processed", "ไม่สามารถประมวลผลคำขอได้",
                detail, detailTh, List.of(ProblemError.field("file", code, detail, detailTh)));
    }

    /** "20 MB", "512 KB", "700 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
