package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Small catalogues and criteria the domain tests share. */
final class Fixtures {

    static final List<Band> BANDS = List.of(
            new Band("ABOVE_STANDARD", "ระดับมาตรฐานขั้นสูง", "Above standard", new BigDecimal("80")),
            new Band("STANDARD", "ระดับมาตรฐาน", "Standard", new BigDecimal("60")),
            new Band("BELOW_STANDARD", "ต่ำกว่ามาตรฐาน", "Below standard", BigDecimal.ZERO));

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static ThresholdCriterion thresholds(String... values) {
        return new ThresholdCriterion(Arrays.stream(values).map(BigDecimal::new).toList(), null);
    }

    static Indicator leaf(String code, String weight, Criterion criterion) {
        return new Indicator(code, "indicator " + code, null, d(weight), criterion, null, null, List.of());
    }

    static Indicator parent(String code, String weight, Indicator... children) {
        return new Indicator(code, "indicator " + code, null, d(weight), null, null, null, List.of(children));
    }

    static Catalogue catalogue(MissingResultPolicy missing, Indicator... roots) {
        return new Catalogue("7a0d3c2e-0000-4000-8000-000000000001", 1, 2011, "OBEC_AGREEMENT",
                BelowLevelOnePolicy.ONE, missing, List.of(6, 9, 12), BANDS, List.of(roots));
    }
}
