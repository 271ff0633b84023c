package io.edukpi.submission;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.submission.domain.ResultState;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document declares every operation as it really answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Added by commons' ProblemOpenApiFilter, the same in every service: commons answers for them. */
    private static final Set<String> COMMONS_SCHEMAS = Set.of("Problem", "ProblemError");
    private static JsonNode document;

    @BeforeEach
    void read() throws IOException {
        if (document != null) {
            return;
        }
        String text = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString();
        Files.writeString(Path.of("target", "submission-openapi.json"), text);
        document = new ObjectMapper().readTree(text);
    }

    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    @Test
    void everySuccessBodyIsTyped() {
        List<String> untyped = new ArrayList<>();
        for (var op : operations()) {
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media -> {
                        JsonNode schema = media.getValue().path("schema");
                        if (schema.isMissingNode() || schema.isEmpty()) {
                            untyped.add(op.getKey() + " " + response.getKey() + " " + media.getKey());
                        }
                    });
                }
            });
        }
        assertEquals(List.of(), untyped);
    }

    @Test
    void nearlyEveryParameterIsDescribed() {
        int parameters = 0;
        List<String> undescribed = new ArrayList<>();
        for (var op : operations()) {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                parameters++;
                if (parameter.path("description").asText().isBlank()) {
                    undescribed.add(op.getKey() + " " + parameter.path("name").asText());
                }
            }
        }
        assertTrue(parameters > 0);
        // at least 95 %
        assertTrue(undescribed.size() * 20 <= parameters, undescribed + " of " + parameters);
    }

    @Test
    void theRealSuccessStatusesAreDeclared() {
        Map<String, JsonNode> byName = operations().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, List<String>> expected = Map.of(
                "POST /api/v1/submissions/results", List.of("201", "409", "422"),
                "GET /api/v1/submissions/results", List.of("200", "304"),
                "GET /api/v1/submissions/results/{id}", List.of("200", "304"),
                "PUT /api/v1/submissions/results/{id}", List.of("200", "409", "412", "428"),
                "POST /api/v1/submissions/results/{id}/submit", List.of("200", "409", "412", "422"),
                "POST /api/v1/submissions/results/{id}/evidence", List.of("201", "409", "413", "415", "422"),
                "GET /api/v1/submissions/results/{id}/evidence/{evidenceId}", List.of("200", "304"),
                "DELETE /api/v1/submissions/results/{id}/evidence/{evidenceId}", List.of("204", "409"),
                "GET /api/v1/submissions/progress", List.of("200", "304"));
        expected.forEach((operation, statuses) -> {
            JsonNode responses = byName.get(operation).path("responses");
            for (String status : statuses) {
                assertTrue(responses.has(status), operation + " declares " + status + ": " + responses.fieldNames());
            }
        });
        JsonNode created = byName.get("POST /api/v1/submissions/results").path("responses").path("201");
        assertTrue(created.path("headers").has("Location"), created.toString());
        assertTrue(byName.get("GET /api/v1/submissions/results").path("responses").path("200").path("headers").has("Link"));
        JsonNode csv = byName.get("GET /api/v1/submissions/progress").path("responses").path("200");
        assertTrue(csv.path("content").has("text/csv") && csv.path("headers").has("Content-Disposition"), csv.toString());
    }

    @Test
    void theProgressGridIsDeclaredWithItsCsvAndItsProblems() {
        JsonNode grid = document.path("paths").path("/api/v1/submissions/progress/grid").path("get");
        JsonNode responses = grid.path("responses");
        for (String status : List.of("200", "304", "400", "404", "422")) {
            assertTrue(responses.has(status), "the grid declares " + status + ": " + responses);
        }
        JsonNode ok = responses.path("200");
        assertTrue(ok.path("content").has("text/csv") && ok.path("headers").has("Content-Disposition"), ok.toString());
        assertTrue(ok.path("content").path("application/json").path("schema").path("$ref").asText().endsWith("/ProgressGrid"),
                ok.toString());
        List<String> parameters = new ArrayList<>();
        grid.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
        assertEquals(List.of("fiscalYear", "format", "lateOnly", "level", "round"), parameters.stream().sorted().toList());
        JsonNode schemas = document.path("components").path("schemas");
        for (String schema : List.of("ProgressGrid", "GridOffice", "GridCell", "GridIndicator")) {
            schemas.path(schema).path("properties").fields().forEachRemaining(p -> assertTrue(
                    p.getValue().has("examples") || p.getValue().has("anyOf") || p.getValue().has("items"),
                    schema + "." + p.getKey() + " has an example"));
        }
    }

    /**
     * Spectral (edukpi-property-description) reads a {@code $ref} property as its target and drops the
     * description beside it, so a referenced component needs a description of its own.
     */
    @Test
    void everyComponentPropertyIsDescribed() {
        JsonNode schemas = document.path("components").path("schemas");
        List<String> undescribed = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            if (COMMONS_SCHEMAS.contains(schema.getKey())) {
                return;
            }
            schema.getValue().path("properties").fields().forEachRemaining(p -> {
                String ref = p.getValue().path("$ref").asText();
                JsonNode described = ref.isEmpty() ? p.getValue() : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                if (described.path("description").asText().isBlank()) {
                    undescribed.add(schema.getKey() + "." + p.getKey());
                }
            });
        });
        assertTrue(schemas.size() > 10, schemas.toString());
        assertEquals(List.of(), undescribed);
    }

    @Test
    void scalarTypesAreInlineNotComponents() {
        List<String> scalars = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            String type = schema.getValue().path("type").asText();
            if (!type.isEmpty() && !type.equals("object") && !type.equals("array") && !schema.getValue().has("enum")) {
                scalars.add(schema.getKey());
            }
        });
        assertEquals(List.of(), scalars);
        JsonNode id = document.path("components").path("schemas").path("ResultView").path("properties").path("id");
        assertEquals("uuid", id.path("format").asText(), id.toString());
        assertTrue(id.path("description").asText().length() > 0 && !id.has("$ref"), id.toString());
    }

    @Test
    void theResultStateSchemaIsTheDomainsAndDescribed() {
        JsonNode state = document.path("components").path("schemas").path("ResultState");
        List<String> values = new ArrayList<>();
        state.path("enum").forEach(v -> values.add(v.asText()));
        assertEquals(Arrays.stream(ResultState.values()).map(Enum::name).toList(), values);
        assertTrue(state.path("description").asText().contains("RETURNED"), state.toString());
    }

    @Test
    void everyOperationIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (var op : operations()) {
            String description = op.getValue().path("description").asText();
            if (description.isBlank() || description.equals(op.getValue().path("summary").asText())) {
                undescribed.add(op.getKey());
            }
        }
        assertEquals(List.of(), undescribed);
    }

    @Test
    void officesAreRegisteredInTheRegistryNotHere() {
        assertEquals(Set.of("get"), Set.copyOf(iterate(document.path("paths").path("/api/v1/submissions/area-offices"))));
        assertTrue(document.path("paths").path("/api/v1/submissions/area-offices/{code}").isMissingNode());
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
