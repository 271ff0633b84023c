package io.edukpi.indicator.json;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.indicator.domain.CatalogueDiff;

/** The domain's {@link CatalogueDiff} as the API answers it, described (the domain takes no annotations). */
@Schema(name = "CatalogueDiff", description = "What changed from one catalogue version to another")
public record CatalogueDiffJson(
        @Schema(description = "Names of the catalogue's own fields that differ (canonical JSON names, indicators "
                + "excepted)", example = "[\"title\", \"bands\"]") List<String> changedCatalogueFields,
        @Schema(description = "Codes of the indicators only the newer version has", example = "[\"3.1.13\"]") List<String> added,
        @Schema(description = "Codes of the indicators only the older version has", example = "[\"2.4\"]") List<String> removed,
        @Schema(description = "Indicators of both versions whose fields differ") List<IndicatorChange> changed,
        @Schema(description = "True when nothing differs (every list is empty)", example = "false") boolean empty) {

    @Schema(description = "An indicator present in both versions, with the fields that differ")
    public record IndicatorChange(
            @Schema(description = "The indicator's code", example = "3.1.3") String code,
            @Schema(description = "Names of its fields that differ (canonical JSON names)", example = "[\"criterion\", \"weight\"]") List<String> fields) {
    }

    public static CatalogueDiffJson of(CatalogueDiff diff) {
        return new CatalogueDiffJson(diff.changedCatalogueFields(), diff.added(), diff.removed(),
                diff.changed().stream().map(c -> new IndicatorChange(c.code(), c.fields())).toList(), diff.isEmpty());
    }
}
