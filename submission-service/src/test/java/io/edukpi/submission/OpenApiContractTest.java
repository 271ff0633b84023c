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
        assertTrue(undescribed.size() * 20 <= parameters, undescribed + " of " + parameters);
    }
}
