package io.edukpi.indicator.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.persistence.CatalogueVersionEntity;
import io.edukpi.indicator.service.StoredCatalogue;

/** One catalogue version in lists. */
@Schema(description = "One catalogue version: identity, lifecycle and size")
public record CatalogueSummary(
        @Schema(description = "The version's id", example = CatalogueResponses.ID_EXAMPLE, implementation = String.class, format = "uuid") UUID id,
        @Schema(description = "Fiscal year, C.E. (B.E. 2554 is 2011)", example = "2011") int fiscalYear,
        @Schema(description = "What the catalogue measures") Catalogue.Level level,
        @Schema(description = "Version number within the fiscal year and level, from 1", example = "1") int version,
        @Schema(description = "Lifecycle state: only a DRAFT changes; PUBLISHED versions are scored") Catalogue.Status status,
        @Schema(description = "Title as printed (Thai)", example = IndicatorMessage.Examples.TITLE) String title,
        @Schema(description = "Number of indicators at every level", example = "23") int indicatorCount,
        @Schema(description = "SHA-256 of the canonical content (hex); equal content, equal hash", example = "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d") String contentHash,
        @Schema(description = "The version this draft was copied from; null for a draft created or imported from JSON", example = CatalogueResponses.ID_EXAMPLE, implementation = String.class, format = "uuid") UUID copiedFrom,
        @Schema(description = "When the version was created (ISO 8601 with offset)", example = "2011-06-01T09:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime createdAt,
        @Schema(description = "When its content or state last changed", example = "2011-06-02T09:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime updatedAt,
        @Schema(description = "When it was published; null for a draft", example = "2011-06-03T09:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime publishedAt,
        @Schema(description = "When it was archived; null unless ARCHIVED", example = "2012-06-01T09:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime archivedAt) {

    static CatalogueSummary of(StoredCatalogue c) {
        return new CatalogueSummary(c.id(), c.content().fiscalYear(), c.content().level(), c.version(), c.status(),
                c.content().title(), c.content().indicators().size(), c.contentHash(), c.copiedFrom(), c.createdAt(),
                c.updatedAt(), c.publishedAt(), c.archivedAt());
    }

    static CatalogueSummary of(CatalogueVersionEntity e) {
        return new CatalogueSummary(e.id, e.fiscalYear, e.level, e.version, e.status, e.title, e.indicatorCount,
                e.contentHash, e.copiedFrom, e.createdAt, e.updatedAt, e.publishedAt, e.archivedAt);
    }
}
