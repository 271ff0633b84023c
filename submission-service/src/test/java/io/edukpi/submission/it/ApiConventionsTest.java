package io.edukpi.submission.it;

import static io.edukpi.submission.it.Fixtures.RESULTS;
import static io.edukpi.submission.it.Fixtures.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The API's shared conventions as submission-service answers them: years, enum values, pages, ETags, downloads. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class ApiConventionsTest {

    private static final AtomicInteger OFFICES = new AtomicInteger();
    private static final String PROGRESS = "/api/v1/submissions/progress";

    private String office;
    private String collector;

    @BeforeEach
    void catalogueAndOffice() {
        Fixtures.catalogue(2011, c -> {
        });
        office = "84" + String.format("%02d", OFFICES.incrementAndGet()) + (System.nanoTime() % 1000);
        Fixtures.office(office, "PRIMARY");
        collector = officer("somsri", office);
    }

    private Response create(int year, String indicator, int round) {
        return given().auth().oauth2(collector).contentType("application/json")
                .body("{\"fiscalYear\": " + year + ", \"level\": \"OBEC_AGREEMENT\", \"round\": " + round
                        + ", \"indicatorCode\": \"" + indicator + "\", \"value\": 50}")
                .post(RESULTS);
    }

    private static void refused(Response answer, String field, String code, String says) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].code", equalTo(code))
                .body("errors[0].message", containsString(says));
    }

    @Test
    void aBuddhistEraYearIsRefusedNamingTheCommonEraYearEverywhere() {
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2554).get(RESULTS),
                "fiscalYear", "year-era", "2011");
        refused(create(2554, "3.1.4", 6), "fiscalYear", "year-era", "2011");
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2554)
                .queryParam("level", "OBEC_AGREEMENT").queryParam("round", 6).get(PROGRESS), "fiscalYear", "year-era",
                "2011");
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2554)
                .queryParam("level", "OBEC_AGREEMENT").queryParam("round", 6)
                .get("/api/v1/submissions/offices/" + office + "/progress"), "fiscalYear", "year-era", "2011");
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2554)
                .get("/api/v1/submissions/reminders"), "fiscalYear", "year-era", "2011");
    }

    @Test
    void anUnknownEnumValueIsRefusedListingTheAllowedOnes() {
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("state", "submitted").get(RESULTS), "state",
                "unknown-value", "SUBMITTED");
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("level", "obec_agreement").get(RESULTS), "level",
                "unknown-value", "OBEC_AGREEMENT, AREA_OFFICE_MEASURES");
        refused(given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2011)
                .queryParam("level", "AREA").queryParam("round", 6).get(PROGRESS), "level", "unknown-value",
                "AREA_OFFICE_MEASURES");
    }

    @Test
    void resultsArePagedWithTotalsAndLinks() {
        create(2011, "3.1.4", 6).then().statusCode(201);
        create(2011, "1.1.1", 9).then().statusCode(201);
        Response first = given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office)
                .queryParam("size", 1).get(RESULTS);
        first.then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1)).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2)).body("items.size()", equalTo(1))
                .body("items[0].round", equalTo(6));
        String links = first.header("Link");
        assertNotNull(links);
        assertTrue(links.contains("page=1") && links.contains("rel=\"next\"") && links.contains("rel=\"last\""), links);
        assertTrue(links.contains("officeCode=" + office), links);
        given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).queryParam("size", 1)
                .queryParam("page", 1).get(RESULTS).then().statusCode(200).body("items[0].round", equalTo(9))
                .header("Link", containsString("rel=\"prev\""));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("size", 501).get(RESULTS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).get(RESULTS).then()
                .statusCode(200).body("size", equalTo(20));
    }

    @Test
    void readsHaveStableETagsAndAnswer304() {
        Response created = create(2011, "3.1.4", 6);
        created.then().statusCode(201).header("Location", containsString(RESULTS + "/"));
        String id = created.path("id");
        String tag = given().auth().oauth2(collector).get(RESULTS + "/" + id).then().statusCode(200).extract()
                .header("ETag");
        assertEquals(tag, given().auth().oauth2(collector).get(RESULTS + "/" + id).header("ETag"));
        given().auth().oauth2(collector).header("If-None-Match", tag).get(RESULTS + "/" + id).then().statusCode(304);

        String pageTag = given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).get(RESULTS)
                .then().statusCode(200).extract().header("ETag");
        assertNotNull(pageTag);
        assertEquals(pageTag, given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office)
                .get(RESULTS).header("ETag"));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("officeCode", office).header("If-None-Match", pageTag)
                .get(RESULTS).then().statusCode(304);
    }

    @Test
    void aProgressDownloadIsNamedInCommonEraYears() {
        given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2011).queryParam("level", "OBEC_AGREEMENT")
                .queryParam("round", 6).queryParam("format", "csv").get(PROGRESS).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"progress-2011-OBEC_AGREEMENT-6.csv\"; "
                        + "filename*=UTF-8''progress-2011-OBEC_AGREEMENT-6.csv"));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2011).queryParam("level", "OBEC_AGREEMENT")
                .queryParam("round", 6).queryParam("format", "csv")
                .get("/api/v1/submissions/offices/" + office + "/progress").then().statusCode(200)
                .header("Content-Disposition", startsWith(
                        "attachment; filename=\"progress-" + office + "-2011-OBEC_AGREEMENT-6.csv\"; filename*="));
    }
}
