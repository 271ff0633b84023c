package io.edukpi.registry.service;

import java.time.OffsetDateTime;

public record Certification(String schoolCode, long roundId, String state, String certifiedBy,
        OffsetDateTime certifiedAt, String acknowledgedBy, OffsetDateTime acknowledgedAt) {
}
