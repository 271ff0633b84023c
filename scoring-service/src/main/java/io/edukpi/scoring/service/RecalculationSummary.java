package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.csv.Csv;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Scores;

/** What a recalculation job found, gathered chunk by chunk: its summary document and the CSV of every change. */
final class RecalculationSummary {

    private static final int LARGEST = 10;

    private final List<Scorekeeper.Change> changes = new ArrayList<>();
    private final Set<String> officesChanged = new LinkedHashSet<>();
    private int versionsWritten;

    /** The summary as the job keeps it (JSON) and the API shows it. */
    record View(String catalogueId, int catalogueVersion, int officesEvaluated, int officesChanged, int scoresChanged,
            long publishedScoresChanged, int versionsWritten, long durationMs, List<String> officeCodesChanged,
            List<Difference> largestDifferences) {
    }

    record Difference(String officeCode, String indicatorCode, BigDecimal before, BigDecimal after,
            BigDecimal difference, boolean published) {
    }

    private record Ranked(BigDecimal size, Scorekeeper.Change change) {
    }

    void add(Scorekeeper.Outcome outcome) {
        changes.addAll(outcome.changes());
        if (outcome.changed()) {
            officesChanged.add(outcome.officeCode());
        }
        if (outcome.written() != null) {
            versionsWritten++;
        }
    }

    int scoresChanged() {
        return changes.size();
    }

    String json(ObjectMapper mapper, Catalogue catalogue, int offices, long millis) {
        try {
            return mapper.writeValueAsString(view(catalogue, offices, millis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the summary of a recalculation cannot be written", e);
        }
    }

    View view(Catalogue catalogue, int offices, long millis) {
        // Each difference computed once, not in every comparison (tens of thousands of changes for 2450 offices).
        List<Difference> largest = changes.stream().map(change -> new Ranked(change.difference().abs(), change))
                .sorted(Comparator.comparing(Ranked::size).reversed()).limit(LARGEST).map(Ranked::change)
                .map(change -> new Difference(change.officeCode(), change.indicatorCode(),
                        Scores.display(change.before()), Scores.display(change.after()),
                        Scores.display(change.difference()), change.published()))
                .toList();
        return new View(catalogue.catalogueId(), catalogue.version(), offices, officesChanged.size(), changes.size(),
                changes.stream().filter(Scorekeeper.Change::published).count(), versionsWritten, millis,
                List.copyOf(officesChanged), largest);
    }

    String csv() {
        Csv csv = new Csv("officeCode", "indicatorCode", "before", "after", "difference", "published");
        changes.forEach(change -> csv.row(Arrays.asList(change.officeCode(), change.indicatorCode(),
                Scores.display(change.before()), Scores.display(change.after()), Scores.display(change.difference()),
                change.published())));
        return csv.toString();
    }
}
