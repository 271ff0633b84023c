package io.edukpi.submission.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;

/**
 * How far an office is with a round: which results the catalogue expects, in which state they stand,
 * which are still owed, and how many days are left. Dates are Bangkok calendar days.
 */
public final class RoundProgress {

    /** Indicator codes in reading order: 1.1.3 before 1.1.10. */
    public static final Comparator<String> CODE_ORDER = RoundProgress::compareCodes;

    private RoundProgress() {
    }

    /** What is known of one existing result of the round. */
    public record ResultLine(String indicatorCode, ResultState state, boolean late) {
    }

    /** One office's figures for a round. */
    public record Tally(int expected, int notStarted, Map<ResultState, Integer> byState, int lateSubmissions,
            boolean late, long daysLeft) {

        public int count(ResultState state) {
            return byState.getOrDefault(state, 0);
        }
    }

    /** An expected result that is not certified yet; state null = not started. */
    public record Pending(String indicatorCode, String indicatorName, ResultState state) {
    }

    /**
     * One expected result of an office in a whole-round grid: state null = not started; late = submitted after the
     * deadline; overdue = the deadline has passed and it is not certified or accepted.
     */
    public record Cell(String indicatorCode, ResultState state, boolean late, boolean overdue) {
    }

    /** A round whose deadline is exactly {@code daysLeft} days away. */
    public record Due(Round round, int daysLeft) {
    }

    /** The indicators that take a result in the round, in code order. */
    public static List<IndicatorSpec> expected(SubmissionCatalogue catalogue, int round) {
        return catalogue.indicators().values().stream().filter(i -> RoundRules.takesResult(i, round))
                .sorted(Comparator.comparing(IndicatorSpec::code, CODE_ORDER)).toList();
    }

    /** Calendar days from today to the deadline day: 0 on the day itself, negative once it has passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** Certified or accepted: the office's part is done. */
    public static boolean done(ResultState state) {
        return state == ResultState.CERTIFIED || state == ResultState.ACCEPTED;
    }

    /** The deadline has passed and the result (null = not started) is not certified or accepted. */
    public static boolean overdue(ResultState state, LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline) && !done(state);
    }

    /** One cell per expected indicator, in the order of {@code expected}. */
    public static List<Cell> cells(Collection<IndicatorSpec> expected, Collection<ResultLine> results, LocalDate deadline,
            LocalDate today) {
        Map<String, ResultLine> byCode = new HashMap<>();
        results.forEach(r -> byCode.put(r.indicatorCode(), r));
        List<Cell> cells = new ArrayList<>();
        for (IndicatorSpec i : expected) {
            ResultLine r = byCode.get(i.code());
            ResultState state = r == null ? null : r.state();
            cells.add(new Cell(i.code(), state, r != null && r.late(), overdue(state, deadline, today)));
        }
        return cells;
    }

    /**
     * Counts the office's results for the expected indicators (results of indicators the latest catalogue no
     * longer expects in the round are left out, so that the states and notStarted add up to expected).
     */
    public static Tally tally(Collection<IndicatorSpec> expected, Collection<ResultLine> results, LocalDate deadline,
            LocalDate today) {
        Set<String> codes = new TreeSet<>();
        expected.forEach(i -> codes.add(i.code()));
        Map<ResultState, Integer> byState = new EnumMap<>(ResultState.class);
        for (ResultState s : ResultState.values()) {
            byState.put(s, 0);
        }
        int existing = 0;
        int late = 0;
        int done = 0;
        for (ResultLine r : results) {
            if (!codes.contains(r.indicatorCode())) {
                continue;
            }
            existing++;
            byState.merge(r.state(), 1, Integer::sum);
            late += r.late() ? 1 : 0;
            done += done(r.state()) ? 1 : 0;
        }
        boolean officeLate = today.isAfter(deadline) && done < codes.size();
        return new Tally(codes.size(), codes.size() - existing, Map.copyOf(byState), late, officeLate,
                daysLeft(deadline, today));
    }

    /** The expected results that are missing or not yet certified, in code order. */
    public static List<Pending> pending(Collection<IndicatorSpec> expected, Collection<ResultLine> results) {
        Map<String, ResultState> states = new HashMap<>();
        results.forEach(r -> states.put(r.indicatorCode(), r.state()));
        List<Pending> pending = new ArrayList<>();
        for (IndicatorSpec i : expected) {
            ResultState state = states.get(i.code());
            if (!done(state)) {
                pending.add(new Pending(i.code(), i.name(), state));
            }
        }
        pending.sort(Comparator.comparing(Pending::indicatorCode, CODE_ORDER));
        return pending;
    }

    /** The rounds whose deadline is one of {@code daysBefore} days after today. */
    public static List<Due> due(SubmissionCatalogue catalogue, LocalDate today, Collection<Integer> daysBefore) {
        List<Due> due = new ArrayList<>();
        for (Round round : catalogue.rounds()) {
            long left = daysLeft(round.deadline(), today);
            if (daysBefore.contains((int) left) && left >= 0) {
                due.add(new Due(round, (int) left));
            }
        }
        due.sort(Comparator.comparingInt(d -> d.round().round()));
        return due;
    }

    private static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
