package io.edukpi.submission.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.edukpi.submission.service.ScorePreview;

/** scoring-service's 4xx answers reach the caller as scoring wrote them (problem+json). */
public class PreviewProblems {

    @ServerExceptionMapper
    public Response passedOn(ScorePreview.PassedOnException e) {
        return Response.status(e.status()).type("application/problem+json").entity(e.body()).build();
    }
}
