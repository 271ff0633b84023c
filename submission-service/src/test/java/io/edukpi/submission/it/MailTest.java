package io.edukpi.submission.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * E-mail to the offices' officers through a real SMTP server (GreenMail): deadline reminders (once, however often
 * the job runs), returned results with their reason, retries and giving up, and the mail as the API lists it. The
 * officers are those of a real Keycloak (OfficersKeycloak).
 * Fiscal year 2094 (B.E. 2637), round 6 due 2094-04-15 and expecting 3.1.1 and 3.1.3 only.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "submission"))
@WithTestResource(value = MailServers.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OfficersKeycloak.class, scope = TestResourceScope.GLOBAL)
class MailTest {

    private static final int YEAR = 2094;
    private static final LocalDate DEADLINE = LocalDate.of(YEAR, 4, 15);
    private static final String MAIL = "/api/v1/submissions/mail";
    private static final String REASON = "ตัวเลขไม่ตรงกับเอกสารหลักฐาน";
    private static boolean ready;

    @BeforeEach
    void setUp() {
        synchronized (MailTest.class) {
            if (ready) {
                return;
            }
            DeadlineReminderTest.publishCatalogue(YEAR);
            Fixtures.office("9401", "สพป.จดหมาย เขต 1", "PRIMARY");
            Fixtures.office("9402", "สพป.จดหมาย เขต 2", "PRIMARY");
            Fixtures.office("9403", "สพม.จดหมาย เขต 3", "SECONDARY");
            Fixtures.office("9404", "สพม.จดหมาย เขต 4", "SECONDARY");
            ProgressFixtures.draft("9401", YEAR, 6, "3.1.1", "70");
            String id = ProgressFixtures.submitted("9402", YEAR, 6, "3.1.1", "70");
            given().auth().oauth2(ProgressFixtures.supervisor("9402")).contentType("application/json")
                    .body(Map.of("reason", REASON)).post(ProgressFixtures.RESULTS + "/{id}/return", id).then()
                    .statusCode(200);
            ready = true;
        }
    }

    @Test
    void eachOfficerOfAnOfficeWithPendingResultsGetsTheThaiReminderOnce() throws Exception {
        run(DEADLINE.minusDays(3));
        run(DEADLINE.minusDays(3));
        Predicate<MimeMessage> ours = m -> subject(m).contains("สพป.จดหมาย เขต 1") && subject(m).contains("2637");
        // One delivery per recipient: the two area officers, not the school officer nor the disabled account.
        await("the reminder in the SMTP server").atMost(Duration.ofSeconds(30)).until(() -> received(ours).size() == 2);
        MimeMessage mail = received(ours).get(0);
        assertEquals(List.of("officer.9401@test.edukpi.local", "supervisor.9401@test.edukpi.local"), to(mail));
        assertEquals("[edukpi] ใกล้ถึงกำหนดส่งผลตัวชี้วัด รอบ 6 เดือน ปีงบประมาณ 2637: สพป.จดหมาย เขต 1 (อีก 3 วัน)",
                subject(mail));
        String body = text(mail);
        assertTrue(body.contains("ต้องรับรองให้ครบภายในวันที่ 15 เมษายน 2637 (อีก 3 วัน)"), body);
        assertTrue(body.contains("ตัวชี้วัดที่ยังไม่ได้รับรอง 2 รายการ"), body);
        assertTrue(body.lines().anyMatch(l -> l.startsWith("- 3.1.1 ") && l.endsWith(": ฉบับร่าง")
                && l.length() > "- 3.1.1 : ฉบับร่าง".length()), "code, Thai name and state: " + body);
        assertTrue(body.lines().anyMatch(l -> l.startsWith("- 3.1.3 ") && l.endsWith(": ยังไม่ได้บันทึก")), body);
        assertTrue(body.contains("round 6 (OBEC_AGREEMENT), must be certified by\n2094-04-15 (3 days left)"), body);
        assertTrue(body.contains("- 3.1.3: not started"), body);

        run(DEADLINE.minusDays(3));
        await("nothing more").pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> received(ours).size() == 2);

