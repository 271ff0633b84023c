package io.edukpi.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service's own OpenAPI document declares every operation as it really answers (issue 17). */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "indicator"))
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static JsonNode document;

    @BeforeEach
    void read() throws Exception {
        if (document == null) {
            document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString());
        }
    }

    @Test
    void everySuccessBodyIsTyped() {
        List<String> untyped = new ArrayList<>();
        operations().forEach((key, operation) -> operation.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").properties().forEach(content -> {
                    JsonNode schema = content.getValue().path("schema");
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        untyped.add(key + " " + response.getKey() + " " + content.getKey());
                    }
                });
            }
        }));
        assertEquals(List.of(), untyped);
        assertEquals(17, operations().size(), "the catalogue API's operations: " + operations().keySet());
    }

    @Test
    void theRealStatusesAreDeclared() {
        assertStatuses("get /api/v1/catalogues", "200", "304");
        assertStatuses("get /api/v1/catalogues/{id}", "200", "304", "404");
        assertStatuses("get /api/v1/catalogues/{id}/indicators/{code}", "200", "304");
        assertStatuses("post /api/v1/catalogues", "201", "409", "422");
        assertStatuses("put /api/v1/catalogues/{id}", "200", "409", "412", "422");
        assertStatuses("delete /api/v1/catalogues/{id}", "204", "409", "412");
        assertStatuses("post /api/v1/catalogues/{id}/indicators", "201", "409", "412", "422");
        assertStatuses("post /api/v1/catalogues/{id}/publish", "200", "409");
        assertStatuses("post /api/v1/catalogues/{id}/copy", "201", "409");
        assertStatuses("post /api/v1/catalogues/import", "200", "201", "409", "413", "422");
        assertStatuses("get /api/v1/catalogues/{id}/export", "200", "304");
        JsonNode created = operations().get("post /api/v1/catalogues").at("/responses/201/headers");
        assertTrue(created.has("Location"), created.toString());
        JsonNode export = operations().get("get /api/v1/catalogues/{id}/export").at("/responses/200");
        assertEquals(Set.of("application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "text/csv"), names(export.path("content")));
        assertTrue(export.path("headers").has("Content-Disposition"), export.toString());
        assertTrue(operations().get("put /api/v1/catalogues/{id}").at("/responses/412/description").asText()
                .startsWith("precondition-failed"));
    }

    @Test
    void atLeast95PercentOfParametersAreDescribed() {
        List<String> bare = new ArrayList<>();
        int[] all = { 0 };
        operations().forEach((key, operation) -> operation.path("parameters").forEach(parameter -> {
            all[0]++;
            if (parameter.path("description").asText().isBlank()) {
                bare.add(key + " " + parameter.path("name").asText());
            }
        }));
        assertTrue(all[0] > 20, "parameters: " + all[0]);
        assertTrue(bare.size() * 20 <= all[0], "undescribed: " + bare);
    }

    @Test
    void searchDeclaresCeYearsAndEnumsOnly() {
        JsonNode parameters = operations().get("get /api/v1/catalogues").path("parameters");
        Set<String> names = new TreeSet<>();
        parameters.forEach(p -> names.add(p.path("name").asText()));
        assertEquals(Set.of("fiscalYear", "level", "status", "page", "size"), names);
        parameters.forEach(p -> {
            if (p.path("name").asText().equals("level")) {
                JsonNode schema = p.path("schema").has("$ref") ? schemaOf(p.path("schema")) : p.path("schema");
                assertTrue(schema.path("enum").toString().contains("OBEC_AGREEMENT"), p.toString());
            }
        });
    }

    @Test
    void everyPropertyAndOperationIsDescribed() {
        assertEquals(List.of(), OpenApiDescriptions.undescribed(document, "/api/"));
    }

    private static void assertStatuses(String operation, String... statuses) {
        JsonNode responses = operations().get(operation).path("responses");
        for (String status : statuses) {
            assertTrue(responses.has(status), operation + " declares " + status + ": " + names(responses));
        }
    }

    private static JsonNode schemaOf(JsonNode ref) {
        String name = ref.path("$ref").asText().substring("#/components/schemas/".length());
        return document.at("/components/schemas/" + name);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey()) && path.getKey().startsWith("/api/")) {
                operations.put(method.getKey() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }
}
