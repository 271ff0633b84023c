package io.edukpi.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small catalogues for rule tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Catalogue catalogue(Indicator... indicators) {
        return new Catalogue(2011, Catalogue.Level.OBEC_AGREEMENT, "test", null, null, Catalogue.BelowLevelOnePolicy.ONE,
                null, null, List.of(new Catalogue.ReportingRound(6, "6", LocalDate.of(2011, 3, 31), LocalDate.of(2011, 4, 15))),
                List.of(new Catalogue.PerformanceBand("STANDARD", "มาตรฐาน", null, BigDecimal.ZERO)), Arrays.asList(indicators),
                null);
    }

    static Indicator group(String code, String parent, String weight) {
        return indicator(code, parent, weight, null, null, null, null, List.of());
    }

    static Indicator leaf(String code, String parent, String weight, String... thresholds) {
        return indicator(code, parent, weight, new Criterion.Threshold(
                Arrays.stream(thresholds).map(BigDecimal::new).toList(), BigDecimal.ONE), null, null, null, List.of());
    }

    static Indicator indicator(String code, String parent, String weight, Criterion criterion, Indicator.Direction direction,
            Indicator.Formula formula, ResultSource source, List<ReferenceForm> forms) {
        return new Indicator(code, parent, "ตัวชี้วัด " + code, null, "ร้อยละ", weight == null ? null : new BigDecimal(weight),
                null, formula, direction, criterion,
                criterion == null ? List.of() : List.of(new Indicator.Baseline(2010, BigDecimal.ONE, null, "1")),
                null, null, null, null, null, null, null, null, null, null, source, forms, null);
    }
}
