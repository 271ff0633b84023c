package io.edukpi.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service's OpenAPI document leaves undescribed, as Spectral's edukpi-property-description and
 * operation-description rules find it (deploy/api-client/spectral): a service's contract test asserts none.
 */
public final class OpenApiDescriptions {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiDescriptions() {
    }

    /**
     * "Schema.property" for each property without a description and "METHOD path" for each operation (of the
     * paths under pathPrefix) without one. Spectral reads the document with each $ref replaced by its target,
     * so a description beside a $ref is lost: such a property counts as described when its target is. Commons'
     * problem schemas are commons' own to describe.
     */
    public static List<String> undescribed(JsonNode document, String pathPrefix) {
        JsonNode schemas = document.path("components").path("schemas");
        List<String> bare = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            if (!schema.getKey().startsWith("Problem")) {
                schema.getValue().path("properties").fields().forEachRemaining(p -> {
                    JsonNode property = p.getValue().has("$ref")
                            ? schemas.path(p.getValue().path("$ref").asText().substring(SCHEMA_REF.length()))
                            : p.getValue();
                    if (property.path("description").asText().isBlank()) {
                        bare.add(schema.getKey() + "." + p.getKey());
                    }
                });
            }
        });
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith(pathPrefix) && METHODS.contains(op.getKey())
                    && op.getValue().path("description").asText().isBlank()) {
                bare.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return bare;
    }
}
