package io.edukpi.commons.openapi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes the JDK's scalar types (UUID, LocalDate, OffsetDateTime) where they are used, as a string with its
 * format, instead of as components. SmallRye makes a component of every type whose default schema has more
 * than a type and a format (UUID has a pattern, the dates an example), and a field then is a {@code $ref}
 * beside its own description and example, which Spectral and most client generators drop with the
 * {@code $ref}; the merged document also had to rename each service's LocalDate. Enums stay components.
 */
final class ScalarSchemas {

    private static final String PREFIX = "#/components/schemas/";
    private static final Set<SchemaType> SCALARS = Set.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER,
            SchemaType.BOOLEAN);

    private ScalarSchemas() {
    }

    static void inline(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> scalars = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (isScalar(schema)) {
                scalars.put(PREFIX + name, schema);
            }
        });
        if (scalars.isEmpty()) {
            return;
        }
        scalars.keySet().forEach(ref -> components.removeSchema(ref.substring(PREFIX.length())));
        Inliner inliner = new Inliner(scalars);
        components.getSchemas().values().forEach(inliner::schema);
        if (components.getParameters() != null) {
            components.getParameters().values().forEach(inliner::parameter);
        }
        if (components.getRequestBodies() != null) {
            components.getRequestBodies().values().forEach(inliner::requestBody);
        }
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(inliner::response);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(inliner::parameter);
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(inliner::parameter);
                }
                inliner.requestBody(operation.getRequestBody());
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(inliner::response);
                }
            });
        });
    }

    private static boolean isScalar(Schema schema) {
        List<SchemaType> type = schema.getType();
        return schema.getRef() == null && type != null && type.size() == 1 && SCALARS.contains(type.get(0))
                && schema.getEnumeration() == null;
    }

    /**
     * Replaces each {@code $ref} to a scalar component by the component's keywords the schema has not set, but
     * its examples: SmallRye's (a date-time at -04:00) would mislead beside Bangkok's dates.
     */
    private record Inliner(Map<String, Schema> scalars) {

        void schema(Schema schema) {
            if (schema == null) {
                return;
            }
            Schema target = schema.getRef() == null ? null : scalars.get(schema.getRef());
            if (target != null) {
                schema.setRef(null);
                target.getAll().forEach((keyword, value) -> {
                    if (schema.get(keyword) == null && !keyword.equals("examples")) {
                        schema.set(keyword, value);
                    }
                });
            }
            schema.getAll().values().forEach(this::nested);
        }

        /** A keyword's value: a schema (items, not), a list of them (allOf) or a map of them (properties). */
        private void nested(Object value) {
            if (value instanceof Schema schema) {
                schema(schema);
            } else if (value instanceof Collection<?> values) {
                values.forEach(this::nested);
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(this::nested);
            }
        }

        void parameter(Parameter parameter) {
            schema(parameter.getSchema());
            content(parameter.getContent());
        }

        void requestBody(RequestBody body) {
            if (body != null) {
                content(body.getContent());
            }
        }

        void response(APIResponse response) {
            content(response.getContent());
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(this::header);
            }
        }

        private void header(Header header) {
            schema(header.getSchema());
            content(header.getContent());
        }

        private void content(Content content) {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(media -> schema(media.getSchema()));
            }
        }
    }
}
