package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.service.ScoreLinks;
import io.edukpi.scoring.service.ScoreQueries.HistoryPoint;
import io.edukpi.scoring.service.ScoreQueries.VersionSummary;

/** An office's total, or one indicator's score, round after round. */
@Schema(name = "ScoreHistory", description = "An office's total or one indicator's score across rounds and years")
record HistoryView(
        @Schema(description = "The area office's code", example = "5001") String officeCode,
        @Schema(description = "The catalogue level", ref = "Level") String level,
        @Schema(description = "The indicator followed; TOTAL for the weighted total", example = "TOTAL") String indicatorCode,
        @Schema(description = "One point per round, oldest first") List<Item> items) {

    @Schema(name = "ScoreHistoryPoint")
    record Item(
            @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
            @Schema(description = "The round", example = "6") int round,
            @Schema(description = "The version shown (the newest the caller may see)", example = "2") int version,
            @Schema(description = "Whether it is the official snapshot of a closed round") boolean official,
            @Schema(description = "The score, 5 decimals (0-5); null when it had none", example = "4.21345") BigDecimal score,
            @Schema(description = "The score as a percent of 5", example = "84.27") BigDecimal percent,
            @Schema(description = "Address of the version's full explanation") String explanation) {
    }

    static HistoryView of(String officeCode, String level, String indicatorCode, List<HistoryPoint> points) {
        return new HistoryView(officeCode, level, indicatorCode, points.stream().map(p -> {
            VersionSummary v = p.version();
            return new Item(v.fiscalYear(), v.round(), v.version(), v.official(), Scores.display(p.score()),
                    Scores.percent(p.score()),
                    ScoreLinks.version(officeCode, v.fiscalYear(), v.level(), v.round(), v.version()));
        }).toList());
    }

    Csv table() {
        Csv table = new Csv("officeCode", "indicatorCode", "fiscalYear", "round", "version", "official", "score",
                "percent");
        items.forEach(i -> table.row(Arrays.asList(officeCode, indicatorCode, i.fiscalYear(), i.round(), i.version(),
                i.official(), i.score(), i.percent())));
        return table;
    }
}
