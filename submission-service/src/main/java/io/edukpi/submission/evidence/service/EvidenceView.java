package io.edukpi.submission.evidence.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.edukpi.submission.evidence.persistence.EvidenceEntity;

/** An evidence file as the API shows it; {@code download} is the link that streams its bytes. */
public record EvidenceView(UUID id, UUID resultId, String fileName, String contentType, long size, String sha256,
        String uploadedBy, OffsetDateTime uploadedAt, String download) {

    public static final String RESULTS = "/api/v1/submissions/results";

    static EvidenceView of(EvidenceEntity e) {
        return new EvidenceView(e.id, e.resultId, e.fileName, e.contentType, e.size, e.sha256, e.uploadedBy,
                e.uploadedAt, RESULTS + "/" + e.resultId + "/evidence/" + e.id);
    }
}
