package io.edukpi.scoring.domain;

import static io.edukpi.scoring.domain.Fixtures.BANDS;
import static io.edukpi.scoring.domain.Fixtures.d;
import static io.edukpi.scoring.domain.Fixtures.thresholds;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;

class EvaluationTreeTest {

    private static Catalogue.FlatIndicator row(String code, String parent, String weight) {
        return new Catalogue.FlatIndicator(code, parent, null, null, weight == null ? null : d(weight),
                parent == null ? null : thresholds("80", "85", "90", "95", "100"), null, null);
    }

    /** Code and field of each finding the check reports. */
    private static List<String> findings(List<Catalogue.FlatIndicator> indicators, List<Band> bands) {
        InvalidScoringInputException refused = assertThrows(InvalidScoringInputException.class,
                () -> EvaluationTree.check(indicators, bands));
        return refused.findings().stream().map(f -> f.code() + " " + f.field()).toList();
    }

    @Test
    void aSoundTreeWithBandsHighestFirstPasses() {
        assertDoesNotThrow(() -> EvaluationTree.check(
                List.of(row("1", null, null), row("1.1", "1", "10"), row("1.2", "1", "5")), BANDS));
    }

    @Test
    void weightsArePositiveAndBounded() {
        assertEquals(List.of("weight-out-of-range indicators[0].weight", "weight-out-of-range indicators[1].weight",
                "weight-out-of-range indicators[2].weight"),
                findings(List.of(row("1", null, "0"), row("1.1", "1", "-10"), row("1.2", "1", "1000.5")), List.of()));
        assertEquals(List.of("weight-required indicators[1].weight"),
                findings(List.of(row("1", null, null), row("1.1", "1", null)), List.of()));
    }

    @Test
    void parentsAreKnownAndNoIndicatorIsItsOwnAncestor() {
        assertEquals(List.of("indicator-not-in-tree indicators[2].parentCode"),
                findings(List.of(row("1", null, "1"), row("1.1", "1", "1"), row("1.2", "9", "1")), List.of()));
        assertEquals(List.of("indicator-cycle indicators[0].parentCode", "indicator-cycle indicators[1].parentCode",
                "indicator-cycle indicators[2].parentCode"),
                findings(List.of(row("a", "b", "1"), row("b", "a", "1"), row("c", "c", "1")), List.of()));
    }

    @Test
    void treesAreBoundedInSizeAndDepth() {
        List<Catalogue.FlatIndicator> chain = new ArrayList<>(List.of(row("c0", null, "1")));
        for (int i = 1; i <= EvaluationTree.MAX_DEPTH + 1; i++) {
            chain.add(row("c" + i, "c" + (i - 1), "1"));
        }
        assertEquals(List.of("tree-too-deep indicators[11].parentCode"), findings(chain, List.of()));
        assertDoesNotThrow(() -> EvaluationTree.check(chain.subList(0, EvaluationTree.MAX_DEPTH + 1), List.of()));
        assertThrows(InvalidScoringInputException.class, () -> EvaluationTree.requireSize(0));
        assertThrows(InvalidScoringInputException.class,
                () -> EvaluationTree.requireSize(EvaluationTree.MAX_INDICATORS + 1));
    }

    @Test
    void bandsLieWithinAHundredPercentHighestFirst() {
        List<Catalogue.FlatIndicator> tree = List.of(row("1", null, "1"), row("1.1", "1", "1"));
        assertEquals(List.of("band-percent-out-of-range bands[0].minPercent",
                "band-percent-out-of-range bands[1].minPercent", "bands-not-descending bands[3].minPercent"),
                findings(tree, List.of(band("150"), band("-1"), band("50"), band("80"))));
    }

    @Test
    void targetsLieOnTheScoreScale() {
        assertDoesNotThrow(() -> EvaluationTree.requireOnScale(d("5"), "targetScore"));
        assertDoesNotThrow(() -> EvaluationTree.requireOnScale(null, "targetScore"));
        Finding above = assertThrows(InvalidScoringInputException.class,
                () -> EvaluationTree.requireOnScale(d("5.00001"), "whatIf.targetTotal")).findings().get(0);
        assertEquals("score-out-of-range whatIf.targetTotal", above.code() + " " + above.field());
        assertThrows(InvalidScoringInputException.class, () -> EvaluationTree.requireOnScale(d("-1"), "targetScore"));
    }

    private static Band band(String minPercent) {
        return new Band("B" + minPercent, null, null, new BigDecimal(minPercent));
    }
}
