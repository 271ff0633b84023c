package io.edukpi.commons.problem;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.edukpi.commons.message.Text;

/**
 * An error a resource answers without a body (a 412 of {@code evaluatePreconditions}, a bare
 * {@code Response.status(4xx)}) still leaves as problem+json with its status's title, so every
 * client error has one shape.
 */
public class BodilessErrors {

    private final Problems problems;

    public BodilessErrors(Problems problems) {
        this.problems = problems;
    }

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        Text detail = StatusTitles.routingDetail(response.getStatus());
        Problem problem = Problems.of(response.getStatus(), detail, request.getUriInfo().getPath(), List.of());
        response.setEntity(problems.toJson(problem), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
