package io.edukpi.indicator.json;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.message.Finding;
import io.edukpi.indicator.domain.IndicatorMessage;

/**
 * A catalogue's finding as stored with the version, served in {@code findings} and announced in the
 * event's {@code warnings}: the field is named {@code path} there since the first release.
 */
@Schema(description = "A validation finding of a catalogue")
public record FindingJson(
        @Schema(description = "ERROR refuses the catalogue; WARNING is kept with it") Finding.Severity severity,
        @Schema(description = "Where: a catalogue field or an indicator's", example = "indicators[3.1.12].unit") String path,
        @Schema(description = "Stable code (docs/problems.md)", example = "unit-disagrees-with-formula") String code,
        @Schema(description = "English text", example = IndicatorMessage.Examples.FINDING) String message,
        @Schema(description = "Thai text", example = IndicatorMessage.Examples.FINDING_TH) String messageTh) {

    public static FindingJson of(Finding f) {
        return new FindingJson(f.severity(), f.field(), f.code(), f.message(), f.messageTh());
    }

    public Finding toFinding() {
        return new Finding(code, path, null, null, null, null, message, messageTh, severity);
    }
}
