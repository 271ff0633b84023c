package io.edukpi.e2e.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The operations of the merged OpenAPI document (docs/openapi.json, what the gateway serves at /q/openapi). */
final class ApiDocument {

    /** A parameter: {@code in} is path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One media type of a request body: its schema and the document's examples of it. */
    record Body(String contentType, JsonNode schema, List<JsonNode> examples) {
    }

    record Operation(String method, String template, Set<String> roles, List<Parameter> parameters,
            List<Body> bodies, boolean bodyRequired) {
        String key() {
            return method + " " + template;
        }

        boolean admits(Set<String> callerRoles) {
            return roles.isEmpty() || roles.contains("*") || callerRoles.stream().anyMatch(roles::contains);
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    ApiDocument(Path file) throws IOException {
        document = FuzzClient.JSON.readTree(file.toFile());
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode o = op.getValue();
            Set<String> roles = new LinkedHashSet<>();
            o.path("x-edukpi-roles").forEach(r -> roles.add(r.asText()));
            List<Parameter> parameters = new ArrayList<>();
            o.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(),
                    p.path("in").asText(), p.path("required").asBoolean(), resolve(p.path("schema")))));
            List<Body> bodies = new ArrayList<>();
            o.path("requestBody").path("content").fields().forEachRemaining(media -> {
                List<JsonNode> examples = new ArrayList<>();
                media.getValue().path("examples").forEach(e -> examples.add(e.path("value")));
                if (media.getValue().has("example")) {
                    examples.add(media.getValue().path("example"));
                }
                bodies.add(new Body(media.getKey(), resolve(media.getValue().path("schema")), examples));
            });
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), roles, parameters,
                    bodies, o.path("requestBody").path("required").asBoolean()));
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema a {@code $ref} points to (repeatedly); siblings of the {@code $ref} are kept over it. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        Map<String, JsonNode> siblings = new LinkedHashMap<>();
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    siblings.putIfAbsent(f.getKey(), f.getValue());
                }
            });
            String ref = current.path("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (siblings.isEmpty()) {
            return current;
        }
        if (!(current instanceof ObjectNode target)) {
            return current;
        }
        ObjectNode merged = target.deepCopy();
        siblings.forEach(merged::set);
        return merged;
    }
}
