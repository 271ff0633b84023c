package io.edukpi.indicator.service;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.indicator.json.CatalogueJson;

/** The payload of {@code catalogue.published} (docs/events/catalogue.published.schema.json). */
public record CataloguePublished(
        String catalogueId,
        int fiscalYear,
        int fiscalYearBe,
        String level,
        int version,
        String title,
        String publishedAt,
        String supersedes,
        int indicatorCount,
        String contentHash,
        List<Warning> warnings,
        JsonNode catalogue) {

    /** A warning the version was published with; errors never reach an event. */
    public record Warning(String path, String code, String message, String messageTh) {
    }

    public static CataloguePublished of(StoredCatalogue c) {
        List<Warning> warnings = c.findings().stream().filter(f -> !f.isError())
                .map(f -> new Warning(f.field(), f.code(), f.message(), f.messageTh())).toList();
        return new CataloguePublished(c.id().toString(), c.content().fiscalYear(), c.content().fiscalYearBe(),
                c.content().level().name(), c.version(), c.content().title(), c.publishedAt().toString(),
                c.copiedFrom() == null ? null : c.copiedFrom().toString(), c.content().indicators().size(), c.contentHash(),
                warnings,
                CatalogueJson.tree(c.content()));
    }
}
