package io.edukpi.submission.domain;

import java.time.LocalDate;
import java.util.List;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;

/** Which results a catalogue allows in which round, and when a submission is late. */
public final class RoundRules {

    private RoundRules() {
    }

    /** The catalogue round; 422 when the catalogue has no such round. */
    public static Round round(SubmissionCatalogue catalogue, int round) {
        return catalogue.round(round).orElseThrow(() -> refused(SubmissionMessage.UNKNOWN_ROUND,
                SubmissionMessage.UNKNOWN_ROUND_DETAIL, "round", round,
                catalogue.rounds().stream().map(Round::round).toList()));
    }

    /** A result is taken only for a scored indicator (one with a criterion) that runs in the round. */
    public static void checkTakesResult(SubmissionCatalogue catalogue, IndicatorSpec indicator, int round) {
        round(catalogue, round);
        if (indicator.criterion() == null) {
            throw refused(SubmissionMessage.INDICATOR_NOT_SCORED, SubmissionMessage.INDICATOR_NOT_SCORED_DETAIL,
                    "indicatorCode", indicator.code());
        }
        if (round < indicator.startsInRound()) {
            throw refused(SubmissionMessage.INDICATOR_NOT_STARTED, SubmissionMessage.INDICATOR_NOT_STARTED_DETAIL,
                    "round", indicator.code(), indicator.startsInRound(), round);
        }
        if (indicator.cancelledFromRound() != null && round >= indicator.cancelledFromRound()) {
            throw refused(SubmissionMessage.INDICATOR_CANCELLED, SubmissionMessage.INDICATOR_CANCELLED_DETAIL,
                    "round", indicator.code(), indicator.cancelledFromRound(), round);
        }
    }

    public static boolean takesResult(IndicatorSpec indicator, int round) {
        return indicator.criterion() != null && round >= indicator.startsInRound()
                && (indicator.cancelledFromRound() == null || round < indicator.cancelledFromRound());
    }

    /** The catalogue's earlier rounds in which the indicator took a result: they must be certified first. */
    public static List<Integer> earlierRounds(SubmissionCatalogue catalogue, IndicatorSpec indicator, int round) {
        return catalogue.rounds().stream().map(Round::round)
                .filter(r -> r < round && takesResult(indicator, r)).sorted().toList();
    }

    /** Late when submitted after the round's deadline day (Bangkok date); 409 when the catalogue refuses that. */
    public static boolean late(SubmissionCatalogue catalogue, Round round, LocalDate today) {
        if (!today.isAfter(round.deadline())) {
            return false;
        }
        if (catalogue.lateSubmissionPolicy() == SubmissionCatalogue.LateSubmissionPolicy.REFUSE) {
            throw new ProblemException(409, SubmissionMessage.DEADLINE_PASSED,
                    SubmissionMessage.DEADLINE_PASSED_DETAIL.text(round.round(), round.deadline()), List.of());
        }
        return true;
    }

    /** The catalogue does not allow the request: 422 with a problem type of its own, naming the field it concerns. */
    private static ProblemException refused(SubmissionMessage type, SubmissionMessage detail, String field,
            Object... arguments) {
        Text text = detail.text(arguments);
        return new ProblemException(422, type, text, List.of(Finding.external(type.code(), field, text)));
    }
}
