package io.edukpi.commons.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class SecurityProblemsTest {

    @Test
    void missingTokenIsA401ProblemWithABearerChallenge() {
        given().get("/test/caller").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detailTh", containsString("access token"));
    }

    @Test
    void expiredForeignTamperedAndWrongAudienceTokensAre401() {
        String[] bad = {
                TestTokens.builder("area.5001").roles(Set.of(Roles.AREA_OFFICER)).expired(Duration.ofMinutes(10))
                        .sign(),
                TestTokens.builder("area.5001").roles(Set.of(Roles.AREA_OFFICER)).foreignKey().sign(),
                TestTokens.builder("area.5001").roles(Set.of(Roles.AREA_OFFICER)).audience("another-api").sign(),
                TestTokens.tampered(TestTokens.areaOfficer("5001"), "office_code", "5034"),
        };
        for (String token : bad) {
            given().auth().oauth2(token).get("/test/caller").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void aRoleThatIsNotAllowedIsA403Problem() {
        given().auth().oauth2(TestTokens.dashboard()).get("/test/caller").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("titleTh", equalTo("ท่านไม่มีสิทธิ์ดำเนินการนี้"))
                .body("detail", equalTo("This operation needs one of the roles area-officer, school-officer, mis-client;"
                        + " your token has none of them."))
                .body("detailTh", containsString("area-officer, school-officer, mis-client"));
    }

    @Test
    void anEndpointWithoutASecurityAnnotationIsDenied() {
        given().auth().oauth2(TestTokens.obecAdmin()).get("/test/caller/unannotated").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void callerCarriesTheOfficeAndSchoolOfTheToken() {
        given().auth().oauth2(TestTokens.schoolOfficer("5001", "1050130001")).get("/test/caller").then()
                .statusCode(200)
                .body("name", equalTo("school.1050130001"))
                .body("officeCode", equalTo("5001"))
                .body("schoolCode", equalTo("1050130001"))
                .body("areaOfficer", equalTo(false));
        given().auth().oauth2(TestTokens.misClient("mis-schoolmis-5001", "1050130002", "1050130001"))
                .get("/test/caller").then()
                .statusCode(200)
                .body("clientId", equalTo("mis-schoolmis-5001"))
                .body("misSchoolCodes", contains("1050130001", "1050130002"));
    }

    @Test
    void aSchoolCodeSentAsAOneElementArrayIsThatSchoolAndSeveralAreNone() {
        // Keycloak's attribute mapper sends ["..."] when it is multivalued.
        given().auth().oauth2(TestTokens.of("school.a", Set.of(Roles.SCHOOL_OFFICER),
                Map.of("office_code", List.of("5001"), "school_code", List.of("1050130001"))))
                .get("/test/caller").then()
                .statusCode(200)
                .body("officeCode", equalTo("5001"))
                .body("schoolCode", equalTo("1050130001"));
        given().auth().oauth2(TestTokens.of("school.b", Set.of(Roles.SCHOOL_OFFICER),
                Map.of("office_code", "5001", "school_code", List.of("1050130001", "1050130002"))))
                .get("/test/caller").then()
                .statusCode(200)
                .body("schoolCode", equalTo(""));
    }
}
