package io.edukpi.indicator.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes the enums of the domain (which takes no annotations) in the API document: a property that refers to
 * one shows the enum's description wherever the reference is resolved.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EnumDescriptions implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Level", "What a catalogue measures: OBEC_AGREEMENT, OBEC's own agreement indicators; "
                    + "AREA_OFFICE_MEASURES, the measures area offices are scored on",
            "Status", "A version's lifecycle state: DRAFT (the one that changes), PUBLISHED (scored, never changes), "
                    + "ARCHIVED (out of use, still readable)",
            "Severity", "ERROR refuses the catalogue; WARNING is kept with it");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (schemas != null) {
            DESCRIPTIONS.forEach((name, description) -> {
                Schema schema = schemas.get(name);
                if (schema != null && schema.getDescription() == null) {
                    schema.setDescription(description);
                }
            });
        }
    }
}
