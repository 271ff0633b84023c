package io.edukpi.commons.etag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class BodyETagsTest {

    @Path("/api/v1/etag-samples")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public static class Samples {
        @GET
        public Map<String, Object> plain() {
            return Map.of("office", "5001", "score", 4.46074);
        }

        @GET
        @Path("versioned")
        public Response versioned() {
            return Response.ok(Map.of("v", 7)).tag(new EntityTag("v7")).build();
        }
    }

    @Test
    void aJsonReadIsTaggedByItsBodyAndAnsweredWith304WhenUnchanged() {
        String tag = given().get("/api/v1/etag-samples").then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\"")).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/etag-samples").then().statusCode(304);
        given().header("If-None-Match", "\"other\", W/" + tag).get("/api/v1/etag-samples").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/etag-samples").then().statusCode(200)
                .body("office", equalTo("5001"));
    }

    @Test
    void aTagTheResourceSetItselfIsKept() {
        given().get("/api/v1/etag-samples/versioned").then().statusCode(200).header("ETag", "\"v7\"");
    }

    @Test
    void pathsOutsideTheApiAreNotTagged() {
        given().get("/q/health/live").then().header("ETag", nullValue());
    }
}
