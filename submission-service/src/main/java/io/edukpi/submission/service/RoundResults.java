package io.edukpi.submission.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edukpi.submission.domain.RoundProgress;
import io.edukpi.submission.domain.RoundProgress.Cell;
import io.edukpi.submission.domain.RoundProgress.ResultLine;
import io.edukpi.submission.domain.RoundProgress.Tally;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;

/**
 * A round read once for a view of every office: the catalogue it is counted against, the indicators it expects,
 * today in Bangkok, and every office's results (one query for all offices, never one per office).
 */
record RoundResults(SubmissionCatalogue catalogue, Round round, List<IndicatorSpec> expected, LocalDate today,
        Map<String, List<ResultLine>> byOffice) {

    /** The office's figures for the round. */
    Tally tally(String officeCode) {
        return RoundProgress.tally(expected, lines(officeCode), round.deadline(), today);
    }

    /** The office's expected results one by one, in code order. */
    List<Cell> cells(String officeCode) {
        return RoundProgress.cells(expected, lines(officeCode), round.deadline(), today);
    }

    long daysLeft() {
        return RoundProgress.daysLeft(round.deadline(), today);
    }

    private List<ResultLine> lines(String officeCode) {
        return byOffice.getOrDefault(officeCode, List.of());
    }
}
