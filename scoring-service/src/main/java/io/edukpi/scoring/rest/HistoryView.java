package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.service.ScoreLinks;
import io.edukpi.scoring.service.ScoreQueries.HistoryPoint;
import io.edukpi.scoring.service.ScoreQueries.VersionSummary;

/** An office's total, or one indicator's score, round after round. */
record HistoryView(String officeCode, String level, String indicatorCode, List<Item> items) {

    record Item(int fiscalYear, int fiscalYearBe, int round, int version, boolean official, BigDecimal score,
            BigDecimal percent, String explanation) {
    }

    static HistoryView of(String officeCode, String level, String indicatorCode, List<HistoryPoint> points) {
        return new HistoryView(officeCode, level, indicatorCode, points.stream().map(p -> {
            VersionSummary v = p.version();
            return new Item(v.fiscalYear(), FiscalYear.toBuddhist(v.fiscalYear()), v.round(), v.version(), v.official(),
                    Scores.display(p.score()), Scores.percent(p.score()),
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
