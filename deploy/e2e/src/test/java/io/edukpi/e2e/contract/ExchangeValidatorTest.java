package io.edukpi.e2e.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.e2e.contract.Mismatch.Kind;

/** The checker on a small OpenAPI 3.1 document, without a platform. */
class ExchangeValidatorTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/offices/{code}": {"get": {"operationId": "office",
                "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9]{4}$"}},
                               {"name": "fiscalYear", "in": "query", "schema": {"type": "integer", "maximum": 2399}}],
                "responses": {
                  "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Office"}},
                                                           "text/csv": {"schema": {"type": "string"}}}},
                  "304": {"description": "not modified"},
                  "4XX": {"$ref": "#/components/responses/Problem"}}}},
              "/api/v1/offices/rankings": {"post": {"operationId": "rank",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["round"],
                  "properties": {"round": {"type": "integer", "exclusiveMinimum": 0}}}}}},
                "responses": {"202": {"description": "accepted"}}}}},
             "components": {
              "responses": {"Problem": {"description": "a problem", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
              "schemas": {
               "Office": {"type": "object", "required": ["code", "nameTh"], "properties": {
                 "code": {"type": "string"}, "nameTh": {"type": ["string", "null"]}, "kind": {"const": "PRIMARY"}}},
               "Problem": {"type": "object", "required": ["type", "status"], "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}}}}
            """;

    private final ExchangeValidator validator;

    ExchangeValidatorTest() throws Exception {
        validator = new ExchangeValidator(new ApiContract(new ObjectMapper().readTree(DOCUMENT)));
    }

    @Test
    void anExchangeAsDeclaredHasNoMismatch() {
        assertEquals(List.of(), validator.check(get("/api/v1/offices/5001?fiscalYear=2011", 200, "application/json",
                "{\"code\":\"5001\",\"nameTh\":null,\"kind\":\"PRIMARY\"}")));
        assertEquals(List.of(), validator.check(get("/api/v1/offices/5001", 200, "text/csv; charset=UTF-8", "a,b")));
        assertEquals(List.of(), validator.check(get("/api/v1/offices/5001", 304, null, "")));
        assertEquals(List.of(), validator.check(get("/api/v1/offices/5001", 404, "application/problem+json",
                "{\"type\":\"https://edukpi.io/problems/not-found\",\"status\":404}")));
        assertEquals(List.of(), validator.check(post("/api/v1/offices/rankings", "{\"round\":1}", 202)));
    }

    @Test
    void theSchemasAreJudgedAsJsonSchema2020() {
        assertEquals(List.of(Kind.RESPONSE_BODY, Kind.RESPONSE_BODY), kinds(validator.check(get("/api/v1/offices/5001",
                200, "application/json", "{\"code\":\"5001\",\"nameTh\":5,\"kind\":\"SECONDARY\"}"))));
        assertEquals(List.of(Kind.REQUEST_BODY),
                kinds(validator.check(post("/api/v1/offices/rankings", "{\"round\":0}", 202))));
    }

    @Test
    void undeclaredStatusesMediaTypesAndParametersAreMismatches() {
        assertEquals(List.of(Kind.STATUS_UNDECLARED), kinds(validator.check(get("/api/v1/offices/5001", 500,
                "application/problem+json", "{}"))));
        assertEquals(List.of(Kind.MEDIA_TYPE_UNDECLARED), kinds(validator.check(get("/api/v1/offices/5001", 200,
                "application/xml", "<office/>"))));
        assertEquals(List.of(Kind.REQUEST_PARAMETER, Kind.REQUEST_PARAMETER, Kind.REQUEST_PARAMETER),
                kinds(validator.check(get("/api/v1/offices/50011?fiscalYear=2554&page=1", 404, "application/problem+json",
                        "{\"type\":\"x\",\"status\":404}"))));
        assertEquals(List.of(Kind.UNDOCUMENTED_OPERATION), kinds(validator.check(get("/api/v1/schools", 404,
                "application/problem+json", "{}"))));
        assertEquals(List.of(Kind.RESPONSE_BODY), kinds(validator.checkAnswer("GET", "/api/v1/offices/{code}", 400,
                "application/problem+json", "{\"type\":\"x\"}")));
    }

    private static List<Kind> kinds(List<Mismatch> mismatches) {
        return mismatches.stream().map(Mismatch::kind).toList();
    }

    private static Exchange get(String target, int status, String contentType, String body) {
        return new Exchange("GET", target, Map.of(), null, null, status, contentType, body);
    }

    private static Exchange post(String target, String body, int status) {
        return new Exchange("POST", target, Map.of("Content-Type", "application/json"), "application/json",
                body.getBytes(StandardCharsets.UTF_8), status, null, "");
    }
}
