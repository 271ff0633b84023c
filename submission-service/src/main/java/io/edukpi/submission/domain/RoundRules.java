package io.edukpi.submission.domain;

import java.time.LocalDate;
import java.util.List;

import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;

/** Which results a catalogue allows in which round, and when a submission is late. */
public final class RoundRules {

    private RoundRules() {
    }

    /** The catalogue round, or a violation when the catalogue has no such round. */
    public static Round round(SubmissionCatalogue catalogue, int round) {
        return catalogue.round(round).orElseThrow(() -> new WorkflowViolation(WorkflowViolation.Kind.INVALID,
                "unknown-round", "The catalogue has no round " + round + "; its rounds are "
                        + catalogue.rounds().stream().map(Round::round).toList() + ".",
                "ชุดตัวชี้วัดไม่มีรอบ " + round + " (มีรอบ " + catalogue.rounds().stream().map(Round::round).toList() + ")"));
    }

    /** A result is taken only for a scored indicator (one with a criterion) that runs in the round. */
    public static void checkTakesResult(SubmissionCatalogue catalogue, IndicatorSpec indicator, int round) {
        round(catalogue, round);
        if (indicator.criterion() == null) {
            throw new WorkflowViolation(WorkflowViolation.Kind.INVALID, "indicator-not-scored",
                    "Indicator " + indicator.code() + " has no scoring criterion: its score comes from its children, "
                            + "it takes no result of its own.",
                    "ตัวชี้วัด " + indicator.code()
                            + " ไม่มีเกณฑ์การให้คะแนนของตนเอง (คะแนนมาจากตัวชี้วัดย่อย) จึงไม่รับผลการดำเนินงาน");
        }
        if (round < indicator.startsInRound()) {
            throw new WorkflowViolation(WorkflowViolation.Kind.INVALID, "indicator-not-started",
                    "Indicator " + indicator.code() + " starts in round " + indicator.startsInRound()
                            + "; it takes no result in round " + round + ".",
                    "ตัวชี้วัด " + indicator.code() + " เริ่มประเมินในรอบ " + indicator.startsInRound()
                            + " จึงไม่รับผลในรอบ " + round);
        }
        if (indicator.cancelledFromRound() != null && round >= indicator.cancelledFromRound()) {
            throw new WorkflowViolation(WorkflowViolation.Kind.INVALID, "indicator-cancelled",
                    "Indicator " + indicator.code() + " is cancelled from round " + indicator.cancelledFromRound()
                            + "; it takes no result in round " + round + ".",
                    "ตัวชี้วัด " + indicator.code() + " ถูกยกเลิกตั้งแต่รอบ " + indicator.cancelledFromRound()
                            + " จึงไม่รับผลในรอบ " + round);
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

    /** Late when submitted after the round's deadline day (Bangkok date); refused when the catalogue says so. */
    public static boolean late(SubmissionCatalogue catalogue, Round round, LocalDate today) {
        if (!today.isAfter(round.deadline())) {
            return false;
        }
        if (catalogue.lateSubmissionPolicy() == SubmissionCatalogue.LateSubmissionPolicy.REFUSE) {
            throw new WorkflowViolation(WorkflowViolation.Kind.CONFLICT, "deadline-passed",
                    "The deadline of round " + round.round() + " was " + round.deadline()
                            + "; this catalogue refuses late submissions.",
                    "เลยกำหนดส่งรอบ " + round.round() + " (" + round.deadline() + ") แล้ว ชุดตัวชี้วัดนี้ไม่รับผลที่ส่งช้า");
        }
        return true;
    }
}
