package io.edukpi.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.OpenApiDescriptions;
import io.edukpi.registry.domain.PersonId;
import io.edukpi.registry.ingest.IngestionProgress;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registry's OpenAPI document says how each operation really answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void everySuccessIsTyped() {
        List<String> untyped = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> op : operations().entrySet()) {
            operations++;
            op.getValue().path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2") || r.getKey().equals("204")) {
                    return;
                }
                JsonNode content = r.getValue().path("content");
                if (content.isMissingNode() || content.isEmpty()) {
                    untyped.add(op.getKey() + " " + r.getKey() + " has no body");
                }
                content.fields().forEachRemaining(m -> {
                    if (m.getValue().path("schema").isEmpty()) {
                        untyped.add(op.getKey() + " " + r.getKey() + " " + m.getKey());
                    }
                });
            });
        }
        assertEquals(List.of(), untyped);
        assertEquals(29, operations, "the registry's operations");
    }

    @Test
    void theRealStatusesAreDeclared() {
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("PUT /api/v1/registry/area-offices/{code}", List.of("200", "201")),
                Map.entry("PUT /api/v1/registry/schools/{code}", List.of("200", "201")),
                Map.entry("PUT /api/v1/registry/reference-codes/{list}/{code}", List.of("200", "201")),
                Map.entry("POST /api/v1/registry/census-rounds", List.of("201", "409")),
                Map.entry("PUT /api/v1/registry/census-rounds/{roundId}/students/{citizenId}",
                        List.of("200", "201", "409", "422")),
                Map.entry("POST /api/v1/registry/census-rounds/{roundId}/student-batches", List.of("200", "409", "422")),
                Map.entry("PUT /api/v1/registry/teachers/{citizenId}", List.of("200", "201")),
                Map.entry("POST /api/v1/registry/census-rounds/{roundId}/ingestion-jobs",
                        List.of("202", "409", "413", "415", "422")),
                Map.entry("POST /api/v1/registry/census-rounds/{roundId}/student-files",
                        List.of("202", "409", "413", "415", "422")),
                Map.entry("POST /api/v1/registry/ingestion-jobs/{id}/runs", List.of("202", "409")),
                Map.entry("GET /api/v1/registry/census-rounds/{roundId}/area-offices/{officeCode}/statistics",
                        List.of("200", "304")),
                Map.entry("GET /api/v1/registry/ingestion-jobs/{id}/rejections", List.of("200")),
                Map.entry("POST /api/v1/registry/census-rounds/{roundId}/transfers", List.of("200", "409")));
        Map<String, JsonNode> operations = operations();
        expected.forEach((operation, statuses) -> {
            JsonNode responses = operations.get(operation).path("responses");
            for (String status : statuses) {
                assertTrue(responses.has(status), operation + " declares " + status + ": " + responses.fieldNames());
                if (status.startsWith("4")) {
                    assertTrue(responses.path(status).path("content").has("application/problem+json"),
                            operation + " " + status);
                }
            }
        });
        assertTrue(operations.get("GET /api/v1/registry/ingestion-jobs/{id}/rejections").at("/responses/200/content")
                .has("text/csv"));
        assertTrue(operations.get("GET /api/v1/registry/census-rounds/{roundId}/schools/{schoolCode}/students")
                .at("/responses/200/headers").has("Link"));
    }

    @Test
    void everyParameterIsDescribed() {
        List<String> bare = new ArrayList<>();
        int parameters = 0;
        for (Map.Entry<String, JsonNode> op : operations().entrySet()) {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                parameters++;
                if (parameter.path("description").asText().isBlank()) {
                    bare.add(op.getKey() + " " + parameter.path("name").asText());
                }
            }
        }
        assertTrue(parameters > 40, "parameters: " + parameters);
        assertEquals(List.of(), bare);
    }

    @Test
    void everyPersonIdExamplePassesItsCheckDigit() {
        Set<String> examples = new TreeSet<>();
        collect(document, examples);
        assertTrue(examples.contains("3101112345675"), examples.toString());
        for (String id : examples) {
            assertEquals(PersonId.checkDigit(id.substring(0, 12)), id.charAt(12) - '0', "example ID " + id);
        }
    }

    @Test
    void theJobPhasesAreTheProgressPhases() {
        List<String> phases = new ArrayList<>();
        // null is among the values as in every field that is not required (commons' NullableProperties).
        document.at("/components/schemas/IngestionJob/properties/phase/enum").forEach(p -> {
            if (!p.isNull()) {
                phases.add(p.asText());
            }
        });
        assertEquals(Arrays.stream(IngestionProgress.Phase.values()).map(Enum::name).toList(), phases);
    }

    @Test
    void everyPropertyAndOperationIsDescribed() {
        assertEquals(List.of(), OpenApiDescriptions.undescribed(document, "/api/v1/registry"));
    }

    private static void collect(JsonNode node, Set<String> ids) {
        node.fields().forEachRemaining(f -> {
            if (f.getKey().equals("example") && f.getValue().asText().matches("[0-9]{13}")) {
                ids.add(f.getValue().asText());
            }
            collect(f.getValue(), ids);
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, ids));
        }
    }

    /** "METHOD path" to operation, for the registry's paths. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && path.getKey().startsWith("/api/v1/registry")) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }
}
