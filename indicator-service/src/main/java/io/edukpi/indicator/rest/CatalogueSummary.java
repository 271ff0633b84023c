package io.edukpi.indicator.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.persistence.CatalogueVersionEntity;
import io.edukpi.indicator.service.StoredCatalogue;

/** One catalogue version in lists. */
public record CatalogueSummary(
        UUID id,
        int fiscalYear,
        int fiscalYearBe,
        Catalogue.Level level,
        int version,
        Catalogue.Status status,
        String title,
        int indicatorCount,
        String contentHash,
        UUID copiedFrom,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime archivedAt) {

    static CatalogueSummary of(StoredCatalogue c) {
        return new CatalogueSummary(c.id(), c.content().fiscalYear(), c.content().fiscalYearBe(), c.content().level(),
                c.version(), c.status(), c.content().title(), c.content().indicators().size(), c.contentHash(),
                c.copiedFrom(), c.createdAt(), c.updatedAt(), c.publishedAt(), c.archivedAt());
    }

    static CatalogueSummary of(CatalogueVersionEntity e) {
        return new CatalogueSummary(e.id, e.fiscalYear, FiscalYear.toBuddhist(e.fiscalYear), e.level, e.version, e.status,
                e.title, e.indicatorCount,
                e.contentHash, e.copiedFrom, e.createdAt, e.updatedAt, e.publishedAt, e.archivedAt);
    }
}
