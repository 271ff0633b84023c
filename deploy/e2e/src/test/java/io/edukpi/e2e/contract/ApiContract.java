package io.edukpi.e2e.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * The merged OpenAPI 3.1 document (docs/openapi.json, what the gateway serves) as a checker of live
 * exchanges. Schemas are validated by networknt's JSON Schema validator in the OpenAPI 3.1 dialect (JSON
 * Schema 2020-12: type arrays, const, exclusiveMinimum as a number); Atlassian's swagger-request-validator
 * reads 3.1 documents but checks their schemas as draft 4 and silently passes those keywords, and
 * vertx-openapi refuses media types other than JSON unless on Vert.x 5, which Quarkus' BOM does not allow.
 * Finding the operation, its parameters, statuses and media types is the document's plain structure.
 */
public final class ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the document is said to live, so that every {@code $ref} of a sub-schema resolves into it. */
    private static final String BASE = "https://edukpi.io/openapi.json";
    private static final String[] METHODS = { "get", "put", "post", "delete", "patch", "head", "options" };
    private static volatile ApiContract project;

    /** An operation of the document: where it sits in it, and how its path template matches a path. */
    record Route(String method, String template, Pattern pattern, int literals, String pointer, JsonNode operation) {
        String label() {
            return operation.path("operationId").asText(method.toUpperCase(Locale.ROOT) + " " + template);
        }
    }

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final AtomicInteger names = new AtomicInteger();

    ApiContract(JsonNode document) {
        this.document = document;
        JsonNode absolute = absoluteRefs(document.deepCopy());
        String text = absolute.toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                        .schemaLoaders(l -> l.schemas(Map.of(BASE, text))));
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    routes.add(route(method, path.getKey(), operation));
                }
            }
        }
        // The most literal template wins: /scores/rankings/{year} before /scores/{office}/{year}.
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    /** The project's document, read once per test JVM. */
    public static ApiContract ofProject(Path projectRoot) {
        if (project == null) {
            synchronized (ApiContract.class) {
                if (project == null) {
                    try {
                        project = new ApiContract(JSON.readTree(projectRoot.resolve("docs/openapi.json").toFile()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return project;
    }

    /** The operation a method and path (without query) call, if the document has one. */
    Optional<Route> route(String method, String path) {
        for (Route route : routes) {
            if (route.method().equalsIgnoreCase(method) && route.pattern().matcher(path).matches()) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** The operation of a method and path template, e.g. the fuzzer's {@code GET /api/v1/x/{code}}. */
    Optional<Route> routeOfTemplate(String method, String template) {
        return routes.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.template().equals(template))
                .findFirst();
    }

    /** The values of a path's template parameters, by name. */
    static Map<String, String> pathValues(Route route, String path) {
        Matcher m = route.pattern().matcher(path);
        Map<String, String> values = new HashMap<>();
        if (m.matches()) {
            Matcher names = Pattern.compile("\\{([^}]+)}").matcher(route.template());
            for (int group = 1; names.find(); group++) {
                values.put(names.group(1), m.group(group));
            }
        }
        return values;
    }

    /** A node of the document and its JSON Pointer, following a {@code $ref} (to components) if it is one. */
    record Located(String pointer, JsonNode node) {
        Located at(String... keys) {
            StringBuilder p = new StringBuilder(pointer);
            JsonNode n = node;
            for (String key : keys) {
                p.append('/').append(key.replace("~", "~0").replace("/", "~1"));
                n = n.path(key);
            }
            return new Located(p.toString(), n);
        }
    }

    Located resolve(Located located) {
        Located current = located;
        for (int hops = 0; current.node().has("$ref") && hops < 10; hops++) {
            String ref = current.node().path("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            current = new Located(ref.substring(1), document.at(ref.substring(1)));
        }
        return current;
    }

    JsonNode document() {
        return document;
    }

    Located operation(Route route) {
        return new Located(route.pointer(), route.operation());
    }

    /** The violations of {@code value} against the schema at {@code pointer}, as readable lines. */
    List<String> violations(String pointer, JsonNode value) {
        JsonSchema schema = schemas.computeIfAbsent(pointer, p -> factory.getSchema(
                SchemaLocation.of("https://edukpi.io/checked/" + names.incrementAndGet() + ".json"),
                absoluteRefs(document.at(p).deepCopy()), config));
        List<String> found = new ArrayList<>();
        for (ValidationMessage message : schema.validate(value)) {
            found.add(message.getMessage());
        }
        found.sort(null);
        return found;
    }

    private static Route route(String method, String template, JsonNode operation) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        int literals = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            literals += m.start() - last;
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        literals += template.length() - last;
        String pointer = "/paths/" + template.replace("~", "~0").replace("/", "~1") + "/" + method;
        return new Route(method, template, Pattern.compile(regex.toString()), literals, pointer, operation);
    }

    /** Turns every document-local {@code $ref} into one to {@link #BASE}, so a sub-schema resolves its refs anywhere. */
    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                object.set("$ref", TextNode.valueOf(BASE + ref.asText()));
            }
            object.elements().forEachRemaining(ApiContract::absoluteRefs);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(ApiContract::absoluteRefs);
        }
        return node;
    }
}
