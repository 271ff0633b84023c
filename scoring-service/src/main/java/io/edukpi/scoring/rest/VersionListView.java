package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.service.ScoreLinks;
import io.edukpi.scoring.service.ScoreQueries.VersionSummary;

/** Score versions without their explanations: an office's versions of a round, or the change feed. */
@Schema(name = "ScoreVersions", description = "Score versions without their explanations")
record VersionListView(
        @Schema(description = "The versions, oldest first") List<Item> items,
        @Schema(description = "The change feed only: pass it as since on the next call (also in the Link rel=next)", example = "1234") @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    @Schema(name = "ScoreVersionSummary")
    record Item(
            @Schema(description = "The version's position in the change feed", example = "1234") String cursor,
            @Schema(description = "The area office's code", example = "5001") String officeCode,
            @Schema(description = "Whom the office is ranked against", ref = "OfficeKind") String officeKind,
            @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
            @Schema(description = "The catalogue level", ref = "Level") String level,
            @Schema(description = "The round", example = "6") int round,
            @Schema(description = "The version's number, from 1", example = "1") int version,
            @Schema(description = "Whether it is the official snapshot of a closed round") boolean official,
            @Schema(description = "Whether it changed an official snapshot after the round closed") boolean revision,
            @Schema(description = "The weighted total, 5 decimals (0-5); null without results", example = "4.21345") BigDecimal total,
            @Schema(description = "The total as a percent of 5", example = "84.27") BigDecimal percent,
            @Schema(description = "The band of the percent; null without a total") BandView band,
            @Schema(description = "What caused the version (an event, a closure, a recalculation)", example = "submission.accepted 7c9e6679-7425-40de-944b-e07fc1f90ae7") String cause,
            @Schema(description = "When it was written (ISO 8601)", example = "2011-06-30T09:00Z") String createdAt,
            @Schema(description = "Address of the version's full explanation") String explanation) {
    }

    /**
     * JSON or CSV named {@code fileName}; a feed ({@code next} not null) names its next cursor in the body or in
     * X-Next-Cursor and, with {@code nextLink}, in a {@code Link: rel="next"} header.
     */
    static Response answer(List<VersionSummary> versions, Long next, boolean csv, Request request, String fileName,
            String nextLink) {
        return Reads.tagged(request, Reads.hash(versions.stream().map(VersionSummary::id).toList() + "/" + next + csv),
                () -> {
                    Response.ResponseBuilder answer = csv ? Reads.csv(table(versions), fileName)
                            : Reads.json(of(versions, next));
                    if (csv && next != null) {
                        answer.header("X-Next-Cursor", next);
                    }
                    return nextLink == null ? answer : answer.header("Link", "<" + nextLink + ">; rel=\"next\"");
                });
    }

    /** {@code next}: the feed's cursor for the next call; null for a list that is not a feed. */
    static VersionListView of(List<VersionSummary> versions, Long next) {
        return new VersionListView(versions.stream().map(VersionListView::item).toList(),
                next == null ? null : String.valueOf(next));
    }

    private static Item item(VersionSummary v) {
        return new Item(String.valueOf(v.id()), v.officeCode(), v.officeKind(), v.fiscalYear(), v.level(), v.round(),
                v.version(), v.official(), v.revision(), Scores.display(v.total()), v.percent(), BandView.of(v.band()),
                v.cause(), String.valueOf(v.createdAt()),
                ScoreLinks.version(v.officeCode(), v.fiscalYear(), v.level(), v.round(), v.version()));
    }

    static Csv table(List<VersionSummary> versions) {
        Csv table = new Csv("cursor", "officeCode", "officeKind", "fiscalYear", "level", "round", "version", "official",
                "revision", "total", "percent", "band", "cause", "createdAt");
        versions.forEach(v -> table.row(Arrays.asList(v.id(), v.officeCode(), v.officeKind(), v.fiscalYear(), v.level(),
                v.round(), v.version(), v.official(), v.revision(), Scores.display(v.total()),
                v.percent(), BandView.code(v.band()), v.cause(), v.createdAt())));
        return table;
    }
}
