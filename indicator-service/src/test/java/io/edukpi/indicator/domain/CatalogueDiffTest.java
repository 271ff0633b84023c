package io.edukpi.indicator.domain;

import static io.edukpi.indicator.domain.Fixtures.catalogue;
import static io.edukpi.indicator.domain.Fixtures.group;
import static io.edukpi.indicator.domain.Fixtures.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueDiffTest {

    @Test
    void addedRemovedAndChangedFields() {
        Catalogue before = catalogue(group("1", null, "2"), leaf("1.1", "1", "1", "1", "2", "3", "4", "5"),
                leaf("1.2", "1", "1", "1", "2", "3", "4", "5"));
        Catalogue after = catalogue(group("1", null, "2"), leaf("1.1", "1", "1.0", "1", "2", "3", "4", "6"),
                leaf("1.3", "1", "1", "1", "2", "3", "4", "5"));
        CatalogueDiff diff = CatalogueDiff.between(before, after);
        assertEquals(List.of("1.3"), diff.added());
        assertEquals(List.of("1.2"), diff.removed());
        // 1.0 and 1 are the same weight: numbers compare by value.
        assertEquals(List.of(new CatalogueDiff.IndicatorChange("1.1", List.of("criterion"))), diff.changed());
        assertEquals(List.of(), diff.changedCatalogueFields());
        assertTrue(CatalogueDiff.between(before, before).isEmpty());
    }

    @Test
    void movesAndRemovalsKeepDocumentOrder() {
        Catalogue c = catalogue(group("1", null, null), leaf("1.1", "1", null, "1", "2", "3", "4", "5"), group("2", null, null),
                leaf("2.1", "2", null, "1", "2", "3", "4", "5"));
        Catalogue moved = c.withMoved("2.1", "1");
        assertEquals(List.of("1", "1.1", "2.1", "2"), moved.indicators().stream().map(Indicator::code).toList());
        assertEquals("1", moved.indicator("2.1").orElseThrow().parentCode());
        assertEquals(List.of(new CatalogueDiff.IndicatorChange("2.1", List.of("parentCode"))),
                CatalogueDiff.between(c, moved).changed());
        assertEquals(List.of("1", "1.1", "2"), moved.withRemoved("2.1").indicators().stream().map(Indicator::code).toList());
    }
}
