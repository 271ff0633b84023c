package io.edukpi.submission.it;

import static io.edukpi.submission.it.ProgressFixtures.LEVEL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
 * Progress per round for OBEC and for one office, against the real database and broker, with a catalogue of
 * fiscal year 2092 whose round 6 deadline passed two days ago and whose round 9 deadline is ten days away.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
class ProgressTest {

    private static final int YEAR = 2092;
    private static final String PROGRESS = "/api/v1/submissions/progress";
    private static final String OFFICE_PROGRESS = "/api/v1/submissions/offices/{office}/progress";
    private static final String COMMA_NAME = "สพป.ทดสอบ, เขต 1";
    private static final String QUOTE_NAME = "สพม.ทดสอบ \"คุณภาพ\" เขต 2";
    /** A name a spreadsheet would run as a formula, were it written as it is. */
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"สพป.คลิก\")";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    private static boolean ready;

    @BeforeEach
    void setUp() {
        synchronized (ProgressTest.class) {
            if (ready) {
                return;
            }
            ProgressFixtures.publishCatalogue(YEAR, List.of(
                    new RoundDates(6, TODAY.minusDays(20), TODAY.minusDays(2)),
                    new RoundDates(9, TODAY.plusDays(1), TODAY.plusDays(10)),
                    new RoundDates(12, TODAY.plusDays(60), TODAY.plusDays(75))), indicators -> {
                    });
            Fixtures.office("9201", COMMA_NAME, "PRIMARY");
            Fixtures.office("9202", QUOTE_NAME, "SECONDARY");
            Fixtures.office("9203", FORMULA_NAME, "PRIMARY");
            // Round 6, after its deadline: every submission is marked late (the catalogue's MARK_LATE policy).
            ProgressFixtures.accepted("9201", YEAR, 6, "3.1.1", "80");
            ProgressFixtures.submitted("9201", YEAR, 6, "3.1.3", "41.5");
            ProgressFixtures.draft("9201", YEAR, 6, "3.1.4", "39");
            ProgressFixtures.returned("9201", YEAR, 6, "3.1.5", "35");
            ProgressFixtures.certified("9201", YEAR, 6, "3.1.6", "30");
            ProgressFixtures.schools("9201", Map.of("9201000001", "โรงเรียนบ้านหนึ่ง", "9201000002", "โรงเรียนบ้านสอง",
                    "9201000003", "โรงเรียนบ้านสาม"));
            ready = true;
        }
    }

