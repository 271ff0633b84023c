package io.edukpi.commons.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation really returns: the {@code Problem} schema and, on each
 * operation that does not say otherwise, 400 (for input), 404 (for a path with ids) and 500, all
 * as {@code application/problem+json}.
 */
public class ProblemOpenApiFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema("ProblemError", problemErrorSchema());
        components.addSchema("Problem", problemSchema());
        components.addResponse("BadRequest", response("The request is not valid; errors lists each field, row or line."));
        components.addResponse("NotFound", response("No such resource, or not visible to the caller."));
        components.addResponse("InternalError", response("The service failed; quote requestId when reporting it."));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                        : operation.getResponses();
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || (item.getParameters() != null && !item.getParameters().isEmpty());
                if (takesInput) {
                    addIfAbsent(responses, "400", "BadRequest");
                }
                if (path.contains("{")) {
                    addIfAbsent(responses, "404", "NotFound");
                }
                addIfAbsent(responses, "500", "InternalError");
                operation.setResponses(responses);
            }
        });
    }

    /** Adds the problem response, or gives a body to one SmallRye inferred with a description only. */
    private static void addIfAbsent(APIResponses responses, String status, String component) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, with Thai beside English")
                .addProperty("type", string("URI naming the kind of problem"))
                .addProperty("title", string("Short summary in English"))
                .addProperty("titleTh", string("Short summary in Thai"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("What went wrong in this request, in English"))
                .addProperty("detailTh", string("What went wrong in this request, in Thai"))
                .addProperty("instance", string("The request path"))
                .addProperty("requestId", string("X-Request-Id of the request; quote it when reporting"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemError")));
    }

    private static Schema problemErrorSchema() {
        Schema integer = OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER));
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One thing wrong with the request and where it is")
                .addProperty("field", string("Path of the field, e.g. indicators[3.1.4].criterion.thresholds"))
                .addProperty("row", integer)
                .addProperty("line", integer)
                .addProperty("column", integer)
                .addProperty("code", string("Stable code for machines"))
                .addProperty("message", string("English"))
                .addProperty("messageTh", string("Thai"))
                .addProperty("value", string("The rejected value, when it helps"))
                .addProperty("severity", string("WARNING on a finding that does not refuse the request; absent on errors"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
