package io.edukpi.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.edukpi.submission.domain.RoundProgress.ResultLine;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;
import io.edukpi.submission.domain.SubmissionCatalogue.Source;

class RoundProgressTest {

    private static final LocalDate DEADLINE = LocalDate.of(2011, 4, 15);

    private static IndicatorSpec indicator(String code, CriterionType criterion, int startsIn, Integer cancelledFrom) {
        return new IndicatorSpec(code, null, "ตัวชี้วัด " + code, "%", criterion, 0, startsIn, cancelledFrom,
                Source.manual(), List.of());
    }

    private static SubmissionCatalogue catalogue() {
        Map<String, IndicatorSpec> indicators = new LinkedHashMap<>();
        for (IndicatorSpec i : List.of(indicator("3.1", null, 6, null), indicator("3.1.10", CriterionType.THRESHOLD, 6, null),
                indicator("3.1.2", CriterionType.THRESHOLD, 6, null), indicator("1.1.1", CriterionType.THRESHOLD, 9, null),
                indicator("3.1.3", CriterionType.PASS_FAIL, 6, 9))) {
            indicators.put(i.code(), i);
        }
        return new SubmissionCatalogue(UUID.randomUUID(), 2011, "OBEC_AGREEMENT", 1, "t",
                SubmissionCatalogue.LateSubmissionPolicy.MARK_LATE,
                List.of(new Round(6, "6", LocalDate.of(2011, 3, 31), DEADLINE),
                        new Round(9, "9", LocalDate.of(2011, 6, 30), LocalDate.of(2011, 7, 15))),
                Map.copyOf(indicators));
    }

    @Test
    void expectsScoredIndicatorsRunningInTheRoundInCodeOrder() {
        assertEquals(List.of("3.1.2", "3.1.3", "3.1.10"),
                RoundProgress.expected(catalogue(), 6).stream().map(IndicatorSpec::code).toList());
        assertEquals(List.of("1.1.1", "3.1.2", "3.1.10"),
                RoundProgress.expected(catalogue(), 9).stream().map(IndicatorSpec::code).toList());
    }

    @Test
    void countsStatesNotStartedAndLateSubmissions() {
        var expected = RoundProgress.expected(catalogue(), 6);
        var tally = RoundProgress.tally(expected, List.of(new ResultLine("3.1.2", ResultState.CERTIFIED, true),
                new ResultLine("3.1.10", ResultState.RETURNED, false),
                new ResultLine("1.1.1", ResultState.DRAFT, false)), DEADLINE, DEADLINE.minusDays(3));
        assertEquals(3, tally.expected());
        assertEquals(1, tally.notStarted());
        assertEquals(1, tally.count(ResultState.CERTIFIED));
        assertEquals(1, tally.count(ResultState.RETURNED));
        assertEquals(0, tally.count(ResultState.DRAFT), "a result the round does not expect is not counted");
        assertEquals(1, tally.lateSubmissions());
        assertEquals(3, tally.daysLeft());
        assertFalse(tally.late());
    }

    @Test
    void officeIsLateOnlyAfterTheDeadlineDayWithWorkOutstanding() {
        var expected = RoundProgress.expected(catalogue(), 6);
        var partly = List.of(new ResultLine("3.1.2", ResultState.ACCEPTED, false));
        assertFalse(RoundProgress.tally(expected, partly, DEADLINE, DEADLINE).late());
        assertEquals(0, RoundProgress.tally(expected, partly, DEADLINE, DEADLINE).daysLeft());
        assertTrue(RoundProgress.tally(expected, partly, DEADLINE, DEADLINE.plusDays(1)).late());
        assertEquals(-1, RoundProgress.tally(expected, partly, DEADLINE, DEADLINE.plusDays(1)).daysLeft());
        var all = List.of(new ResultLine("3.1.2", ResultState.ACCEPTED, false),
                new ResultLine("3.1.3", ResultState.CERTIFIED, true), new ResultLine("3.1.10", ResultState.ACCEPTED, false));
        assertFalse(RoundProgress.tally(expected, all, DEADLINE, DEADLINE.plusDays(5)).late());
    }

    @Test
    void pendingListsMissingAndUncertifiedResults() {
        var pending = RoundProgress.pending(RoundProgress.expected(catalogue(), 6),
                List.of(new ResultLine("3.1.2", ResultState.CERTIFIED, false),
                        new ResultLine("3.1.10", ResultState.SUBMITTED, false)));
        assertEquals(List.of("3.1.3", "3.1.10"), pending.stream().map(RoundProgress.Pending::indicatorCode).toList());
        assertNull(pending.get(0).state());
        assertEquals(ResultState.SUBMITTED, pending.get(1).state());
    }

    @Test
    void roundIsDueExactlyAtTheConfiguredDaysBefore() {
        List<Integer> days = List.of(7, 3, 1);
        assertEquals(List.of(), RoundProgress.due(catalogue(), DEADLINE.minusDays(5), days));
        var due = RoundProgress.due(catalogue(), DEADLINE.minusDays(3), days);
        assertEquals(1, due.size());
        assertEquals(6, due.get(0).round().round());
        assertEquals(3, due.get(0).daysLeft());
        assertEquals(List.of(), RoundProgress.due(catalogue(), DEADLINE.plusDays(1), List.of(-1)),
                "a passed deadline is never reminded of");
    }
}
