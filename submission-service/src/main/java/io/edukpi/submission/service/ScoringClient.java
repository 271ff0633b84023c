package io.edukpi.submission.service;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** scoring-service's stateless evaluation: the one place the scoring arithmetic lives. */
@RegisterRestClient(configKey = "scoring")
@Path("/api/v1/scoring/evaluate")
public interface ScoringClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode evaluate(@HeaderParam("Authorization") String authorization, JsonNode request);
}
