package io.edukpi.scoring.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.scoring.domain.Band;

/** A band as every answer names it: the same object in scorecards, rankings and the change feed. */
@Schema(name = "Band", description = "The catalogue's band the percent falls in")
@JsonInclude(JsonInclude.Include.NON_NULL)
record BandView(
        @Schema(description = "The band's code, as the catalogue names it (the CSV column band)", example = "ABOVE_STANDARD") String code,
        @Schema(description = "Thai label") String labelTh,
        @Schema(description = "English label", example = "Above standard") String labelEn,
        @Schema(description = "Lowest percent (inclusive) of the band", example = "80") BigDecimal minPercent) {

    static BandView of(Band band) {
        return band == null ? null : new BandView(band.code(), band.labelTh(), band.labelEn(), band.minPercent());
    }

    /** From an explanation document's {@code band}; null when it has none. */
    static BandView of(JsonNode band) {
        if (band == null || !band.isObject()) {
            return null;
        }
        return new BandView(band.path("code").asText(null), band.path("labelTh").asText(null),
                band.path("labelEn").asText(null), band.path("minPercent").isNumber()
                        ? band.path("minPercent").decimalValue()
                        : null);
    }

    static String code(Band band) {
        return band == null ? null : band.code();
    }
}