    @Test
    void obecSeesEveryOfficeWithResultsPerStateNotStartedAndLateness() {
        JsonPath body = given().auth().oauth2(TestTokens.reviewer())
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6)).get(PROGRESS)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(2635, body.getInt("fiscalYearBe"));
        assertEquals(TODAY.minusDays(2).toString(), body.getString("deadline"));
        assertEquals(-2, body.getInt("daysLeft"));
        Map<String, Object> first = body.getMap("offices.find { it.officeCode == '9201' }");
        assertEquals(COMMA_NAME, first.get("officeNameTh"));
        assertEquals("PRIMARY", first.get("officeKind"));
        assertEquals(16, first.get("expected"));
        assertEquals(11, first.get("notStarted"));
        assertEquals(1, first.get("draft"));
        assertEquals(1, first.get("submitted"));
        assertEquals(1, first.get("certified"));
        assertEquals(1, first.get("accepted"));
        assertEquals(1, first.get("returned"));
        assertEquals(4, first.get("lateSubmissions"), "3.1.1, 3.1.3, 3.1.5 and 3.1.6 were submitted after the deadline");
        assertEquals(true, first.get("late"));
        assertEquals(-2, first.get("daysLeft"));
        Map<String, Object> second = body.getMap("offices.find { it.officeCode == '9202' }");
        assertEquals(16, second.get("notStarted"));
        assertEquals(0, second.get("lateSubmissions"));
        assertEquals(true, second.get("late"));
        // Only this class keys results for 2092, so the totals over every office are this class's figures.
        int offices = body.getList("offices").size();
        assertEquals(offices, body.getInt("totals.offices"));
        assertEquals(16 * offices, body.getInt("totals.expected"));
        assertEquals(16 * offices - 5, body.getInt("totals.notStarted"));
        assertEquals(1, body.getInt("totals.accepted"));
        assertEquals(1, body.getInt("totals.returned"));
        assertEquals(4, body.getInt("totals.lateSubmissions"));
        assertEquals(offices, body.getInt("totals.lateOffices"), "nobody finished round 6 before its deadline");

        JsonPath round9 = given().auth().oauth2(TestTokens.dashboard())
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 9)).get(PROGRESS)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> open = round9.getMap("offices.find { it.officeCode == '9202' }");
        assertEquals(19, open.get("expected"), "1.1.1, 1.1.2 and 1.1.3 start in round 9");
        assertEquals(false, open.get("late"));
        assertEquals(10, open.get("daysLeft"));
    }

    @Test
    void obecProgressAsCsvHasBomEnglishHeaderAndQuotedThaiNames() {
        for (var request : List.of(given().accept("text/csv"), given().queryParam("format", "csv"))) {
            byte[] bytes = request.auth().oauth2(TestTokens.obecAdmin())
                    .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6)).get(PROGRESS)
                    .then().statusCode(200).contentType(containsString("text/csv"))
                    .header("Content-Disposition", containsString("progress-2092-OBEC_AGREEMENT-6.csv"))
                    .extract().asByteArray();
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                    "UTF-8 byte order mark");
            String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
            List<String> lines = Arrays.asList(text.split("\r\n"));
            assertEquals("officeCode,officeNameTh,officeKind,expected,notStarted,draft,submitted,certified,accepted,"
                    + "returned,lateSubmissions,late,deadline,daysLeft", lines.get(0));
            String deadline = TODAY.minusDays(2).toString();
            assertTrue(lines.contains("9201,\"สพป.ทดสอบ, เขต 1\",PRIMARY,16,11,1,1,1,1,1,4,true," + deadline + ",-2"),
                    () -> "9201's row in " + lines);
            assertTrue(lines.contains("9202,\"สพม.ทดสอบ \"\"คุณภาพ\"\" เขต 2\",SECONDARY,16,16,0,0,0,0,0,0,true,"
                    + deadline + ",-2"), () -> "9202's row in " + lines);
        }
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreWrittenAsText() {
        String text = given().auth().oauth2(TestTokens.obecAdmin()).queryParam("format", "csv")
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6)).get(PROGRESS)
                .then().statusCode(200).extract().asString();
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("9203,\"'=HYPERLINK(\"\"http://evil.example\"\",")),
                () -> "9203's row in " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains(",=") || l.contains(",\"=")), () -> String.join("\n", lines));
        // JSON carries the name as it is
        given().auth().oauth2(TestTokens.obecAdmin()).queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6))
                .get(PROGRESS).then().statusCode(200)
                .body("offices.find { it.officeCode == '9203' }.officeNameTh", equalTo(FORMULA_NAME));
    }

    @Test
    void anOddAcceptHeaderAnswersJsonOrANotAcceptableProblem() {
        var query = Map.<String, Object> of("fiscalYear", YEAR, "level", LEVEL, "round", 6);
        for (String accept : List.of("", "a\tb", "x".repeat(9000), "9".repeat(30), "/", "*/*;q=0")) {
            for (var request : List.of(
                    given().auth().oauth2(TestTokens.reviewer()).header("Accept", accept).queryParams(query)
                            .when().get(PROGRESS),
                    given().auth().oauth2(ProgressFixtures.collector("9201")).header("Accept", accept)
                            .queryParams(query).when().get(OFFICE_PROGRESS, "9201"))) {
                int status = request.statusCode();
                String type = request.contentType();
                String shown = accept.length() > 40 ? accept.substring(0, 40) + "..." : accept;
                assertTrue(status == 200 && type.startsWith("application/json")
                        || status == 406 && type.startsWith("application/problem+json"),
                        () -> "Accept '" + shown + "' answered " + status + " " + type + ": " + request.asString());
            }
        }
    }

    @Test
    void unchangedProgressAnswers304ToIfNoneMatch() {
        var query = Map.<String, Object> of("fiscalYear", YEAR, "level", LEVEL, "round", 6);
        for (String type : List.of("text/csv", "application/json")) {
            String tag = given().auth().oauth2(TestTokens.reviewer()).accept(type).queryParams(query).get(PROGRESS)
                    .then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(TestTokens.reviewer()).accept(type).header("If-None-Match", tag).queryParams(query)
                    .get(PROGRESS).then().statusCode(304);
        }
    }

    @Test
    void officeSeesEachIndicatorAndTheSchoolsThatOweAForm() {
        // One school fills its form (2) of 3.1.2 for round 9: that opens the office's result as a draft.
        given().auth().oauth2(TestTokens.schoolOfficer("9201", "9201000002")).contentType(ContentType.JSON)
                .body("{\"checklists\": {\"qaActivities\": [\"a1\", \"a2\", \"a3\", \"a4\", \"a5\", \"a6\", \"a7\", \"a8\"]}}")
                .put("/api/v1/submissions/schools/9201000002/forms/{y}/{l}/9/3.1.2", YEAR, LEVEL).then().statusCode(200);
        JsonPath body = given().auth().oauth2(ProgressFixtures.collector("9201"))
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 9)).get(OFFICE_PROGRESS, "9201")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(10, body.getInt("daysLeft"));
        assertEquals(19, body.getList("indicators").size());
        assertEquals("1.1.1", body.getString("indicators[0].indicatorCode"), "indicators in code order");
        Map<String, Object> form = body.getMap("indicators.find { it.indicatorCode == '3.1.2' }");
        assertEquals("DRAFT", form.get("state"));
        assertEquals(false, form.get("notStarted"));
        assertEquals(3, form.get("schoolsKnown"));
        assertEquals(1, form.get("schoolsFilled"));
        assertEquals(List.of("9201000001", "9201000003"), body.getList(
                "indicators.find { it.indicatorCode == '3.1.2' }.schoolsWithoutForm.schoolCode"));
        assertEquals("โรงเรียนบ้านหนึ่ง", body.getString(
                "indicators.find { it.indicatorCode == '3.1.2' }.schoolsWithoutForm[0].schoolNameTh"));
        Map<String, Object> notStarted = body.getMap("indicators.find { it.indicatorCode == '3.1.14' }");
        assertEquals(null, notStarted.get("state"));
        assertEquals(true, notStarted.get("notStarted"));
        assertEquals(3, ((List<?>) notStarted.get("schoolsWithoutForm")).size(), "no result yet: every school owes");
        Map<String, Object> manual = body.getMap("indicators.find { it.indicatorCode == '3.1.1' }");
        assertEquals(null, manual.get("schoolsWithoutForm"), "a keyed indicator owes no school forms");
        assertEquals(10, manual.get("daysLeft"));
        assertEquals(TODAY.plusDays(10).toString(), manual.get("deadline"));

        JsonPath round6 = given().auth().oauth2(TestTokens.reviewer())
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6)).get(OFFICE_PROGRESS, "9201")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> accepted = round6.getMap("indicators.find { it.indicatorCode == '3.1.1' }");
        assertEquals("ACCEPTED", accepted.get("state"));
        assertEquals(true, accepted.get("late"));
        assertEquals(false, accepted.get("overdue"));
        assertEquals(80.0f, ((Number) accepted.get("value")).floatValue());
        Map<String, Object> draft = round6.getMap("indicators.find { it.indicatorCode == '3.1.4' }");
        assertEquals(true, draft.get("overdue"), "not certified and the deadline has passed");
        assertEquals(11, round6.getInt("summary.notStarted"));
        assertEquals(true, round6.getBoolean("summary.late"));
    }

    @Test
    void officeProgressAsCsv() {
        String text = given().auth().oauth2(ProgressFixtures.collector("9201")).accept("text/csv")
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6)).get(OFFICE_PROGRESS, "9201")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(text.startsWith("\uFEFFofficeCode,indicatorCode,indicatorName,resultSource,state,late,overdue,value,"
                + "stepsCompleted,resultId,deadline,daysLeft,schoolsKnown,schoolsFilled,schoolsWithoutForm\r\n"), text);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertEquals(17, lines.size(), "header and 16 indicators");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("9201,3.1.1,") && l.contains(",MANUAL,ACCEPTED,true,false,80,,")),
                () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("9201,3.1.2,") && l.contains(",FORM,NOT_STARTED,")
                && l.endsWith(",3,0,9201000001 9201000002 9201000003")), () -> String.join("\n", lines));
    }

    @Test
    void anotherOfficeAnswers404LikeAMissingOne() {
        var query = Map.<String, Object> of("fiscalYear", YEAR, "level", LEVEL, "round", 6);
        String other = given().auth().oauth2(ProgressFixtures.collector("9202")).queryParams(query)
                .get(OFFICE_PROGRESS, "9201").then().statusCode(404).contentType(containsString("application/problem+json"))
                .extract().path("title");
        String missing = given().auth().oauth2(TestTokens.obecAdmin()).queryParams(query)
                .get(OFFICE_PROGRESS, "9299").then().statusCode(404).extract().path("title");
        assertEquals(missing, other);
        given().auth().oauth2(TestTokens.dashboard()).queryParams(query).get(OFFICE_PROGRESS, "9201")
                .then().statusCode(403);
        given().auth().oauth2(ProgressFixtures.collector("9201")).queryParams(query).get(PROGRESS).then().statusCode(403);
    }

    @Test
    void badQueriesAnswerProblems() {
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL))
                .get(PROGRESS).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body(containsString("round"));
        given().auth().oauth2(TestTokens.reviewer())
                .queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 6, "format", "xml"))
                .get(PROGRESS).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", YEAR, "level", LEVEL, "round", 7))
                .get(PROGRESS).then().statusCode(422).body("detail", containsString("no round 7"));
        given().auth().oauth2(TestTokens.reviewer()).queryParams(Map.of("fiscalYear", 2191, "level", LEVEL, "round", 6))
                .get(PROGRESS).then().statusCode(404);
    }
}
