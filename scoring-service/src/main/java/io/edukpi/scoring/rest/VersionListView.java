package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.service.ScoreLinks;
import io.edukpi.scoring.service.ScoreQueries.VersionSummary;

/** Score versions without their explanations: an office's versions of a round, or the change feed. */
record VersionListView(List<Item> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    record Item(String cursor, String officeCode, String officeKind, int fiscalYear, String level, int round,
            int version, boolean official, boolean revision, BigDecimal total, BigDecimal percent, String bandCode,
            String cause, String createdAt, String explanation) {
    }

    /** JSON or CSV; a feed ({@code next} not null) names its next cursor in the body or in X-Next-Cursor. */
    static Response answer(List<VersionSummary> versions, Long next, boolean csv, Request request) {
        return Reads.tagged(request, Reads.hash(versions.stream().map(VersionSummary::id).toList() + "/" + next + csv),
                () -> {
                    if (!csv) {
                        return Reads.json(of(versions, next));
                    }
                    Response.ResponseBuilder table = Reads.csv(table(versions));
                    return next == null ? table : table.header("X-Next-Cursor", next);
                });
    }

    /** {@code next}: the feed's cursor for the next call; null for a list that is not a feed. */
    static VersionListView of(List<VersionSummary> versions, Long next) {
        return new VersionListView(versions.stream().map(VersionListView::item).toList(),
                next == null ? null : String.valueOf(next));
    }

    private static Item item(VersionSummary v) {
        return new Item(String.valueOf(v.id()), v.officeCode(), v.officeKind(), v.fiscalYear(), v.level(), v.round(),
                v.version(), v.official(), v.revision(), Scores.display(v.total()), v.percent(), v.bandCode(), v.cause(),
                String.valueOf(v.createdAt()),
                ScoreLinks.version(v.officeCode(), v.fiscalYear(), v.level(), v.round(), v.version()));
    }

    static Csv table(List<VersionSummary> versions) {
        Csv table = new Csv("cursor", "officeCode", "officeKind", "fiscalYear", "level", "round", "version", "official",
                "revision", "total", "percent", "band", "cause", "createdAt");
        versions.forEach(v -> table.row(Arrays.asList(v.id(), v.officeCode(), v.officeKind(), v.fiscalYear(), v.level(),
                v.round(), v.version(), v.official(), v.revision(), Scores.display(v.total()),
                v.percent(), v.bandCode(), v.cause(), v.createdAt())));
        return table;
    }

}
