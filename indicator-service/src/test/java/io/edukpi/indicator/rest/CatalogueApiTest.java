package io.edukpi.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.EventSchemas;
import io.edukpi.devstack.TestTokens;
import io.edukpi.devstack.TopicReader;
import io.edukpi.indicator.SeedData;
import io.edukpi.indicator.spreadsheet.XlsxFormat;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The catalogue API on the real PostgreSQL and Kafka broker, with real signed tokens. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "indicator"))
class CatalogueApiTest {

    private static final String BASE = "/api/v1/catalogues";
    private static final String TOPIC = "catalogue.published";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestAssuredConfig BINARY = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs(XlsxFormat.MEDIA_TYPE, ContentType.BINARY)
            .encodeContentTypeAs("text/csv", ContentType.BINARY));

    private static RequestSpecification admin() {
        return given().config(BINARY).auth().oauth2(TestTokens.obecAdmin());
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(TestTokens.areaOfficer("5001"));
    }

    private static String seedId(int fiscalYear, String level) {
        return officer().queryParam("fiscalYear", fiscalYear).queryParam("level", level).queryParam("status", "PUBLISHED")
                .get(BASE).then().statusCode(200).body("items", hasSize(1)).body("items[0].version", is(1))
                .extract().path("items[0].id");
    }

    private static String obecSeedId() {
        return seedId(2011, "OBEC_AGREEMENT");
    }

    // ------------------------------------------------------------------ the shipped catalogue

    @Test
    void aFreshStartHasTheSeedCataloguePublished() {
        String id = obecSeedId();
        officer().get(BASE + "/" + id + "/indicators/3.1.3").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", is("PUBLISHED"))
                .body("ancestors", equalTo(List.of("3.1")))
                .body("indicator.unit", is("ระดับ"))
                .body("indicator.weight", is(0.77f))
                .body("indicator.criterion.type", is("THRESHOLD"))
                .body("indicator.criterion.thresholds", equalTo(List.of(34.58f, 36.58f, 38.58f, 40.58f, 42.58f)))
                .body("indicator.criterion.step", is(2))
                .body("indicator.target.text", is("ร้อยละ 42.58 (ระดับ 5)"))
                .body("indicator.baselines.fiscalYear", equalTo(List.of(2008, 2009, 2010)))
                .body("indicator.baselines.value", equalTo(List.of(36.58f, 42.02f, 38.58f)));
        officer().get(BASE + "/" + id + "/indicators/1.1.10").then().statusCode(200)
                .body("children", equalTo(List.of("1.1.10.1", "1.1.10.2")));
        for (String child : List.of("1.1.10.1", "1.1.10.2")) {
            officer().get(BASE + "/" + id + "/indicators/" + child).then().statusCode(200)
                    .body("indicator.weight", is(2)).body("indicator.criterion.type", is("MILESTONE"))
                    .body("indicator.criterion.steps", hasSize(5));
        }
        officer().get(BASE + "/" + id + "/indicators/3.1.2").then().statusCode(200)
                .body("indicator.resultSource.type", is("FORM"))
                .body("indicator.resultSource.numerator", is("count(schools where allDone(qaActivities))"))
                .body("indicator.forms.level", hasItems("AREA_OFFICE", "SCHOOL"))
                .body("findings", hasSize(0));
        // Source inconsistencies stay as printed and are visible as warnings.
        officer().get(BASE + "/" + id).then().statusCode(200)
                .body("findings.findAll { it.severity == 'WARNING' }.path",
                        hasItems("indicators[3.1.12].unit", "indicators[3.2].weight"))
                .body("catalogue.indicators.find { it.code == '3.1.12' }.unit", is("ระดับ"));
        officer().get(BASE + "/" + id + "/tree").then().statusCode(200)
                .body("indicators.code", hasItems("1.1", "3.1", "3.2"))
                .body("indicators.find { it.code == '1.1' }.children.find { it.code == '1.1.10' }.children.code",
                        equalTo(List.of("1.1.10.1", "1.1.10.2")));
        seedId(2020, "AREA_OFFICE_MEASURES");
    }

    @Test
    void theSeedsWereAnnouncedOnceEachWithTheFullTree() {
        String id = obecSeedId();
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> r.value().contains(id), 2, Duration.ofSeconds(5));
            assertEquals(1, events.size());
            ConsumerRecord<String, String> event = events.get(0);
            assertEquals("2011:OBEC_AGREEMENT", event.key());
            EventSchemas.ofProject().assertValid(TOPIC, event.value());
            JsonNode payload = JSON.readTree(event.value());
            assertEquals(2554, payload.get("fiscalYearBe").asInt());
            assertEquals(23, payload.get("catalogue").get("indicators").size());
            assertEquals("edukpi.catalogue.published.v1", header(event, "ce_type"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ lifecycle and events

    @Test
    void publishingAnnouncesExactlyOnceAndNeverMakesTwoVersions() throws IOException {
        int year = ThreadLocalRandom.current().nextInt(2100, 2140);
        String draft = admin().contentType(ContentType.JSON).body(tiny(year)).post(BASE).then().statusCode(201)
                .body("summary.status", is("DRAFT")).body("summary.version", is(1)).extract().path("summary.id");
        admin().post(BASE + "/" + draft + "/publish").then().statusCode(200).body("summary.status", is("PUBLISHED"));
        admin().post(BASE + "/" + draft + "/publish").then().statusCode(200).body("summary.version", is(1));
        officer().queryParam("fiscalYear", year).get(BASE).then().statusCode(200).body("totalItems", is(1));
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> r.value().contains(draft), 2,
                    Duration.ofSeconds(6));
            assertEquals(1, events.size(), "one event per published version");
            assertEquals(year + ":AREA_OFFICE_MEASURES", events.get(0).key());
            EventSchemas.ofProject().assertValid(TOPIC, events.get(0).value());
            assertTrue(header(events.get(0), "ce_id").length() > 0);
        }
        // A published version is immutable: edits answer 409 and change nothing.
        admin().contentType(ContentType.JSON).body(tiny(year)).put(BASE + "/" + draft).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("titleTh", notNullValue());
        admin().delete(BASE + "/" + draft + "/indicators/1").then().statusCode(409);
        // Copy into a new draft, change it, publish it as version 2, archive version 1.
        Response copy = admin().header("Idempotency-Key", "copy-" + year).post(BASE + "/" + draft + "/copy");
        copy.then().statusCode(201).body("summary.version", is(2)).body("summary.copiedFrom", is(draft));
        String v2 = copy.path("summary.id");
        // A retried copy with the same key gets the first answer, not a second draft (nor a 409).
        admin().header("Idempotency-Key", "copy-" + year).post(BASE + "/" + draft + "/copy").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("summary.id", is(v2));
        admin().post(BASE + "/" + draft + "/copy").then().statusCode(409);
        String etag = copy.header("ETag");
        ObjectNode indicator = (ObjectNode) JSON.readTree(tiny(year)).get("indicators").get(0);
        indicator.put("code", "2").put("name", "ตัวชี้วัดที่สอง");
        admin().header("If-Match", etag).contentType(ContentType.JSON).body(indicator.toString())
                .post(BASE + "/" + v2 + "/indicators").then().statusCode(201);
        admin().header("If-Match", etag).contentType(ContentType.JSON).body(indicator.toString())
                .post(BASE + "/" + v2 + "/indicators").then().statusCode(412).body("type", startsWith("https://"));
        admin().contentType(ContentType.JSON).body("{\"parentCode\":\"1\"}").post(BASE + "/" + v2 + "/indicators/2/move")
                .then().statusCode(200).body("catalogue.indicators.find { it.code == '2' }.parentCode", is("1"));
        admin().contentType(ContentType.JSON).body("{\"parentCode\":\"2\"}").post(BASE + "/" + v2 + "/indicators/1/move")
                .then().statusCode(422).body("errors.code", hasItem("cycle"));
        admin().contentType(ContentType.JSON).body("{\"parentCode\":\"9\"}").post(BASE + "/" + v2 + "/indicators/2/move")
                .then().statusCode(422).body("errors.field", hasItem("indicators[2].parentCode"));
        admin().contentType(ContentType.JSON).body("{\"parentCode\":null}").post(BASE + "/" + v2 + "/indicators/2/move")
                .then().statusCode(200);
        indicator.put("weight", 3);
        admin().contentType(ContentType.JSON).body(indicator.toString()).put(BASE + "/" + v2 + "/indicators/2")
                .then().statusCode(200).body("indicator.weight", is(3));
        admin().queryParam("from", draft).get(BASE + "/" + v2 + "/diff").then().statusCode(200)
                .body("added", equalTo(List.of("2"))).body("removed", hasSize(0)).body("changed", hasSize(0));
        admin().post(BASE + "/" + v2 + "/publish").then().statusCode(200).body("summary.version", is(2));
        admin().post(BASE + "/" + draft + "/archive").then().statusCode(200).body("summary.status", is("ARCHIVED"));
        officer().queryParam("fiscalYear", year).queryParam("status", "PUBLISHED").get(BASE).then()
                .body("items.version", equalTo(List.of(2)));
    }

    @Test
    void concurrentPublishesOfOneDraftMakeOneVersionAndOneEvent() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(2160, 2200);
        String draft = admin().contentType(ContentType.JSON).body(tiny(year)).post(BASE).then().statusCode(201)
                .extract().path("summary.id");
        var pool = Executors.newFixedThreadPool(4);
        try {
            var answers = pool.invokeAll(Collections.nCopies(4,
                    () -> admin().post(BASE + "/" + draft + "/publish").then().extract().statusCode()));
            for (var answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        officer().queryParam("fiscalYear", year).get(BASE).then().body("totalItems", is(1)).body("items[0].version", is(1));
        try (TopicReader reader = new TopicReader(DevStackResource.servers().kafka().bootstrapServers(), TOPIC)) {
            assertEquals(1, reader.await(r -> r.value().contains(draft), 2, Duration.ofSeconds(6)).size());
        }
    }

    @Test
    void draftsAreForAdminsAndReviewersOnly() {
        int year = ThreadLocalRandom.current().nextInt(2140, 2160);
        String draft = admin().contentType(ContentType.JSON).body(tiny(year)).post(BASE).then().statusCode(201)
                .extract().path("summary.id");
        given().auth().oauth2(TestTokens.reviewer()).get(BASE + "/" + draft).then().statusCode(200);
        officer().get(BASE + "/" + draft).then().statusCode(404).contentType(startsWith("application/problem+json"));
        officer().queryParam("fiscalYear", year).get(BASE).then().statusCode(200).body("totalItems", is(0));
        officer().contentType(ContentType.JSON).body(tiny(year + 1)).post(BASE).then().statusCode(403);
        given().get(BASE).then().statusCode(401);
        given().auth().oauth2(TestTokens.reviewer()).post(BASE + "/" + draft + "/publish").then().statusCode(403);
        // A second draft of the same catalogue is refused; deleting the draft removes it.
        admin().contentType(ContentType.JSON).body(tiny(year)).post(BASE).then().statusCode(409);
        admin().delete(BASE + "/" + draft).then().statusCode(204);
        admin().get(BASE + "/" + draft).then().statusCode(404);
    }

    @Test
    void readsHonourIfNoneMatchAndYearsInBothEras() {
        String id = obecSeedId();
        String etag = officer().get(BASE + "/" + id).then().statusCode(200).extract().header("ETag");
        officer().header("If-None-Match", etag).get(BASE + "/" + id).then().statusCode(304);
        officer().header("If-None-Match", etag).get(BASE + "/" + id + "/indicators/3.1.3").then().statusCode(304);
        String listTag = officer().queryParam("fiscalYear", 2011).get(BASE).then().statusCode(200).extract().header("ETag");
        officer().queryParam("fiscalYear", 2011).header("If-None-Match", listTag).get(BASE).then().statusCode(304);
        // A B.E. year is refused naming the C.E. year meant, never answered with an empty list.
        officer().queryParam("fiscalYear", 2554).get(BASE).then().statusCode(400)
                .body("errors.field", hasItem("fiscalYear")).body("errors.code", hasItem("year-era"))
                .body("errors.message", hasItem(containsString("2011")));
        officer().queryParam("level", "NOPE").queryParam("status", "GONE").get(BASE).then().statusCode(400)
                .body("errors.field", hasItems("level", "status"));
        // Enum values are exact: a lower-case one is refused listing the allowed values, never matches nothing.
        officer().queryParam("status", "published").get(BASE).then().statusCode(400)
                .body("errors.code", hasItem("unknown-value"))
                .body("errors.message", hasItem(containsString("PUBLISHED, ARCHIVED")));
        // Every list pages the same way: totals in the body, RFC 8288 links in the header.
        officer().queryParam("status", "PUBLISHED").queryParam("size", 1).get(BASE).then().statusCode(200)
                .body("page", is(0)).body("size", is(1)).body("items", hasSize(1))
                .header("Link", containsString("page=1&size=1>; rel=\"next\""))
                .header("Link", containsString("rel=\"last\""));
        officer().queryParam("size", 501).get(BASE).then().statusCode(400).body("errors.field", hasItem("size"));
        // The fuzzer's page 1050340001: page x size overflowed into a negative offset and a 500.
        officer().queryParam("page", 1_050_340_001).get(BASE).then().statusCode(400)
                .body("errors.field", hasItem("page"));
        officer().get(BASE + "/" + id + "/indicators/9.9.9").then().statusCode(404);
        officer().queryParam("fiscalYear", "สองพัน").get(BASE).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        officer().get(BASE + "/not-a-uuid").then().statusCode(404).contentType(startsWith("application/problem+json"));
        officer().queryParam("from", id).get(BASE + "/" + id + "/diff").then().statusCode(200).body("empty", is(true));
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void jsonXlsxAndCsvRoundTripsShowNoChange() {
        String id = obecSeedId();
        officer().queryParam("format", "XLSX").get(BASE + "/" + id + "/export").then().statusCode(400)
                .body("errors.code", hasItem("unknown-value"))
                .body("errors.message", hasItem(containsString("json, xlsx, csv")));
        for (String format : List.of("json", "xlsx", "csv")) {
            Response export = officer().queryParam("format", format).get(BASE + "/" + id + "/export");
            String file = "catalogue-2011-obec_agreement-v1." + format;
            export.then().statusCode(200).header("Content-Disposition",
                    equalTo("attachment; filename=\"" + file + "\"; filename*=UTF-8''" + file));
            officer().queryParam("format", format).header("If-None-Match", export.header("ETag"))
                    .get(BASE + "/" + id + "/export").then().statusCode(304);
            String type = format.equals("json") ? "application/json"
                    : format.equals("xlsx") ? XlsxFormat.MEDIA_TYPE : "text/csv";
            String draft = admin().contentType(type).body(export.asByteArray()).post(BASE + "/import").then().statusCode(201)
                    .body("dryRun", is(false)).body("version", is(2)).extract().path("createdId");
            admin().queryParam("from", id).get(BASE + "/" + draft + "/diff").then().statusCode(200)
                    .body("empty", is(true));
            admin().delete(BASE + "/" + draft).then().statusCode(204);
        }
    }

    @Test
    void dryRunReportsAndWritesNothing() throws IOException {
        String id = obecSeedId();
        ObjectNode changed = (ObjectNode) JSON.readTree(SeedData.bytes(SeedData.OBEC_2554));
        ((ObjectNode) indicator(changed, "3.1.3")).put("weight", 0.8);
        ((ArrayNode) changed.get("indicators")).remove(indexOf(changed, "3.1.14"));
        long before = count(2011);
        admin().contentType(ContentType.JSON).queryParam("dryRun", true).body(changed.toString()).post(BASE + "/import")
                .then().statusCode(200).body("dryRun", is(true)).body("valid", is(true)).body("comparedWith", is(id))
                .body("version", is(2)).body("changes.removed", equalTo(List.of("3.1.14")))
                .body("changes.changed.find { it.code == '3.1.3' }.fields", equalTo(List.of("weight")))
                .body("findings.path", hasItem("indicators[3.1.12].unit"));
        assertEquals(before, count(2011));
    }

    // ------------------------------------------------------------------ bad inputs

    @Test
    void invalidCataloguesAreRefusedWithEveryFinding() throws IOException {
        long before = count(2011);
        ObjectNode bad = (ObjectNode) JSON.readTree(SeedData.bytes(SeedData.OBEC_2554));
        ArrayNode thresholds = (ArrayNode) indicator(bad, "3.1.3").get("criterion").get("thresholds");
        thresholds.set(2, thresholds.get(1));
        ((ArrayNode) bad.get("indicators")).add(indicator(bad, "3.1.4").deepCopy());
        admin().contentType(ContentType.JSON).body(bad.toString()).post(BASE + "/import").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("indicators[3.1.3].criterion.thresholds", "indicators[3.1.4].code"))
                .body("errors.code", hasItems("thresholds-not-monotonic", "duplicate-code"))
                .body("errors[0].messageTh", notNullValue());
        admin().contentType(ContentType.JSON).body("{\"fiscalYear\": 2011,\n \"level\": }").post(BASE + "/import").then()
                .statusCode(400).body("errors[0].code", is("malformed-json")).body("errors[0].line", is(2));
        admin().contentType(ContentType.JSON).body("{\"fiscalYear\": \"สองพัน\", \"level\": \"OBEC_AGREEMENT\"}").post(BASE)
                .then()
                .statusCode(400).body("errors[0].field", is("fiscalYear"));
        assertEquals(before, count(2011));
    }

    @Test
    void badSpreadsheetsAnswerCleanProblems() throws IOException {
        long before = count(2011);
        String id = obecSeedId();
        byte[] xlsx = officer().queryParam("format", "xlsx").get(BASE + "/" + id + "/export").asByteArray();

        byte[] thai = edit(xlsx, "criteria", 1, "t3", "สามสิบแปด");
        admin().contentType(XlsxFormat.MEDIA_TYPE).body(thai).post(BASE + "/import").then().statusCode(400)
                .body("errors[0].field", is("criteria.t3")).body("errors[0].row", is(2))
                .body("errors[0].code", is("not-a-number"))
                .body("errors[0].messageTh", notNullValue());

        byte[] missing = edit(xlsx, "indicators", 0, "weight", "น้ำหนัก");
        admin().contentType(XlsxFormat.MEDIA_TYPE).body(missing).post(BASE + "/import").then().statusCode(400)
                .body("errors.field", hasItem("indicators.weight")).body("errors.code", hasItem("missing-column"));

        admin().contentType(XlsxFormat.MEDIA_TYPE).body("this is not a workbook".getBytes(StandardCharsets.UTF_8))
                .post(BASE + "/import").then().statusCode(400).body("errors[0].code", is("not-xlsx"));
        admin().contentType("image/png").body(new byte[] { 1, 2, 3 }).post(BASE + "/import").then().statusCode(415);

        admin().contentType(XlsxFormat.MEDIA_TYPE).body(new byte[50 * 1024 * 1024]).post(BASE + "/import").then()
                .statusCode(413).contentType(startsWith("application/problem+json"));
        assertEquals(before, count(2011));
    }

    @Test
    void inputBeyondTheLimitsIsRefusedWithItsFieldNeverAsAnInternalError() throws IOException {
        long before = count(2012);
        // The fuzzer's bodies that answered 500: an exponent no decimal can hold, as the criterion and as its step.
        String fuzzed = """
                {"bands":[{"code":"STANDARD","labelEn":"Standard","labelTh":"ระดับมาตรฐาน","minPercent":0}],
                 "belowLevelOnePolicy":"ONE","fiscalYear":2012,"indicators":[{"baselines":[{"fiscalYear":2010,"text":"38.58",
                 "unit":"ระดับ","value":38.58}],"code":"3.1.3","criterion":%s,"name":"ระดับคะแนนเฉลี่ย O-NET ป.6 ภาษาไทย",
                 "parentCode":null,"unit":"ระดับ","weight":0.77}],"level":"OBEC_AGREEMENT","rounds":[{"deadline":"2012-10-15",
                 "label":"รอบ 12 เดือน","periodEnd":"2012-09-30","round":12}],"title":"ตัวชี้วัดตามคำรับรองการปฏิบัติราชการ พ.ศ. 2555"}
                """;
        String step = "{\"step\":1E+2147483648,\"thresholds\":[34.58,36.58,38.58,40.58,42.58],\"type\":\"THRESHOLD\"}";
        admin().contentType(ContentType.JSON).body(fuzzed.formatted(step)).post(BASE).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", is("indicators[3.1.3].criterion.step"))
                .body("errors[0].code", is("number-out-of-range")).body("errors[0].messageTh", notNullValue());
        admin().contentType(ContentType.JSON).body(fuzzed.formatted("1E+2147483648")).post(BASE).then().statusCode(400)
                .body("errors[0].field", is("indicators[3.1.3].criterion"));
        admin().contentType(ContentType.JSON).body(fuzzed.formatted(step.replace("1E+2147483648", "1e31"))
                .replace("ระดับคะแนนเฉลี่ย", "\\u0000")).post(BASE + "/import").then().statusCode(400)
                .body("errors.field", hasItems("indicators[3.1.3].name", "indicators[3.1.3].criterion.step"))
                .body("errors.code", hasItems("control-character", "number-out-of-range"));

        String id = obecSeedId();
        byte[] xlsx = officer().queryParam("format", "xlsx").get(BASE + "/" + id + "/export").asByteArray();
        admin().contentType(XlsxFormat.MEDIA_TYPE).body(Arrays.copyOf(xlsx, xlsx.length / 2)).post(BASE + "/import")
                .then().statusCode(400).body("errors[0].code", is("workbook-truncated"));
        byte[] csv = officer().queryParam("format", "csv").get(BASE + "/" + id + "/export").asByteArray();
        String cut = new String(csv, StandardCharsets.UTF_8).replace("ระดับคะแนนเฉลี่ย", "\u001b[31m");
        admin().contentType("text/csv").body(cut.getBytes(StandardCharsets.UTF_8)).post(BASE + "/import").then()
                .statusCode(400).body("errors.code", hasItem("control-character"));

        // A conditional read that fails answers a problem, not an empty 412.
        officer().header("If-Match", "W/\"-1\"").get(BASE + "/" + id + "/indicators/3.1.3").then().statusCode(412)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, count(2012));
    }

    @Test
    void exportsWriteFormulaLikeTextAsTextAndImportItBackUnchanged() throws IOException {
        int year = ThreadLocalRandom.current().nextInt(2140, 2180);
        ObjectNode body = (ObjectNode) JSON.readTree(tiny(year));
        ((ObjectNode) body.get("indicators").get(0)).put("name", "=HYPERLINK(\"http://evil\",\"x\")")
                .put("nameEn", "'=already quoted").put("description", "-1+2");
        String draft = admin().contentType(ContentType.JSON).body(body.toString()).post(BASE).then().statusCode(201)
                .extract().path("summary.id");
        String csv = admin().queryParam("format", "csv").get(BASE + "/" + draft + "/export").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""), csv);
        assertTrue(csv.contains(",''=already quoted,") && csv.contains(",'-1+2,"), csv);
        byte[] xlsx = admin().queryParam("format", "xlsx").get(BASE + "/" + draft + "/export").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var name = workbook.getSheet("indicators").getRow(1).getCell(2);
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
        }
        for (String type : List.of("text/csv", XlsxFormat.MEDIA_TYPE)) {
            byte[] file = type.equals("text/csv") ? csv.getBytes(StandardCharsets.UTF_8) : xlsx;
            admin().contentType(type).queryParam("dryRun", true).body(file).post(BASE + "/import").then().statusCode(200)
                    .body("changes.changedCatalogueFields", hasSize(0)).body("changes.changed", hasSize(0))
                    .body("changes.added", hasSize(0)).body("changes.removed", hasSize(0));
        }
        admin().delete(BASE + "/" + draft).then().statusCode(204);
    }

    // ------------------------------------------------------------------ helpers

    private static long count(int fiscalYear) {
        return ((Number) admin().queryParam("fiscalYear", fiscalYear).get(BASE).then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }

    private static String tiny(int fiscalYear) {
        return """
                {"fiscalYear": %d, "level": "AREA_OFFICE_MEASURES", "title": "ชุดทดสอบ", "belowLevelOnePolicy": "ONE",
                 "rounds": [{"round": 12, "label": "รอบ 12 เดือน", "periodEnd": "%d-09-30", "deadline": "%d-10-15"}],
                 "bands": [{"code": "STANDARD", "labelTh": "ระดับมาตรฐาน", "minPercent": 0}],
                 "indicators": [{"code": "1", "parentCode": null, "name": "ตัวชี้วัดทดสอบ", "unit": "ร้อยละ", "weight": 1,
                   "criterion": {"type": "THRESHOLD", "thresholds": [60, 65, 70, 75, 80], "step": 5},
                   "baselines": [{"fiscalYear": %d, "value": 61.5, "unit": "ร้อยละ", "text": "61.5"}]}]}
                """.formatted(fiscalYear, fiscalYear, fiscalYear, fiscalYear - 1);
    }

    private static JsonNode indicator(JsonNode catalogue, String code) {
        return catalogue.get("indicators").get(indexOf(catalogue, code));
    }

    private static int indexOf(JsonNode catalogue, String code) {
        for (int n = 0; n < catalogue.get("indicators").size(); n++) {
            if (catalogue.get("indicators").get(n).get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Sets one cell (by header name) of a row of a sheet, as a person editing the workbook would. */
    private static byte[] edit(byte[] xlsx, String sheetName, int rowIndex, String column, String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheet(sheetName);
            Row header = sheet.getRow(0);
            int col = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals(column)) {
                    col = c;
                }
            }
            sheet.getRow(rowIndex).getCell(col, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
