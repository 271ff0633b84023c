package io.edukpi.indicator.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.edukpi.commons.message.Finding;
import io.edukpi.indicator.domain.Catalogue;

/** A catalogue version as stored: identity, lifecycle and its validated content. */
public record StoredCatalogue(
        UUID id,
        int version,
        Catalogue.Status status,
        Catalogue content,
        List<Finding> findings,
        String contentHash,
        int revision,
        UUID copiedFrom,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime archivedAt) {

    /** Strong validator of every representation of this version; changes with each edit. */
    public String etag() {
        return "\"" + id + "-" + revision + "\"";
    }
}
