package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.scoring.domain.BelowLevelOnePolicy;
import io.edukpi.scoring.domain.Direction;
import io.edukpi.scoring.domain.MissingResultPolicy;

/**
 * The evaluate endpoint's body as the OpenAPI document names it. The endpoint reads the JSON tree
 * itself (to name each wrong field by its path); this record only says the shape.
 */
@Schema(name = "EvaluationRequest", description = "One of three shapes: (1) criterion and value (or stepsCompleted); "
        + "(2) fiscalYear, level and indicatorCode of a published catalogue and a value; (3) a tree: indicators, results, "
        + "round, optionally bands and whatIf")
record EvaluationRequest(
        @Schema(description = "Shape 1: the criterion to apply") EvaluationCriterion criterion,
        @Schema(description = "Shape 1: whether a larger result is better; checked against the thresholds' order") Direction direction,
        @Schema(description = "Shapes 1 and 2: the result", example = "74.36") BigDecimal value,
        @Schema(description = "Shapes 1 and 2, milestones: the steps completed", example = "[1, 2, 3]") List<Integer> stepsCompleted,
        @Schema(description = "Shapes 1 and 2: a reviewer's score (0-5) replacing the computed one", example = "3.5") BigDecimal reviewerScore,
        @Schema(description = "The reviewer's reason, required with reviewerScore", example = "late evidence accepted") String reviewerReason,
        @Schema(description = "What a result short of T1 scores; shape 2 defaults to the catalogue's, the others to ONE") BelowLevelOnePolicy belowLevelOnePolicy,
        @Schema(description = "Shapes 1 and 2: a score (0-5) whose least result the answer's inverse gives", example = "4") BigDecimal targetScore,
        @Schema(description = "Shape 2: fiscal year of the published catalogue, C.E.", example = "2011") Integer fiscalYear,
        @Schema(description = "Shape 2: the catalogue level", ref = "Level") String level,
        @Schema(description = "Shape 2: the catalogue's indicator", example = "1.1.3") String indicatorCode,
        @Schema(description = "Shapes 2 and 3: the round (shape 3 defaults to 1)", example = "6") Integer round,
        @Schema(description = "Shape 3: the tree, flat; parents through parentCode (1 to 500 indicators)") List<EvaluationIndicator> indicators,
        @Schema(description = "Shape 3: each leaf's result by indicator code; a leaf without one is missing", example = "{\"1.1\": {\"value\": 92.7}, \"1.2\": {\"value\": 100}}") Map<String, EvaluationResult> results,
        @Schema(description = "Shape 3: the bands, highest minPercent first; without them no band is given") List<EvaluationBand> bands,
        @Schema(description = "Shape 3: what a missing result does", example = "EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED") MissingResultPolicy missingResultPolicy,
        @Schema(description = "Shape 3: whether the round is closed (missing results may then score 0)", example = "false") Boolean roundClosed,
        @Schema(description = "Shape 3: what one leaf needs for a total or band") EvaluationWhatIf whatIf) {

    @Schema(name = "EvaluationCriterion", description = "A scoring criterion: THRESHOLD (thresholds, step), PASS_FAIL "
            + "(target, scoreWhenMet, scoreWhenNotMet) or MILESTONE (steps)", example = "{\"type\": \"THRESHOLD\", "
                    + "\"thresholds\": [72.97, 73.57, 74.17, 74.77, 75.37], \"step\": 0.6}")
    record EvaluationCriterion(
            @Schema(description = "The kind of criterion", enumeration = {
                    "THRESHOLD", "PASS_FAIL",
                    "MILESTONE" }, example = "THRESHOLD") String type,
            @Schema(description = "THRESHOLD: T1..T5, strictly increasing (higher is better) or decreasing", example = "[80, 85, 90, 95, 100]") List<BigDecimal> thresholds,
            @Schema(description = "THRESHOLD: the width below T1 used by EXTRAPOLATE_TO_ZERO (default T2 - T1)", example = "5") BigDecimal step,
            @Schema(description = "PASS_FAIL: the result to reach", example = "100") BigDecimal target,
            @Schema(description = "PASS_FAIL: the score when reached (default 5)", example = "5") BigDecimal scoreWhenMet,
            @Schema(description = "PASS_FAIL: the score when not (default 1)", example = "1") BigDecimal scoreWhenNotMet,
            @Schema(description = "MILESTONE: one to five steps, in order") List<EvaluationStep> steps){
    }

    @Schema(name = "EvaluationStep", description = "One step of a milestone criterion")
    record EvaluationStep(
            @Schema(description = "Its number, from 1", example = "1") Integer step,
            @Schema(description = "What the step is", example = "plan approved") String description) {
    }

    @Schema(name = "EvaluationIndicator", description = "One indicator of a tree: a leaf has a criterion, a parent is "
            + "scored from its children", example = "{\"code\": \"1.1\", \"parentCode\": \"1\", \"weight\": 10, "
                    + "\"criterion\": {\"type\": \"THRESHOLD\", \"thresholds\": [80, 85, 90, 95, 100]}}")
    record EvaluationIndicator(
            @Schema(description = "Its code, unique in the tree", example = "1.1") String code,
            @Schema(description = "Its parent's code; absent on a top-level indicator", example = "1") String parentCode,
            @Schema(description = "Its name", example = "enrolment ratio") String name,
            @Schema(description = "Its weight, above 0 and at most 1000; a parent without one weighs its children", example = "10") BigDecimal weight,
            @Schema(description = "A leaf's criterion") EvaluationCriterion criterion,
            @Schema(description = "Whether a larger result is better") Direction direction,
            @Schema(description = "The first round it counts in", example = "6") Integer startsInRound,
            @Schema(description = "The first round it no longer counts in", example = "12") Integer cancelledFromRound) {
    }

    @Schema(name = "EvaluationResult", description = "A leaf's result", example = "{\"value\": 92.7}")
    record EvaluationResult(
            @Schema(description = "The result", example = "92.7") BigDecimal value,
            @Schema(description = "Milestones: the steps completed", example = "[1, 2]") List<Integer> stepsCompleted,
            @Schema(description = "A reviewer's score (0-5) replacing the computed one", example = "3") BigDecimal reviewerScore,
            @Schema(description = "The reviewer's reason, required with reviewerScore", example = "late evidence accepted") String reviewerReason) {
    }

    @Schema(name = "EvaluationBand", description = "A band of the tree's percent scale, as a catalogue lists it; listed "
            + "highest first, each minPercent (0-100) below the one before", example = "{\"code\": \"ABOVE_STANDARD\", "
                    + "\"labelEn\": \"Above standard\", \"minPercent\": 80}")
    record EvaluationBand(
            @Schema(description = "The band's code, as whatIf.targetBand names it", example = "ABOVE_STANDARD") String code,
            @Schema(description = "Thai label") String labelTh,
            @Schema(description = "English label", example = "Above standard") String labelEn,
            @Schema(description = "Lowest percent (inclusive) of the band", example = "80") BigDecimal minPercent) {
    }

    @Schema(name = "EvaluationWhatIf", description = "The question: what one leaf needs, the other results held; "
            + "targetBand, or else targetTotal", example = "{\"indicatorCode\": \"1.1\", \"targetTotal\": 4.8}")
    record EvaluationWhatIf(
            @Schema(description = "The leaf whose result is to change", example = "1.1") String indicatorCode,
            @Schema(description = "The total to reach (0-5)", example = "4.8") BigDecimal targetTotal,
            @Schema(description = "The band to reach, one of bands' codes", example = "ABOVE_STANDARD") String targetBand) {
    }
}
