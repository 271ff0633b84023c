package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.paging.Page;

/**
 * One office's place in a round's ranking. Each item carries its round context, so that a ranking is the same
 * {@code Page} as every other list and each row (JSON or CSV) stands on its own.
 */
@Schema(name = "Ranking", description = "An office's place in the ranking of its kind for a round")
record RankingView(
        @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
        @Schema(description = "The catalogue level", ref = "Level") String level,
        @Schema(description = "The round", example = "6") int round,
        @Schema(description = "Whether the round is closed: then the ranking is of official scores and final") boolean roundClosed,
        @Schema(description = "Rank within the kind, competition style (1, 2, 2, 4)", example = "1") int rank,
        @Schema(description = "Offices of the kind ranked", example = "183") int of,
        @Schema(description = "The area office's code", example = "5001") String officeCode,
        @Schema(description = "The office's Thai name, as student-registry-service registered it (null until "
                + "it has)") String officeNameTh,
        @Schema(description = "Whom the office is ranked against", ref = "OfficeKind") String officeKind,
        @Schema(description = "The weighted total, 5 decimals (0-5)", example = "4.21345") BigDecimal total,
        @Schema(description = "The total as a percent of 5", example = "84.27") BigDecimal percent,
        @Schema(description = "The band of the percent") BandView band,
        @Schema(description = "The version ranked", example = "2") int version,
        @Schema(description = "Address of the office's scorecard of the round") String scorecard) {

    /** The JSON answer's schema: commons {@link Page} of rankings (a schema needs a class, Page is generic). */
    @Schema(name = "RankingPage", description = "A page of a ranking, the API's one list shape")
    record PageSchema(
            @Schema(description = "The offices of this page, best first") List<RankingView> items,
            @Schema(description = "Page number, from 0", example = "0") int page,
            @Schema(description = "Items per page asked for (1-500)", example = "20") int size,
            @Schema(description = "Offices ranked in the whole list", example = "183") long totalItems,
            @Schema(description = "Pages in the whole list (0 for an empty list)", example = "10") long totalPages) {
    }

    static Csv table(Page<RankingView> page) {
        Csv table = new Csv("rank", "of", "officeCode", "officeNameTh", "officeKind", "total", "percent", "band",
                "version");
        page.items().forEach(i -> table.row(Arrays.asList(i.rank(), i.of(), i.officeCode(), i.officeNameTh(),
                i.officeKind(), i.total(), i.percent(), i.band() == null ? null : i.band().code(), i.version())));
        return table;
    }
}
