package io.edukpi.submission.service;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The few calls of Keycloak's token endpoint and admin REST API that find an office's officers. */
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, Boolean enabled, Map<String, List<String>> attributes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String name) {
    }

    @POST
    @Path("/realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Token token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    /** Users whose attributes match {@code q} ("office_code:5001"), with their attributes. */
    @GET
    @Path("/admin/realms/{realm}/users")
    List<User> users(@PathParam("realm") String realm, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @QueryParam("q") String q, @QueryParam("briefRepresentation") boolean brief, @QueryParam("max") int max);

    /** A user's realm roles, also those from groups and composite roles. */
    @GET
    @Path("/admin/realms/{realm}/users/{id}/role-mappings/realm/composite")
    List<Role> realmRoles(@PathParam("realm") String realm, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("id") String id);
}
