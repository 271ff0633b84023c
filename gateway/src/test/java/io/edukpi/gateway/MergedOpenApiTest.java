package io.edukpi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The one document and the one Swagger UI, anonymous, made from the services' own documents. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class MergedOpenApiTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void mergesTheServicesDocumentsWithOneSecuritySchemeAndTheGatewayAsServer() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("servers[0].url", equalTo(gateway.toString().replaceAll("/$", "")))
                .body("tags.name", hasItems("indicator-service", "scoring-service", "student-registry-service"))
                .body("info.description", containsString("Not available when this document was made: submission-service"))
                .body("info.contact.name", equalTo("edukpi API maintainers"))
                .body("paths", hasKey("/api/v1/catalogues/{code}/items"))
                .body("paths", hasKey("/api/v1/registry/{code}/items"))
                .body("paths", not(hasKey("/internal/indicator-service")))
                .body("paths.'/api/v1/registry/{code}/items'.get.tags", equalTo(List.of("student-registry-service")))
                .body("paths.'/api/v1/registry/{code}/items'.get", not(hasKey("security")))
                .body("paths.'/api/v1/registry/{code}/items'.get.x-edukpi-roles",
                        equalTo(List.of("obec-admin", "reviewer")))
                .body("paths.'/api/v1/registry/{code}/items'.post.x-edukpi-roles", equalTo(List.of("*")))
                .body("security[0]", hasKey("keycloak"))
                .body("components.securitySchemes.keySet()", equalTo(Set.of("keycloak")))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        equalTo("http://127.0.0.1:8180/realms/edukpi/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl",
                        equalTo("http://127.0.0.1:8180/realms/edukpi/protocol/openid-connect/token"));
    }

    @Test
    void aComponentTwoServicesDefineDifferentlyIsKeptApartAndReferencesFollow() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", hasKey("Item"))
                .body("components.schemas", hasKey("ScoringItem"))
                .body("components.schemas", hasKey("StudentRegistryItem"))
                .body("paths.'/api/v1/catalogues/{code}/items'.get.operationId", equalTo("list"))
                .body("paths.'/api/v1/scores/{code}/items'.get.operationId", equalTo("scoringList"))
                .body("paths.'/api/v1/scores/{code}/items'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ScoringItem"));
    }

    @Test
    void swaggerUiSignsInWithPkceAsTheSwaggerUiClient() {
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .body(containsString("swagger-ui"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }
}
