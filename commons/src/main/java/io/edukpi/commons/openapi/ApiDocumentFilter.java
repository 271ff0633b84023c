package io.edukpi.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.edukpi.commons.problem.ProblemOpenApiFilter;

/**
 * The one filter of every service's OpenAPI document ({@code mp.openapi.filter}): the problem answers every
 * operation gives, the JDK's scalar types written where they are used, then the nullability of the fields.
 */
public class ApiDocumentFilter implements OASFilter {

    private final ProblemOpenApiFilter problems = new ProblemOpenApiFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        ScalarSchemas.inline(openAPI);
        NullableProperties.declare(openAPI);
    }
}
