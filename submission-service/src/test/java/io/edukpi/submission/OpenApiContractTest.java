package io.edukpi.submission;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document declares every operation as it really answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
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
