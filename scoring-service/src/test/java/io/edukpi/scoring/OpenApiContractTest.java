package io.edukpi.scoring;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.OpenApiDescriptions;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * scoring-service's part of the OpenAPI document, as integrators generate clients from it: every success typed,
 * the real statuses declared, the parameters described.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "scoring"))
class OpenApiContractTest {

    private static JsonNode document;

    /** Read once, inside a test: RestAssured knows the application's port only there. */
    private static synchronized JsonNode document() throws Exception {
        if (document == null) {
            document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        }
        return document;
    }

    @Test
    void everySuccessHasANamedSchema() {
        List<String> untyped = new ArrayList<>();
        operations().forEach((name, operation) -> fields(operation.path("responses")).forEach(status -> {
            JsonNode response = operation.path("responses").path(status);
            if (status.startsWith("2") && !status.equals("204")) {
                JsonNode content = response.path("content");
                if (content.isMissingNode() || content.isEmpty()) {
                    untyped.add(name + " " + status + " without content");
                }
                fields(content).forEach(type -> {
                    if (content.path(type).path("schema").isEmpty()) {
                        untyped.add(name + " " + status + " " + type);
                    }
                });
            }
        }));
        assertEquals(List.of(), untyped);
        assertEquals(12, operations().size(), operations().keySet().toString());
    }

    @Test
    void theRealStatusesAreDeclared() {
        Map<String, JsonNode> operations = operations();
        assertStatuses(operations.get("POST /api/v1/scoring/recalculations"), "202", "422");
        assertStatuses(operations.get("POST /api/v1/scoring/rounds/{fiscalYear}/{round}/closure"), "200", "201");
        assertStatuses(operations.get("GET /api/v1/scores/rankings/{fiscalYear}/{round}"), "200", "304", "409");
        assertStatuses(operations.get("GET /api/v1/scoring/recalculations/{id}/changes"), "200", "304", "409");
        for (String read : List.of("GET /api/v1/scores/changes", "GET /api/v1/scores/offices/{officeCode}/history",
                "GET /api/v1/scores/offices/{officeCode}/scorecards/{fiscalYear}/{round}",
                "GET /api/v1/scores/offices/{officeCode}/scorecards/{fiscalYear}/{round}/versions",
                "GET /api/v1/scoring/recalculations/{id}")) {
            assertStatuses(operations.get(read), "200", "304");
        }
        assertStatuses(operations.get("GET /api/v1/scores/offices/{officeCode}/scorecards/{fiscalYear}/{round}/what-if"),
                "200", "400", "403", "404", "422");
        JsonNode downloads = operations.get("GET /api/v1/scores/rankings/{fiscalYear}/{round}").path("responses")
                .path("200").path("content");
        assertEquals(Set.of("application/json", "text/csv"), new TreeSet<>(fields(downloads)));
        assertTrue(downloads.path("application/json").path("schema").path("$ref").asText().endsWith("/RankingPage"));
    }

    /** The evaluate body and the what-if answer say their shape: named schemas, the bands with an example. */
    @Test
    void theEvaluateBodyAndTheWhatIfAreNamedShapes() throws Exception {
        JsonNode body = operations().get("POST /api/v1/scoring/evaluate").path("requestBody").path("content")
                .path("application/json").path("schema");
        assertTrue(body.path("$ref").asText().endsWith("/EvaluationRequest"), body.toString());
        JsonNode schemas = document().path("components").path("schemas");
        assertTrue(schemas.path("EvaluationRequest").path("properties").path("bands").path("items").path("$ref").asText()
                .endsWith("/EvaluationBand"));
        assertEquals(Set.of("code", "labelTh", "labelEn", "minPercent"),
                new TreeSet<>(fields(schemas.path("EvaluationBand").path("properties"))));
        assertTrue(schemas.path("EvaluationBand").has("examples"), schemas.path("EvaluationBand").toString());
        JsonNode whatIf = operations().get("GET /api/v1/scores/offices/{officeCode}/scorecards/{fiscalYear}/{round}/what-if")
                .path("responses").path("200").path("content").path("application/json").path("schema");
        assertTrue(whatIf.path("$ref").asText().endsWith("/WhatIf"), whatIf.toString());
        assertEquals(Set.of("officeCode", "fiscalYear", "round", "version", "catalogueVersion", "indicatorCode",
                "indicatorNameTh", "indicatorNameEn", "target", "current", "outcome", "needed", "best", "messageTh",
                "messageEn"), new TreeSet<>(fields(schemas.path("WhatIf").path("properties"))));
    }

    @Test
    void everyParameterIsDescribed() {
        List<String> all = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        operations().forEach((name, operation) -> operation.path("parameters").forEach(parameter -> {
            String id = name + " " + parameter.path("name").asText();
            all.add(id);
            if (parameter.path("description").asText().isBlank()) {
                bare.add(id);
            }
        }));
        assertTrue(all.size() >= 30, all.toString());
        assertEquals(List.of(), bare);
    }

    @Test
    void everyPropertyAndOperationIsDescribed() throws Exception {
        assertEquals(List.of(), OpenApiDescriptions.undescribed(document(), "/api/v1/scor"));
    }

    private static void assertStatuses(JsonNode operation, String... statuses) {
        Set<String> declared = new TreeSet<>(fields(operation.path("responses")));
        for (String status : statuses) {
            assertTrue(declared.contains(status), status + " not in " + declared);
        }
    }

    /** "METHOD path" to operation, for the paths of this service. */
    private static Map<String, JsonNode> operations() {
        JsonNode document;
        try {
            document = document();
        } catch (Exception e) {
            throw new IllegalStateException("no OpenAPI document", e);
        }
        Map<String, JsonNode> operations = new TreeMap<>();
        for (String path : fields(document.path("paths"))) {
            if (path.startsWith("/api/v1/scor")) {
                for (String method : fields(document.path("paths").path(path))) {
                    operations.put(method.toUpperCase() + " " + path, document.path("paths").path(path).path(method));
                }
            }
        }
        return operations;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext();) {
            names.add(i.next());
        }
        return names;
    }
}
