package io.edukpi.commons.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The rule of every answer: a field the schema does not list as {@code required} may be {@code null} (a
 * result not yet scored, a date not yet reached). The document says so (OpenAPI 3.1: {@code null} among the
 * types, or beside a referenced schema), so a validator or a generated client reads what the services send.
 */
final class NullableProperties {

    private NullableProperties() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(NullableProperties::walk);
    }

    private static void walk(Schema schema) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            // The model's map is read-only: each property is put back through the schema.
            new LinkedHashMap<>(properties).forEach((name, property) -> {
                walk(property);
                if (!required.contains(name)) {
                    schema.addProperty(name, nullable(property));
                }
            });
        }
        walk(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            walk(schema.getAdditionalPropertiesSchema());
        }
    }

    private static Schema nullable(Schema property) {
        if (property == null) {
            return null;
        }
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            Schema wrapper = OASFactory.createSchema().anyOf(List.of(reference,
                    OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
            wrapper.setDescription(property.getDescription());
            return wrapper;
        }
        List<Schema.SchemaType> types = property.getType();
        if (types == null || types.isEmpty() || types.contains(Schema.SchemaType.NULL)) {
            return property;
        }
        List<Schema.SchemaType> withNull = new ArrayList<>(types);
        withNull.add(Schema.SchemaType.NULL);
        property.setType(withNull);
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            property.setEnumeration(values);
        }
        return property;
    }
}