        JsonPath listed = given().auth().oauth2(TestTokens.reviewer())
                .queryParams(Map.of("officeCode", "9401", "kind", "DEADLINE_REMINDER", "fiscalYear", YEAR))
                .get(MAIL).then().statusCode(200).extract().jsonPath();
        assertEquals(1, listed.getInt("totalItems"), "one reminder for three runs");
        assertEquals("SENT", listed.getString("items[0].state"));
        assertEquals(1, listed.getInt("items[0].attempts"));
        assertEquals(List.of("officer.9401@test.edukpi.local", "supervisor.9401@test.edukpi.local"),
                listed.getList("items[0].recipients"));
        assertEquals(subject(mail), listed.getString("items[0].subject"));
        assertEquals(body.strip(), listed.getString("items[0].body").strip());
        assertNotNull(listed.getString("items[0].sentAt"));
        assertNotNull(listed.getString("items[0].createdAt"));
    }

    @Test
    void aReturnedResultTellsTheOfficeWhy() throws Exception {
        Predicate<MimeMessage> ours = m -> subject(m).contains("สพป.จดหมาย เขต 2") && subject(m).contains("ถูกส่งกลับ");
        await("the return in the SMTP server").atMost(Duration.ofSeconds(30)).until(() -> received(ours).size() == 1);
        MimeMessage mail = received(ours).get(0);
        assertEquals(List.of("officer.9402@test.edukpi.local"), to(mail));
        assertEquals("[edukpi] ผลตัวชี้วัด 3.1.1 รอบ 6 เดือน ปีงบประมาณ 2637 ถูกส่งกลับให้แก้ไข: สพป.จดหมาย เขต 2",
                subject(mail));
        String body = text(mail);
        assertTrue(body.contains("เหตุผล: " + REASON), body);
        assertTrue(body.contains("ถูกส่งกลับให้แก้ไขโดย supervisor.9402"), body);
        assertTrue(body.contains("Reason: " + REASON), body);

        JsonPath listed = given().auth().oauth2(ProgressFixtures.collector("9402"))
                .queryParams(Map.of("kind", "RESULT_RETURNED", "fiscalYear", YEAR)).get(MAIL).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, listed.getInt("totalItems"));
        assertEquals("9402", listed.getString("items[0].officeCode"));
        assertEquals("RESULT_RETURNED", listed.getString("items[0].kind"));
    }

    @Test
    void aMailNobodyCanBeFoundForIsTriedAgainThenGivenUp() {
        run(DEADLINE.minusDays(3));
        // 9404: Keycloak knows no officer. Three attempts (1 s, then 2 s apart). How the wait grows and when the
        // relay gives up on other failures (Keycloak or SMTP down) is MailRetryTest's.
        await("given up").atMost(Duration.ofSeconds(40)).until(() -> "FAILED".equals(reminderOf("9404").get("state")));
        Map<String, Object> nobody = reminderOf("9404");
        assertEquals(3, nobody.get("attempts"));
        assertTrue(((String) nobody.get("lastError")).contains("no area officer of office 9404"), nobody.toString());
        assertEquals(null, nobody.get("sentAt"));
        assertEquals(List.of(), nobody.get("recipients"), "nobody to send it to was found");
    }

    @Test
    void anAreaOfficerReadsItsOwnOfficesMailOnly() {
        run(DEADLINE.minusDays(3));
        List<String> offices = given().auth().oauth2(ProgressFixtures.collector("9401"))
                .queryParams(Map.of("fiscalYear", YEAR, "size", 500)).get(MAIL).then().statusCode(200)
                .extract().jsonPath().getList("items.officeCode");
        assertTrue(!offices.isEmpty() && offices.stream().allMatch("9401"::equals), offices.toString());
        given().auth().oauth2(ProgressFixtures.collector("9401")).queryParams(Map.of("officeCode", "9402"))
                .get(MAIL).then().statusCode(200).body("totalItems", equalTo(0));
        List<String> all = given().auth().oauth2(TestTokens.batch())
                .queryParams(Map.of("fiscalYear", YEAR, "size", 500)).get(MAIL).then().statusCode(200)
                .header("Link", containsString("rel=\"first\"")).extract().jsonPath().getList("items.officeCode");
        assertTrue(all.containsAll(List.of("9401", "9402", "9403", "9404")), all.toString());
        given().auth().oauth2(TestTokens.reviewer()).queryParam("kind", "LETTER").get(MAIL).then().statusCode(400)
                .body(containsString("kind"));
        given().auth().oauth2(TestTokens.reviewer()).queryParam("fiscalYear", 2637).get(MAIL).then().statusCode(400);
        given().auth().oauth2(TestTokens.of("school.9401-01", Set.of("school-officer"),
                Map.of("office_code", "9401", "school_code", "94010001"))).get(MAIL).then().statusCode(403);
    }

    private static Map<String, Object> reminderOf(String office) {
        JsonPath page = given().auth().oauth2(TestTokens.reviewer())
                .queryParams(Map.of("officeCode", office, "kind", "DEADLINE_REMINDER", "fiscalYear", YEAR)).get(MAIL)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, page.getInt("totalItems"), office);
        return page.getMap("items[0]");
    }

    private static void run(LocalDate date) {
        given().auth().oauth2(TestTokens.batch()).queryParam("date", date.toString()).post("/api/v1/submissions/reminders/run")
                .then().statusCode(200);
    }

    private static List<MimeMessage> received(Predicate<MimeMessage> which) {
        return MailServers.mail().received().stream().filter(which).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> to(MimeMessage m) throws MessagingException {
        return Arrays.stream(m.getAllRecipients()).map(Address::toString).sorted().toList();
    }

    /** The text part, with the line ends it was written with (SMTP carries CRLF). */
    private static String text(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        String text = content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
        return text.replace("\r\n", "\n");
    }
}
