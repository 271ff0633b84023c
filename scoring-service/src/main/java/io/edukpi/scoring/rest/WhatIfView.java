package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.message.Text;
import io.edukpi.scoring.domain.Band;
import io.edukpi.scoring.domain.Direction;
import io.edukpi.scoring.domain.MilestoneCriterion;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.domain.WhatIf;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.service.WhatIfService;

/** The answer of a what-if on an office's stored scorecard. */
@Schema(name = "WhatIf", description = "What one indicator's result must be for a target total or band, the office's "
        + "other stored results of the round held as they are")
record WhatIfView(
        @Schema(description = "The area office's code", example = "5001") String officeCode,
        @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
        @Schema(description = "The round", example = "6") int round,
        @Schema(description = "The scorecard version the answer starts from (the newest the caller may see)", example = "3") int version,
        @Schema(description = "The catalogue version the scorecard was scored with, whose criteria, weights and bands "
                + "the answer uses", example = "1") int catalogueVersion,
        @Schema(description = "The indicator asked about", example = "3.1.2") String indicatorCode,
        @Schema(description = "Its Thai name, as the catalogue gives it") String indicatorNameTh,
        @Schema(description = "Its English name; null when the catalogue gives none") String indicatorNameEn,
        @Schema(description = "What was asked for") Target target,
        @Schema(description = "The indicator's stored result and the total it gives now") Point current,
        @Schema(description = "REACHABLE: a result reaches the target (needed says the least); ALREADY_MET: the stored "
                + "results reach it (needed says how low the indicator may go); UNREACHABLE: even the best result "
                + "falls short (needed is null)", enumeration = {
                        "REACHABLE", "ALREADY_MET",
                        "UNREACHABLE" }, example = "REACHABLE") String outcome,
        @Schema(description = "The least result (the most, for a lower-is-better indicator) that reaches the target, "
                + "scored by the engine; null when UNREACHABLE") Point needed,
        @Schema(description = "The indicator's best result (T5, the pass/fail target, every milestone step) and the "
                + "total it gives: the most this indicator alone can do") Point best,
        @Schema(description = "The answer as one Thai sentence, with the numbers of messageEn and the band's Thai label") String messageTh,
        @Schema(description = "The answer as one English sentence", example = "Indicator 3.1.2 needs a result of at least "
                + "78.00 (score 1.12000): the total becomes 4.00000 (80.00 %, Above standard).") String messageEn){

    /** Exactly one of the two is set. */
    @Schema(name = "WhatIfTarget", description = "The target: a total, or a band of the scorecard's catalogue")
    record Target(
            @Schema(description = "The total asked for (0-5); null when a band was asked for", example = "4.25") BigDecimal total,
            @Schema(description = "The band asked for, reached at its minPercent; null when a total was asked for") BandView band) {
    }

    @Schema(name = "WhatIfPoint", description = "One result of the indicator and where it puts the office")
    record Point(
            @Schema(description = "The result as entered (a milestone: the steps completed in order); null for current "
                    + "without a stored result, and for needed when any result will do", example = "78.00") BigDecimal value,
            @Schema(description = "The indicator's score with it, 5 decimals (0-5); null without a result", example = "1.12000") BigDecimal score,
            @Schema(description = "The office's total with it, 5 decimals (0-5); null when nothing counts", example = "4.00000") BigDecimal total,
            @Schema(description = "The total as a percent of 5, 2 decimals", example = "80.00") BigDecimal percent,
            @Schema(description = "The band of that percent") BandView band) {

        static Point of(WhatIf.Point point, List<Band> bands) {
            return point == null ? null
                    : new Point(point.value(), Scores.display(point.score()), Scores.display(point.total()),
                            point.percent(), BandView.of(Band.of(bands, point.percent())));
        }
    }

    static WhatIfView of(ScoreVersionEntity version, WhatIfService.Answer answer) {
        WhatIf.Plan plan = answer.plan();
        List<Band> bands = answer.catalogue().bands();
        Text message = message(plan, bands);
        return new WhatIfView(version.officeCode, version.fiscalYear, version.round, version.version,
                answer.catalogue().version(), plan.indicator().code(), plan.indicator().name(),
                plan.indicator().nameEn(),
                new Target(answer.targetBand() == null ? plan.targetTotal() : null, BandView.of(answer.targetBand())),
                Point.of(plan.current(), bands), plan.outcome().name(), Point.of(plan.needed(), bands),
                Point.of(plan.best(), bands), message.thai(), message.english());
    }

    /** The sentence of the outcome, about the point it rests on. */
    private static Text message(WhatIf.Plan plan, List<Band> bands) {
        WhatIf.Point point = switch (plan.outcome()) {
            case UNREACHABLE -> plan.best();
            case ALREADY_MET -> plan.current().value() == null ? plan.needed() : plan.current();
            case REACHABLE -> plan.needed();
        };
        ScoringMessage sentence;
        if (plan.outcome() == WhatIf.Outcome.UNREACHABLE) {
            sentence = ScoringMessage.WHAT_IF_UNREACHABLE;
        } else if (point.value() == null) {
            sentence = ScoringMessage.WHAT_IF_ANY_RESULT;
        } else if (plan.outcome() == WhatIf.Outcome.ALREADY_MET) {
            sentence = ScoringMessage.WHAT_IF_ALREADY_MET;
        } else if (plan.indicator().criterion() instanceof MilestoneCriterion) {
            sentence = ScoringMessage.WHAT_IF_STEPS;
        } else {
            sentence = plan.indicator().criterion().direction() == Direction.HIGHER_IS_BETTER
                    ? ScoringMessage.WHAT_IF_AT_LEAST
                    : ScoringMessage.WHAT_IF_AT_MOST;
        }
        Band band = Band.of(bands, point.percent());
        String value = point.value() == null ? "-" : point.value().toPlainString();
        String score = point.score() == null ? "-" : Scores.display(point.score()).toPlainString();
        String total = point.total() == null ? "-" : Scores.display(point.total()).toPlainString();
        String percent = point.total() == null ? "-" : point.percent().toPlainString();
        String code = plan.indicator().code();
        return new Text(sentence.text(code, value, score, total, percent, band == null ? "-"
                : band.labelEn() != null ? band.labelEn() : band.code()).english(),
                sentence.text(code, value, score, total, percent, band == null ? "-"
                        : band.labelTh() != null ? band.labelTh() : band.code()).thai());
    }
}
