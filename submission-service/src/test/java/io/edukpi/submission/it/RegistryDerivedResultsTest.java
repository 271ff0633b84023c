package io.edukpi.submission.it;

import static io.edukpi.submission.it.Fixtures.RESULTS;
import static io.edukpi.submission.it.Fixtures.officer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** registry.statistics on the real broker becomes draft results of the REGISTRY indicators that read that census. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class RegistryDerivedResultsTest {

    /** Figures of the census of 10 June 2011 (B.E. 2554), which 1.1.1-1.1.3 read in rounds 9 and 12. */
    static String statistics(String office, int preschool, int population, OffsetDateTime generatedAt) {
        return """
                {"officeCode": "%s", "officeNameTh": "สพป.ทดสอบ %s", "officeKind": "PRIMARY", "roundId": 7,
                 "academicYear": 2011, "roundNo": 1, "censusDate": "2011-06-10", "certificationDeadline": "2011-06-30",
                 "roundStatus": "OPEN", "trigger": "CERTIFICATION", "schoolCode": "%s01", "generatedAt": "%s",
                 "students": {"total": %d,
                   "byLevel": {"อ.1": %d, "อ.2": 0, "อ.3": 0, "ป.1": 0, "ป.2": 0, "ป.3": 0, "ป.4": 0, "ป.5": 0,
                               "ป.6": 0, "ม.1": 0, "ม.2": 0, "ม.3": 0, "ม.4": 0, "ม.5": 0, "ม.6": 0},
                   "byAgeGroup": {"3-5": %d, "6-11": 0, "12-14": 0, "15-17": 0, "other": 0}},
                 "enrolmentRatios": [
                   {"ageGroup": "3-5", "students": %d, "population": %d, "ratioPercent": 0},
                   {"ageGroup": "6-11", "students": 0, "population": null, "ratioPercent": null},
                   {"ageGroup": "12-14", "students": 0, "population": null, "ratioPercent": null},
                   {"ageGroup": "15-17", "students": 0, "population": null, "ratioPercent": null}],
                 "completeness": {"students": {"records": 1, "complete": 1}, "teachers": {"records": 0, "complete": 0},
                                  "schools": {"records": 2, "complete": 2}},
                 "certification": {"schools": 2, "certified": 1, "certifiedByDeadline": 1, "acknowledged": 0, "reopened": 0},
                 "schools": [{"code": "%s01", "nameTh": "โรงเรียนบ้านหนึ่ง", "certified": true},
                             {"code": "%s02", "nameTh": "โรงเรียนบ้านสอง", "certified": false}]}
                """.formatted(office, office, office, generatedAt, preschool, preschool, preschool, preschool,
                population, office, office);
    }

    @Test
    void statisticsBecomeDraftsTheOfficeChecksAndMayCorrect() {
        Fixtures.catalogue(2011, c -> {
        });
        String office = "83" + (System.nanoTime() % 100000 + 100000);
        office = office.substring(0, 8);
        String id = office;
        Fixtures.send("registry.statistics", office, statistics(office, 7436, 10000, OffsetDateTime.now()));
        await("registry-derived drafts of office " + office).atMost(Fixtures.ARRIVAL)
                .until(() -> given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", id)
                        .queryParam("indicatorCode", "1.1.1").queryParam("fiscalYear", 2011).get(RESULTS).then().extract()
                        .jsonPath().getInt("totalItems"), equalTo(2));

        JsonPath results = given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office)
                .queryParam("indicatorCode", "1.1.1").queryParam("fiscalYear", 2011).get(RESULTS).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(9, 12), results.getList("items.round"));
        assertEquals(List.of("DRAFT", "DRAFT"), results.getList("items.state"));
        assertEquals(List.of("REGISTRY", "REGISTRY"), results.getList("items.valueOrigin"));
        assertEquals(74.36f, results.getFloat("items[0].value"));
        assertEquals("PRIMARY", results.getString("items[0].officeKind"));
        // The registry's statistics also tell which schools the office has (for the forms they owe).
        given().auth().oauth2(TestTokens.reviewer()).get("/api/v1/submissions/area-offices").then()
                .body("code", hasItem(office));

        // The office corrects the value; newer figures then do not overwrite it, only update registryValue.
        String resultId = results.getString("items[0].id");
        String collector = officer("somjai", office);
        String etag = given().auth().oauth2(collector).get(RESULTS + "/" + resultId).header("ETag");
        given().auth().oauth2(collector).contentType("application/json").header("If-Match", etag)
                .body("{\"value\": 75.1}").put(RESULTS + "/" + resultId).then().statusCode(200)
                .body("valueOrigin", equalTo("KEYED")).body("registryValue", equalTo(74.36f));
        Fixtures.send("registry.statistics", office, statistics(office, 7500, 10000, OffsetDateTime.now()));
        await("newer registry figures").atMost(Fixtures.ARRIVAL).until(() -> given().auth().oauth2(collector)
                .get(RESULTS + "/" + resultId).then().extract().jsonPath().getFloat("registryValue"), equalTo(75.0f));
        given().auth().oauth2(collector).get(RESULTS + "/" + resultId).then().body("value", equalTo(75.1f));
        given().auth().oauth2(collector).get(RESULTS + "/" + resultId + "/audit").then()
                .body("actor", equalTo(List.of("registry", "somjai", "registry")))
                .body("action", equalTo(List.of("CREATE", "UPDATE", "REGISTRY_FIGURES")));

        // An older event arriving late changes nothing.
        Fixtures.send("registry.statistics", office, statistics(office, 1, 10000, OffsetDateTime.now().minusDays(1)));
        await("the older figures change nothing").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> given().auth().oauth2(collector).get(RESULTS + "/" + resultId).then().extract().jsonPath()
                        .getFloat("registryValue"), equalTo(75.0f));
    }
}
