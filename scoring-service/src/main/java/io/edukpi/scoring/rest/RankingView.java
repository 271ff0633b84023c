package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.edukpi.commons.csv.Csv;

/** One page of a round's ranking of one office kind. */
record RankingView(int fiscalYear, String level, int round, String officeKind, boolean roundClosed, int page,
        int size, int totalItems, List<Item> items) {

    record Item(int rank, int of, String officeCode, BigDecimal total, BigDecimal percent, String bandCode,
            int version, String scorecard) {
    }

    Csv table() {
        Csv table = new Csv("rank", "of", "officeCode", "officeKind", "total", "percent", "band", "version");
        items.forEach(i -> table.row(Arrays.asList(i.rank(), i.of(), i.officeCode(), officeKind, i.total(), i.percent(),
                i.bandCode(), i.version())));
        return table;
    }
}
