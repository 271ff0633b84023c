package io.edukpi.e2e.contract;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.edukpi.e2e.contract.ApiContract.Located;
import io.edukpi.e2e.contract.ApiContract.Route;
import io.edukpi.e2e.contract.Mismatch.Kind;

/**
 * Checks an exchange against its operation: the request's path and query parameters and body, the answer's
 * status (declared, or a declared {@code 4XX}-style range, or {@code default}), its media type and its body.
 */
final class ExchangeValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiContract contract;

    ExchangeValidator(ApiContract contract) {
        this.contract = contract;
    }

    List<Mismatch> check(Exchange exchange) {
        String target = exchange.target();
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        Optional<Route> found = contract.route(exchange.method(), path);
        if (found.isEmpty()) {
            return List.of(new Mismatch(exchange.method() + " " + path, exchange.status(), Kind.UNDOCUMENTED_OPERATION,
                    "no operation of the document matches"));
        }
        Route route = found.get();
        List<Mismatch> mismatches = new ArrayList<>();
        request(route, exchange, path, q < 0 ? "" : target.substring(q + 1), mismatches);
        mismatches.addAll(answer(route, exchange.status(), exchange.responseContentType(), exchange.responseBody()));
        return mismatches;
    }

    /**
     * Only the answer, for requests that are placeholders on purpose (a refusal must not depend on them); a path
     * that is no operation of the document (the gateway's own routing) has nothing to be checked against.
     */
    List<Mismatch> checkAnswer(Exchange exchange) {
        String path = exchange.target().split("\\?", 2)[0];
        return contract.route(exchange.method(), path)
                .map(route -> answer(route, exchange.status(), exchange.responseContentType(), exchange.responseBody()))
                .orElse(List.of());
    }

    /** Only the answer of the operation a template names, for requests that are wrong on purpose (the fuzzer). */
    List<Mismatch> checkAnswer(String method, String template, int status, String contentType, String body) {
        return contract.routeOfTemplate(method, template).map(route -> answer(route, status, contentType, body))
                .orElseGet(() -> List.of(new Mismatch(method + " " + template, status, Kind.UNDOCUMENTED_OPERATION,
                        "no operation of the document has this template")));
    }

    private void request(Route route, Exchange exchange, String path, String query, List<Mismatch> out) {
        Map<String, String> pathValues = ApiContract.pathValues(route, path);
        Map<String, List<String>> queryValues = queryValues(query);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.requestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        List<String> declaredQuery = new ArrayList<>();
        for (Located parameter : parameters(route)) {
            JsonNode p = parameter.node();
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            List<String> values = switch (in) {
                case "path" -> pathValues.containsKey(name) ? List.of(decode(pathValues.get(name))) : List.of();
                case "query" -> queryValues.getOrDefault(name, List.of());
                case "header" -> headers.containsKey(name.toLowerCase(Locale.ROOT))
                        ? List.of(headers.get(name.toLowerCase(Locale.ROOT)))
                        : List.of();
                default -> List.of();
            };
            if (in.equals("query")) {
                declaredQuery.add(name);
            }
            if (values.isEmpty()) {
                if (p.path("required").asBoolean()) {
                    out.add(mismatch(route, exchange.status(), Kind.REQUEST_PARAMETER,
                            in + " parameter " + name + " is required but was not sent"));
                }
                continue;
            }
            Located schema = contract.resolve(parameter.at("schema"));
            for (String violation : contract.violations(parameter.at("schema").pointer(), typed(schema.node(), values))) {
                out.add(mismatch(route, exchange.status(), Kind.REQUEST_PARAMETER,
                        in + " parameter " + name + "=" + values + ": " + violation));
            }
        }
        queryValues.keySet().stream().filter(name -> !declaredQuery.contains(name))
                .forEach(name -> out.add(mismatch(route, exchange.status(), Kind.REQUEST_PARAMETER,
                        "query parameter " + name + " is not declared")));
        requestBody(route, exchange, out);
    }

    private void requestBody(Route route, Exchange exchange, List<Mismatch> out) {
        Located body = contract.resolve(contract.operation(route).at("requestBody"));
        boolean sent = exchange.requestBody() != null && exchange.requestBody().length > 0;
        if (!sent) {
            if (body.node().path("required").asBoolean()) {
                out.add(mismatch(route, exchange.status(), Kind.REQUEST_BODY, "a body is required but none was sent"));
            }
            return;
        }
        if (body.node().isMissingNode()) {
            out.add(mismatch(route, exchange.status(), Kind.REQUEST_BODY, "a body was sent but none is declared"));
            return;
        }
        Optional<String> mediaType = declared(body.node().path("content"), exchange.requestContentType());
        if (mediaType.isEmpty()) {
            out.add(mismatch(route, exchange.status(), Kind.REQUEST_BODY, "media type " + exchange.requestContentType()
                    + " is not one of " + names(body.node().path("content"))));
            return;
        }
        String text = new String(exchange.requestBody(), StandardCharsets.UTF_8);
        schemaOf(route, exchange.status(), Kind.REQUEST_BODY, body.at("content", mediaType.get(), "schema"), text, out);
    }

    private List<Mismatch> answer(Route route, int status, String contentType, String body) {
        List<Mismatch> out = new ArrayList<>();
        Located responses = contract.operation(route).at("responses");
        String code = String.valueOf(status);
        String key = responses.node().has(code) ? code
                : responses.node().has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                        : responses.node().has("default") ? "default" : null;
        if (key == null) {
            out.add(mismatch(route, status, Kind.STATUS_UNDECLARED, "declared: " + names(responses.node())));
            return out;
        }
        Located response = contract.resolve(responses.at(key));
        JsonNode content = response.node().path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody) {
            return out;
        }
        Optional<String> mediaType = declared(content, contentType);
        if (mediaType.isEmpty()) {
            out.add(mismatch(route, status, Kind.MEDIA_TYPE_UNDECLARED,
                    contentType + " is not one of " + names(content)));
            return out;
        }
        schemaOf(route, status, Kind.RESPONSE_BODY, response.at("content", mediaType.get(), "schema"), body, out);
        return out;
    }

    /** JSON bodies (application/json and any +json) are validated; CSV, XLSX and the like only by media type. */
    private void schemaOf(Route route, int status, Kind kind, Located schema, String text, List<Mismatch> out) {
        String mediaType = schema.pointer().replaceAll(".*/content/([^/]+)/schema$", "$1").replace("~1", "/");
        if (!mediaType.contains("json") || schema.node().isMissingNode()) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            out.add(mismatch(route, status, kind, "not JSON: " + e.getOriginalMessage()));
            return;
        }
        for (String violation : contract.violations(schema.pointer(), value)) {
            out.add(mismatch(route, status, kind, violation));
        }
    }

    /** The declared media type the actual one matches ({@code text/csv;charset=UTF-8} matches {@code text/csv}). */
    private static Optional<String> declared(JsonNode content, String actual) {
        String base = actual == null ? "" : actual.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Iterator<String> names = content.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String declared = name.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (declared.equals(base) || declared.equals("*/*")
                    || (declared.endsWith("/*") && base.startsWith(declared.substring(0, declared.length() - 1)))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The operation's parameters with its path's, the operation's winning on the same name and place. */
    private List<Located> parameters(Route route) {
        Map<String, Located> byKey = new LinkedHashMap<>();
        String pathPointer = route.pointer().substring(0, route.pointer().lastIndexOf('/'));
        Located pathLevel = new Located(pathPointer + "/parameters", contract.document().at(pathPointer + "/parameters"));
        for (Located list : List.of(pathLevel, contract.operation(route).at("parameters"))) {
            for (int i = 0; i < list.node().size(); i++) {
                Located p = contract.resolve(new Located(list.pointer() + "/" + i, list.node().get(i)));
                byKey.put(p.node().path("in").asText() + ":" + p.node().path("name").asText(), p);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Parameter text as the JSON value its schema types it, so the schema can judge it. */
    private static JsonNode typed(JsonNode schema, List<String> values) {
        if (type(schema).equals("array")) {
            ArrayNode array = NODES.arrayNode();
            values.stream().flatMap(v -> List.of(v.split(",")).stream())
                    .forEach(v -> array.add(scalar(schema.path("items"), v)));
            return array;
        }
        return scalar(schema, values.get(0));
    }

    private static JsonNode scalar(JsonNode schema, String text) {
        try {
            return switch (type(schema)) {
                case "integer", "number" -> NODES.numberNode(new BigDecimal(text));
                case "boolean" -> text.equals("true") || text.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(text))
                        : NODES.textNode(text);
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("string");
    }

    private static Map<String, List<String>> queryValues(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static Mismatch mismatch(Route route, int status, Kind kind, String detail) {
        return new Mismatch(route.label(), status, kind, detail);
    }
}
