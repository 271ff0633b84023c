package io.edukpi.registry;

import static io.edukpi.registry.RegistryFixture.OFFICE;
import static io.edukpi.registry.RegistryFixture.OTHER_OFFICE;
import static io.edukpi.registry.RegistryFixture.OTHER_SCHOOL;
import static io.edukpi.registry.RegistryFixture.SCHOOL_A;
import static io.edukpi.registry.RegistryFixture.newRound;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One office's MIS neither learns nor changes what another office holds, and a census round stays as it was taken. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "registry"))
class OfficeSeparationTest {

    private static final String MIS = TestTokens.misClient("mis-office-a", SCHOOL_A);
    private static final String OTHER_MIS = TestTokens.misClient("mis-office-b", OTHER_SCHOOL);

    private static void put(String token, long round, Map<String, Object> record, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(record)
                .put("/api/v1/registry/census-rounds/" + round + "/students/" + record.get("citizenId"))
                .then().statusCode(status);
    }

    @Test
    void aSecondEnrolmentIsRefusedWithoutNamingTheOtherOfficesSchool() {
        long round = newRound();
        put(MIS, round, MisAndCertificationTest.student(SCHOOL_A, "G708000000001", "ป.4"), 201);

        Map<String, Object> probe = MisAndCertificationTest.student(OTHER_SCHOOL, "G708000000001", "ป.4");
        given().auth().oauth2(OTHER_MIS).contentType(ContentType.JSON).body(probe)
                .put("/api/v1/registry/census-rounds/" + round + "/students/G708000000001")
                .then().statusCode(409).body("errors[0].code", equalTo("second-active-enrolment"))
                .body(not(containsString(SCHOOL_A))).body("detail", containsString("transfer"));
        given().auth().oauth2(OTHER_MIS).contentType(ContentType.JSON).body(Map.of("records", List.of(probe)))
                .post("/api/v1/registry/census-rounds/" + round + "/student-batches")
                .then().statusCode(200).body("results[0].errors[0].code", equalTo("second-active-enrolment"))
                .body(not(containsString(SCHOOL_A)));
    }

    @Test
    void obecTransfersAPersonWithinARoundAndOnlyThenTheNewSchoolWritesThem() {
        long round = newRound();
        put(MIS, round, MisAndCertificationTest.student(SCHOOL_A, "G708000000003", "ป.4"), 201);
        Map<String, Object> transfer = Map.of("citizenId", "G708000000003", "toSchoolCode", OTHER_SCHOOL);
        String path = "/api/v1/registry/census-rounds/" + round + "/transfers";
        given().auth().oauth2(OTHER_MIS).contentType(ContentType.JSON).body(transfer).post(path).then().statusCode(403);

        given().auth().oauth2(TestTokens.obecAdmin()).contentType(ContentType.JSON).body(transfer).post(path)
                .then().statusCode(200).body("schoolCode", equalTo(OTHER_SCHOOL)).body("classLevel", equalTo("ป.4"));
        given().auth().oauth2(TestTokens.obecAdmin()).contentType(ContentType.JSON).body(transfer).post(path)
                .then().statusCode(409).body("errors[0].code", equalTo("transfer-same-school"));
        given().auth().oauth2(TestTokens.obecAdmin()).contentType(ContentType.JSON)
                .body(Map.of("citizenId", "G708000000099", "toSchoolCode", OTHER_SCHOOL)).post(path).then().statusCode(404);

        Map<String, Object> moved = MisAndCertificationTest.student(OTHER_SCHOOL, "G708000000003", "ป.4");
        moved.put("studentNumber", "77");
        put(OTHER_MIS, round, moved, 200);
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE))
                .get("/api/v1/registry/census-rounds/" + round + "/schools/" + SCHOOL_A + "/students")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.areaOfficer(OTHER_OFFICE))
                .get("/api/v1/registry/census-rounds/" + round + "/schools/" + OTHER_SCHOOL + "/students")
                .then().statusCode(200).body("items[0].studentNumber", equalTo("77"));
    }

    @Test
    void anEnrolmentInALaterRoundByAnotherOfficeLeavesTheEarlierRosterAsItWas() {
        long earlier = newRound();
        long later = newRound();
        Map<String, Object> asEnrolled = MisAndCertificationTest.student(SCHOOL_A, "G708000000002", "ป.4");
        asEnrolled.put("firstName", "สมชาย");
        put(MIS, earlier, asEnrolled, 201);

        Map<String, Object> moved = MisAndCertificationTest.student(OTHER_SCHOOL, "G708000000002", "ป.5");
        moved.put("firstName", "สมหญิง");
        put(OTHER_MIS, later, moved, 201);

        given().auth().oauth2(TestTokens.areaOfficer(OFFICE))
                .get("/api/v1/registry/census-rounds/" + earlier + "/schools/" + SCHOOL_A + "/students")
                .then().statusCode(200).body("items[0].firstName", equalTo("สมชาย"));
        given().auth().oauth2(TestTokens.areaOfficer(OFFICE)).get("/api/v1/registry/persons/G708000000002")
                .then().statusCode(200).body("firstName", equalTo("สมชาย"));
        given().auth().oauth2(TestTokens.areaOfficer(OTHER_OFFICE))
                .get("/api/v1/registry/census-rounds/" + later + "/schools/" + OTHER_SCHOOL + "/students")
                .then().statusCode(200).body("items[0].firstName", equalTo("สมหญิง"));
    }
}
