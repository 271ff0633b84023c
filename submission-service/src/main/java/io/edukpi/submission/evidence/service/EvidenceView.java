package io.edukpi.submission.evidence.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.evidence.persistence.EvidenceEntity;

/** An evidence file as the API shows it; {@code download} is the link that streams its bytes. */
public record EvidenceView(
        @Schema(description = "The evidence file's id", example = "7d2e9b40-1c3f-4a6b-8e5d-0f9a2c4b6d81") UUID id,
        @Schema(description = "The result it backs", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") UUID resultId,
        @Schema(description = "The file name as stored (sanitised, extension agreeing with the type)", example = Examples.EVIDENCE_FILE_NAME) String fileName,
        @Schema(description = "The type sniffed from the bytes", example = "application/pdf") String contentType,
        @Schema(description = "Size in bytes", example = "48213") long size,
        @Schema(description = "SHA-256 of the bytes, hex (also the download's ETag)") String sha256,
        @Schema(description = "Who uploaded it", example = "somsri") String uploadedBy,
        @Schema(description = "When") OffsetDateTime uploadedAt,
        @Schema(description = "The URL that streams the file") String download) {

    public static final String RESULTS = "/api/v1/submissions/results";

    static EvidenceView of(EvidenceEntity e) {
        return new EvidenceView(e.id, e.resultId, e.fileName, e.contentType, e.size, e.sha256, e.uploadedBy,
                e.uploadedAt, RESULTS + "/" + e.resultId + "/evidence/" + e.id);
    }
}
