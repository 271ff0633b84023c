package io.edukpi.submission.evidence.service;

import java.util.List;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.evidence.EvidenceType;
import io.edukpi.submission.evidence.InvalidFileNameException;
import io.edukpi.submission.evidence.Sniff;
import io.edukpi.submission.evidence.UnpackedTooLargeException;

/** The refusals of an evidence upload, in English and Thai. */
final class EvidenceProblems {

    private EvidenceProblems() {
    }

    static ProblemException fileTooLarge(long limit) {
        return tooLarge(SubmissionMessage.MAX_FILE_SIZE.at("file", size(limit)));
    }

    static ProblemException resultFull(long limit, long used) {
        return tooLarge(SubmissionMessage.MAX_RESULT_SIZE.at("file", size(limit), size(used)));
    }

    /** A decompression bomb: 413 naming the file and the limit it passed. */
    static ProblemException unpackedTooLarge(String fileName, UnpackedTooLargeException e) {
        Finding finding = switch (e.limit()) {
            case SIZE -> SubmissionMessage.MAX_UNPACKED_SIZE.at("file", fileName, size(e.allowed()));
            case RATIO -> SubmissionMessage.MAX_UNPACKED_RATIO.at("file", fileName, e.allowed());
        };
        return tooLarge(finding.withValue(fileName));
    }

    static ProblemException unsupported(Sniff sniff) {
        String allowed = EvidenceType.allowed();
        return ProblemException.of(415, SubmissionMessage.UNSUPPORTED_TYPE_DETAIL.text(sniff.detected(), allowed),
                List.of(SubmissionMessage.UNSUPPORTED_TYPE.at("file", sniff.detected(), allowed)));
    }

    static ProblemException empty() {
        return unprocessable(SubmissionMessage.EMPTY_FILE.at("file"));
    }

    static ProblemException fileName(InvalidFileNameException e) {
        return unprocessable(SubmissionMessage.INVALID_FILE_NAME.at("file", e.detail()));
    }

    static ProblemException duplicate(EvidenceView existing) {
        return ProblemException.of(409, SubmissionMessage.DUPLICATE_FILE.text(existing.fileName(), existing.id(),
                existing.download()),
                List.of(SubmissionMessage.DUPLICATE.at("file", SubmissionMessage.SAME_HASH.text(existing.id()))
                        .withValue(existing.sha256())));
    }

    static ProblemException interrupted() {
        return ProblemException.of(400, SubmissionMessage.UPLOAD_INTERRUPTED.text(), List.of());
    }

    /** 413 whose detail is the finding's text. */
    private static ProblemException tooLarge(Finding finding) {
        return ProblemException.of(413, new Text(finding.message(), finding.messageTh()), List.of(finding));
    }

    private static ProblemException unprocessable(Finding finding) {
        return ProblemException.unprocessable(new Text(finding.message(), finding.messageTh()), List.of(finding));
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
