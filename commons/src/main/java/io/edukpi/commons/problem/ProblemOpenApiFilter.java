package io.edukpi.commons.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation really returns, all as {@code application/problem+json} with the
 * {@code Problem} schema: 400 (operations with input), 401 and 403 (secured operations; the 403 names the
 * roles), 404 (paths with ids), 406, 415 (operations with a body), 429 (the gateway's limit), 500 and 503.
 * A 4xx or 5xx an operation declares itself with a description only (its problem types) gets the body.
 */
public class ProblemOpenApiFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The problem answers every service can give, by status: component name and description. */
    private static final Map<String, String[]> COMMON = new LinkedHashMap<>();

    /** The descriptions SmallRye writes itself; one the service wrote is kept. */
    private static final Set<String> INFERRED = Set.of("Not Authorized", "Not Allowed", "Bad Request", "Not Found",
            "Internal Server Error");

    static {
        COMMON.put("400", new String[] { "BadRequest",
                "bad-request, validation: the request is not valid; errors lists each field, row or line." });
        COMMON.put("401", new String[] { "Unauthorized",
                "unauthorized: no bearer token, or one that is expired, altered or for another audience." });
        COMMON.put("403", new String[] { "Forbidden",
                "forbidden: the token's roles do not allow the operation, or the data belongs to another office or school." });
        COMMON.put("404", new String[] { "NotFound", "not-found: no such resource, or not visible to the caller." });
        COMMON.put("406", new String[] { "NotAcceptable",
                "not-acceptable: none of the media types in Accept can be produced here." });
        COMMON.put("415", new String[] { "UnsupportedMediaType",
                "unsupported-media-type: the Content-Type of the body is not one this operation reads." });
        COMMON.put("429", new String[] { "TooManyRequests",
                "too-many-requests: the caller's client is over its rate limit; retry after Retry-After seconds." });
        COMMON.put("500", new String[] { "InternalError", "internal: the service failed; quote requestId when reporting it." });
        COMMON.put("503", new String[] { "ServiceUnavailable",
                "unavailable: the service, its database or Keycloak is unavailable for a moment; retry after Retry-After seconds." });
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema("ProblemError", problemErrorSchema());
        components.addSchema("Problem", problemSchema());
        COMMON.values().forEach(c -> components.addResponse(c[0], response(c[1])));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, item, entry.getValue());
            }
        });
    }

    private static void document(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        List<String> roles = roles(operation);
        if (takesInput) {
            addIfAbsent(responses, "400");
        }
        if (roles != null) {
            addIfAbsent(responses, "401");
            if (roles.isEmpty() || roles.contains("*")) {
                addIfAbsent(responses, "403");
            } else {
                responses.addAPIResponse("403", response("forbidden, role-forbidden: needs one of the roles "
                        + String.join(", ", roles) + "; or the data belongs to another office or school."));
            }
        }
        if (path.contains("{")) {
            addIfAbsent(responses, "404");
        }
        addIfAbsent(responses, "406");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415");
        }
        addIfAbsent(responses, "429");
        addIfAbsent(responses, "500");
        addIfAbsent(responses, "503");
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.charAt(0) >= '4' && response.getRef() == null && response.getContent() == null) {
                    response.setContent(problemContent());
                }
            });
        }
        operation.setResponses(responses);
    }

    /** The roles of the operation's security requirement; null for an operation open to anyone. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        operation.getSecurity().forEach(requirement -> {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                });
            }
        });
        return roles;
    }

    /** Adds the common problem answer, or gives one SmallRye inferred with a description only its body. */
    private static void addIfAbsent(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null
                && INFERRED.contains(existing.getDescription()))) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse()
                    .ref("#/components/responses/" + COMMON.get(status)[0]));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, with Thai beside English")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("URI naming the kind of problem"))
                .addProperty("title", string("Short summary in English"))
                .addProperty("titleTh", string("Short summary in Thai"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("The HTTP status of this answer"))
                .addProperty("detail", string("What went wrong in this request, in English"))
                .addProperty("detailTh", string("What went wrong in this request, in Thai"))
                .addProperty("instance", string("The request path"))
                .addProperty("requestId", string("X-Request-Id of the request; quote it when reporting"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Each thing wrong and where: a field, a row or a line; empty when the detail says all")
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemError")));
    }

    private static Schema problemErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One thing wrong with the request and where it is")
                .addProperty("field", string("Path of the field, e.g. indicators[3.1.4].criterion.thresholds"))
                .addProperty("row", integer("Data row of an uploaded file, 1 = the first row after the header"))
                .addProperty("line", integer("Line of the file or of the JSON text"))
                .addProperty("column", integer("Column on that line"))
                .addProperty("code", string("Stable code for machines"))
                .addProperty("message", string("English"))
                .addProperty("messageTh", string("Thai"))
                .addProperty("value", string("The rejected value, when it helps"))
                .addProperty("severity", string("WARNING on a finding that does not refuse the request; absent on errors"));
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
