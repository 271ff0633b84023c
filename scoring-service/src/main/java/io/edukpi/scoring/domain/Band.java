package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A named percent range of a catalogue (the "advanced standard" band from 80 %); minPercent inclusive. */
public record Band(String code, String labelTh, String labelEn, BigDecimal minPercent) {

    /**
     * The band of a percent as displayed (2 decimals), so that the band and the number people see
     * always agree; bands are tried from the highest cut-off down.
     */
    public static Band of(List<Band> bands, BigDecimal displayedPercent) {
        if (displayedPercent == null) {
            return null;
        }
        return bands.stream()
                .sorted(Comparator.comparing(Band::minPercent).reversed())
                .filter(band -> displayedPercent.compareTo(band.minPercent()) >= 0)
                .findFirst()
                .orElse(null);
    }
}
