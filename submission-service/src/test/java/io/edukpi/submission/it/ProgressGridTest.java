package io.edukpi.submission.it;

import static io.edukpi.submission.it.ProgressFixtures.LEVEL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.submission.it.ProgressFixtures.RoundDates;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The round as an office x indicator grid, against the real database and broker: a catalogue of fiscal year 2097
 * cut down to four indicators under 3.1, round 6's deadline two days ago and round 9's ten days away. Office 9701
 * has a result in each open state, 9702 has all four certified or accepted (not late), 9703 has none.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class ProgressGridTest {

    private static final int YEAR = 2097;
    private static final String GRID = "/api/v1/submissions/progress/grid";
    private static final String PROGRESS = "/api/v1/submissions/progress";
    private static final List<String> INDICATORS = List.of("3.1.1", "3.1.3", "3.1.4", "3.1.5");
    private static final Set<String> KEPT = Set.of("3.1", "3.1.1", "3.1.3", "3.1.4", "3.1.5");
    private static final String NAME = "สพป.ตาราง, เขต 1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    private static final Map<String, Object> ROUND_6 = Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6);
    private static boolean ready;

    @BeforeEach
    void setUp() {
        synchronized (ProgressGridTest.class) {
            if (ready) {
                return;
            }
            ProgressFixtures.publishCatalogue(YEAR, List.of(
                    new RoundDates(6, TODAY.minusDays(20), TODAY.minusDays(2)),
                    new RoundDates(9, TODAY.plusDays(1), TODAY.plusDays(10)),
                    new RoundDates(12, TODAY.plusDays(60), TODAY.plusDays(75))),
                    indicators -> indicators.removeIf(i -> !KEPT.contains(i.path("code").asText())));
            Fixtures.office("9701", NAME, "PRIMARY");
            Fixtures.office("9702", "SECONDARY");
            Fixtures.office("9703", "PRIMARY");
            // After round 6's deadline every submission is marked late (the catalogue's MARK_LATE policy).
            ProgressFixtures.accepted("9701", YEAR, 6, "3.1.1", "80");
            ProgressFixtures.submitted("9701", YEAR, 6, "3.1.3", "41.5");
            ProgressFixtures.draft("9701", YEAR, 6, "3.1.4", "39");
            ProgressFixtures.returned("9701", YEAR, 6, "3.1.5", "35");
            ProgressFixtures.accepted("9702", YEAR, 6, "3.1.1", "81");
            ProgressFixtures.certified("9702", YEAR, 6, "3.1.3", "42");
            ProgressFixtures.certified("9702", YEAR, 6, "3.1.4", "40");
            ProgressFixtures.certified("9702", YEAR, 6, "3.1.5", "36");
            ready = true;
        }
    }

    @Test
    void everyOfficeHasOneCellPerExpectedIndicatorWithItsStateAndLateness() {
        JsonPath grid = given().auth().oauth2(TestTokens.reviewer()).queryParams(ROUND_6).get(GRID)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(2640, grid.getInt("fiscalYearBe"));
        assertEquals(TODAY.minusDays(2).toString(), grid.getString("deadline"));
        assertEquals(-2, grid.getInt("daysLeft"));
        assertEquals(INDICATORS, grid.getList("indicators.code"));
        assertFalse(grid.getString("indicators[0].nameTh").isBlank());
        assertEquals(TODAY.minusDays(2).toString(), grid.getString("indicators[2].deadline"));

        String first = "offices.find { it.officeCode == '9701' }";
        assertEquals(NAME, grid.getString(first + ".officeNameTh"));
        assertEquals("PRIMARY", grid.getString(first + ".officeKind"));
        assertEquals(true, grid.getBoolean(first + ".late"));
        assertEquals(-2, grid.getInt(first + ".daysLeft"));
        assertEquals(INDICATORS, grid.getList(first + ".cells.indicatorCode"));
        assertEquals(List.of("ACCEPTED", "SUBMITTED", "DRAFT", "RETURNED"), grid.getList(first + ".cells.state"));
        assertEquals(List.of(true, true, false, true), grid.getList(first + ".cells.late"), "the draft was never submitted");
        assertEquals(List.of(false, true, true, true), grid.getList(first + ".cells.overdue"));

        String done = "offices.find { it.officeCode == '9702' }";
        assertEquals(false, grid.getBoolean(done + ".late"), "all four certified or accepted");
        assertEquals(List.of("ACCEPTED", "CERTIFIED", "CERTIFIED", "CERTIFIED"), grid.getList(done + ".cells.state"));
        assertEquals(List.of(false, false, false, false), grid.getList(done + ".cells.overdue"));

        String none = "offices.find { it.officeCode == '9703' }";
        assertEquals(true, grid.getBoolean(none + ".late"));
        assertEquals(Arrays.asList(null, null, null, null), grid.getList(none + ".cells.state"));

        // Counted as the per-office progress counts: the same offices, each late exactly when it is there.
        JsonPath progress = given().auth().oauth2(TestTokens.dashboard()).queryParams(ROUND_6).get(PROGRESS)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Boolean> lateThere = new HashMap<>();
        progress.getList("offices", Map.class)
                .forEach(o -> lateThere.put((String) o.get("officeCode"), (Boolean) o.get("late")));
        Map<String, Boolean> lateHere = new HashMap<>();
        given().auth().oauth2(TestTokens.dashboard()).queryParams(ROUND_6).get(GRID).then().statusCode(200).extract()
                .jsonPath().getList("offices", Map.class)
                .forEach(o -> lateHere.put((String) o.get("officeCode"), (Boolean) o.get("late")));
        assertEquals(lateThere, lateHere);
    }

    @Test
    void lateOnlyKeepsTheLateOffices() {
        JsonPath late = given().auth().oauth2(TestTokens.obecAdmin()).queryParams(ROUND_6).queryParam("lateOnly", true)
                .get(GRID).then().statusCode(200).extract().jsonPath();
        List<String> codes = late.getList("offices.officeCode");
        assertTrue(codes.containsAll(List.of("9701", "9703")), codes::toString);
        assertFalse(codes.contains("9702"), codes::toString);
        assertEquals(List.of(), late.getList("offices.findAll { !it.late }"));
        assertEquals(true, late.getBoolean("lateOnly"));
        List<String> every = given().auth().oauth2(TestTokens.obecAdmin()).queryParams(ROUND_6)
                .queryParam("lateOnly", false).get(GRID).then().statusCode(200).extract().path("offices.officeCode");
        assertEquals(codes.size() + 1, every.size(), "only 9702 finished round 6");
        given().auth().oauth2(TestTokens.obecAdmin()).queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 9))
                .queryParam("lateOnly", true).get(GRID).then().statusCode(200)
                .body("daysLeft", equalTo(10), "offices.size()", equalTo(0));
    }

    @Test
    void csvHasOneRowPerOfficeAndIndicator() {
        for (var request : List.of(given().accept("text/csv"), given().queryParam("format", "csv"))) {
            byte[] bytes = request.auth().oauth2(TestTokens.reviewer()).queryParams(ROUND_6).get(GRID)
                    .then().statusCode(200).contentType(containsString("text/csv"))
                    .header("Content-Disposition", containsString("attachment"))
                    .header("Content-Disposition", containsString("progress-grid-2097-OBEC_AGREEMENT-6.csv"))
                    .extract().asByteArray();
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFofficeCode,officeNameTh,officeKind,officeLate,indicatorCode,indicatorNameTh,"
                    + "state,late,overdue,deadline,daysLeft\r\n"), text);
            List<String> lines = Arrays.asList(text.split("\r\n"));
            String deadline = TODAY.minusDays(2).toString();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("9701,\"สพป.ตาราง, เขต 1\",PRIMARY,true,3.1.4,")
                    && l.endsWith(",DRAFT,false,true," + deadline + ",-2")), () -> String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("9703,") && l.contains(",3.1.5,")
                    && l.endsWith(",NOT_STARTED,false,true," + deadline + ",-2")), () -> String.join("\n", lines));
            int offices = given().auth().oauth2(TestTokens.reviewer()).queryParams(ROUND_6).get(GRID).then()
                    .extract().path("offices.size()");
            assertEquals(1 + offices * INDICATORS.size(), lines.size());
        }
        String late = given().auth().oauth2(TestTokens.reviewer()).queryParams(ROUND_6)
                .queryParams(Map.of("format", "csv", "lateOnly", "true")).get(GRID).then().statusCode(200).extract()
                .asString();
        assertTrue(late.contains("\r\n9701,") && !late.contains("\r\n9702,"), late);
    }

    @Test
    void anAreaOfficerSeesOnlyItsOwnOfficesRow() {
        JsonPath own = given().auth().oauth2(ProgressFixtures.collector("9701")).queryParams(ROUND_6).get(GRID)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("9701"), own.getList("offices.officeCode"));
        assertEquals(4, own.getList("offices[0].cells").size());
        String csv = given().auth().oauth2(ProgressFixtures.collector("9702")).queryParams(ROUND_6)
                .queryParam("format", "csv").get(GRID).then().statusCode(200).extract().asString();
        assertEquals(1 + INDICATORS.size(), csv.split("\r\n").length, csv);
        assertTrue(Arrays.stream(csv.split("\r\n")).skip(1).allMatch(l -> l.startsWith("9702,")), csv);
        given().auth().oauth2(TestTokens.schoolOfficer("9701", "9701000001")).queryParams(ROUND_6).get(GRID).then()
                .statusCode(403);
    }

    @Test
    void badQueriesAnswerProblemsInThaiAndEnglish() {
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", 2640, "level", LEVEL, "round", 6))
                .get(GRID).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].code", equalTo("year-era")).body("errors[0].field", equalTo("fiscalYear"))
                .body("errors[0].message", containsString("2097")).body("errors[0].messageTh", containsString("2097"))
                .body("titleTh", not(emptyOrNullString()));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", YEAR, "level", "obec", "round", 6))
                .get(GRID).then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(ROUND_6).queryParam("lateOnly", "yes").get(GRID)
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-value"))
                .body("errors[0].field", equalTo("lateOnly")).body("errors[0].message", containsString("true, false"))
                .body("errors[0].messageTh", containsString("true, false"));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(ROUND_6).queryParam("format", "xml").get(GRID)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 7))
                .get(GRID).then().statusCode(422).body("detail", containsString("no round 7"));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", 2196, "level", LEVEL, "round", 6))
                .get(GRID).then().statusCode(404);
    }
}
