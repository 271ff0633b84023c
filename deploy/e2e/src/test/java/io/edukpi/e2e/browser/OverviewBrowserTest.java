package io.edukpi.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.e2e.GatewayClient;
import io.edukpi.e2e.GatewayClient.Who;
import io.edukpi.e2e.TestPlatform;

/**
 * The overview at the gateway's {@code /} in headless Chromium on the demo year (as DemoYearTest seeds it):
 * OBEC's admin finds every office of the API's rankings in the ranking chart and the progress grid, the
 * language switches, an area officer sees its own office only and gets a what-if answer. axe-core checks
 * each view; screenshots, axe reports and the sign-in to ready times go to target/browser/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverviewBrowserTest {

    private static final String YEAR_ROUND = "/2011/6";
    private static final String ROUND_OPTION = "2011-OBEC_AGREEMENT-6";
    private static final String OFFICE = "5001";
    private static final String OTHER_OFFICE = "5034";
    /** Not the 2 s the issue aims at: a bound that only tells a hang from a slow machine. */
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Set<String> OUTCOMES = Set.of("REACHABLE", "ALREADY_MET", "UNREACHABLE");

    private static TestPlatform platform;
    private static GatewayClient api;
    private static Browser browser;
    private static String signedIn;
    private static final List<String> loadTimes = new ArrayList<>();

    /** What the browser showed when a test failed. */
    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.recordFailure(context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("overview-browser", List.of("--demo", "--demo-scale=0.001", "--demo-rounds=1"));
        api = platform.gatewayClient();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void obecAdminFindsEveryRankedOfficeInTheRankingChart() {
        showObecView();
        for (String kind : List.of("PRIMARY", "SECONDARY")) {
            JsonNode ranked = api("obec.admin", "/api/v1/scores/rankings" + YEAR_ROUND
                    + "?level=OBEC_AGREEMENT&officeKind=" + kind + "&size=500").path("items");
            assertEquals(kind.equals("PRIMARY") ? 183 : 62, ranked.size(), kind + " offices ranked by the API");
            List<String> names = new ArrayList<>();
            Set<String> codes = new TreeSet<>();
            ranked.forEach(entry -> {
                names.add(entry.path("officeNameTh").asText());
                codes.add(entry.path("officeCode").asText());
            });
            browser.visible("#kind-" + kind).click();
            awaitEqual(kind + " ranking chart's labels: every ranked office's Thai name", sorted(names),
                    () -> sorted(chartLabels("ranking-chart")));
            awaitEqual(kind + " ranking table's rows: every ranked office", codes,
                    () -> new TreeSet<>(attributes("#ranking-table tbody tr[data-office]", "data-office")));
        }
        browser.visible("#kind-PRIMARY").click();
        awaitEqual("the ranking chart back to the primary offices", 183, () -> chartLabels("ranking-chart").size());
        assertChartDrawn("distribution-chart");
        browser.screenshot("obec");
        AxeCheck.assertNoSeriousViolation(browser, "obec");
    }

    @Test
    @Order(2)
    void progressGridListsEveryOfficeAndFiltersTheLateOnes() {
        showObecView();
        JsonNode progress = api("obec.admin", "/api/v1/submissions/progress?fiscalYear=2011&level=OBEC_AGREEMENT&round=6");
        Set<String> late = new TreeSet<>();
        progress.path("offices").forEach(office -> {
            if (office.path("late").asBoolean()) {
                late.add(office.path("officeCode").asText());
            }
        });
        assertEquals(progress.path("totals").path("lateOffices").asInt(), late.size(), progress.path("totals").toString());
        String rows = "#progress-grid tbody tr[data-office]";
        awaitEqual("the progress grid's rows: every office", 245, () -> attributes(rows, "data-office").size());
        assertFalse(browser.all(rows + " td[data-indicator][data-state]").isEmpty(),
                "the grid's cells carry their indicator and state");
        browser.scrollTo(browser.visible("#progress-grid"));
        browser.screenshot("obec-progress");

        WebElement lateOnly = browser.visible("#late-only");
        assertFalse(lateOnly.isSelected(), "the grid starts with every office");
        browser.scrollTo(lateOnly).click();
        awaitEqual("with #late-only, the rows of the late offices only (totals.lateOffices = " + late.size() + ")", late,
                () -> new TreeSet<>(displayedAttributes(rows, "data-office")));
        browser.scrollTo(lateOnly).click();
        awaitEqual("without #late-only, every office again", 245, () -> displayedAttributes(rows, "data-office").size());
    }

    @Test
    @Order(3)
    void languageSwitchesToEnglishWithCommonEraYearsAndBack() {
        showObecView();
        assertEquals("th", lang(), "the page starts in Thai");
        String label = browser.visible("label[for='late-only']").getText();
        String round = new Select(browser.visible("#round-select")).getFirstSelectedOption().getText();
        assertTrue(round.contains("2554"), "the round's year in Thai is Buddhist Era: " + round);

        browser.visible("#lang-switch").click();
        browser.await("html[lang] becomes en after #lang-switch", d -> "en".equals(lang()) ? true : null);
        awaitEqual("the late-only filter's label in English", true,
                () -> !label.equals(browser.visible("label[for='late-only']").getText()));
        String roundEn = new Select(browser.visible("#round-select")).getFirstSelectedOption().getText();
        assertTrue(roundEn.contains("2011") && !roundEn.contains("2554"), "the round's year in English is C.E.: " + roundEn);
        browser.screenshot("obec-en");
        AxeCheck.assertNoSeriousViolation(browser, "obec-en");

        browser.visible("#lang-switch").click();
        browser.await("html[lang] back to th after #lang-switch", d -> "th".equals(lang()) ? true : null);
        assertEquals(label, browser.visible("label[for='late-only']").getText(), "the Thai label is back");
    }

    @Test
    @Order(4)
    void areaOfficerSeesItsOwnOfficeOnly() {
        showOfficeView();
        String own = officeName("PRIMARY", OFFICE);
        String other = officeName("SECONDARY", OTHER_OFFICE);
        assertTrue(browser.visible("#office-view h1").getText().contains(own), "the office view's heading names " + own);
        assertNoOtherOffice(other);

        for (String route : List.of("#/office/" + OTHER_OFFICE, "#/obec")) {
            browser.script("location.hash = arguments[0];", route);
            browser.await("after " + route + ": back on the own office, or a problem shown", d -> {
                boolean own5001 = ("#/office/" + OFFICE).equals(browser.script("return location.hash;"))
                        && "office".equals(ready());
                boolean problem = browser.all("#problem").stream().anyMatch(p -> p.isDisplayed() && !p.getText().isBlank());
                return own5001 || problem ? true : null;
            });
            assertNoOtherOffice(other);
        }
        showOfficeView();

        List<String> indicators = attributes("#scorecard-tree li[data-indicator]", "data-indicator");
        assertTrue(indicators.contains("3.1.2") && indicators.contains("3.1.14"),
                "the scorecard tree lists the office's indicators: " + indicators);
        browser.scrollTo(browser.visible("#scorecard-tree button.explain")).click();
        String explanation = browser.await("an explanation trail after .explain",
                d -> browser.all("div.explanation").stream().filter(e -> e.isDisplayed() && !e.getText().isBlank())
                        .map(WebElement::getText).findFirst().orElse(null));
        assertFalse(explanation.isBlank());
        assertChartDrawn("history-chart");
        browser.screenshot("office");
        AxeCheck.assertNoSeriousViolation(browser, "office");
    }

    @Test
    @Order(5)
    void areaOfficerAsksTheWhatIfAndGetsTheApisAnswer() {
        showOfficeView();
        Select indicator = new Select(browser.scrollTo(browser.visible("#what-if-indicator")));
        List<String> codes = indicator.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isBlank())
                .toList();
        assertFalse(codes.isEmpty(), "the what-if offers the office's indicators");
        String code = codes.contains("3.1.2") ? "3.1.2" : codes.get(0);
        indicator.selectByValue(code);

        new Select(browser.visible("#what-if-target-kind")).selectByValue("band");
        Select band = new Select(browser.visible("#what-if-band"));
        List<String> bands = band.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isBlank()).toList();
        // The page lists the highest band first: the target most worth asking about.
        String target = bands.get(0);
        band.selectByValue(target);
        askWhatIf("targetBand=" + target, code);

        new Select(browser.visible("#what-if-target-kind")).selectByValue("total");
        WebElement total = browser.visible("#what-if-total");
        total.clear();
        // A total of the catalogue's 0-5 scale, above the demo office's 3.76 and within 3.1.2's reach.
        total.sendKeys("3.9");
        askWhatIf("targetTotal=3.9", code);
        browser.scrollTo(browser.visible("#what-if-answer"));
        browser.screenshot("office-what-if");
        AxeCheck.assertNoSeriousViolation(browser, "office-what-if");
    }

    /**
     * The speed figure of the issue (the OBEC view usable within 2 s of sign-in on the demo year): five sign-ins
     * of OBEC's admin, each from Keycloak's form to the drawn view, and their median. Printed, not asserted.
     */
    @Test
    @Order(6)
    void obecViewReadyAfterSignInMedianOfFive() {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            if (signedIn != null) {
                signOut();
            }
            runs.add(signIn("obec.admin", "obec"));
        }
        List<Long> sorted = runs.stream().sorted().toList();
        String figure = "OBEC view ready after sign-in, 5 runs: " + runs + " ms, median " + sorted.get(2) + " ms";
        System.out.println(figure);
        loadTimes.add(figure);
        Browser.write("load-times.txt", String.join("\n", loadTimes) + "\n");
        assertTrue(runs.stream().allMatch(ms -> ms >= 0), "each run signed in anew through Keycloak: " + runs);
    }

    /** Submits the form and expects the page to show what the API answers to the same question. */
    private static void askWhatIf(String target, String code) {
        JsonNode expected = api("area.cm1", "/api/v1/scores/offices/" + OFFICE + "/scorecards" + YEAR_ROUND
                + "/what-if?indicator=" + code + "&" + target);
        String outcome = expected.path("outcome").asText();
        assertTrue(OUTCOMES.contains(outcome), expected.toString());
        // The previous answer must not pass for this one: the page sets data-outcome again when it answers.
        browser.script("document.getElementById('what-if-answer').removeAttribute('data-outcome');");
        browser.visible("#what-if-submit").click();
        WebElement answer = browser.await("#what-if-answer shows the API's " + outcome + " for " + code + " " + target
                + ": " + expected.path("messageTh").asText(), d -> {
                    WebElement shown = browser.visible("#what-if-answer");
                    return outcome.equals(shown.getAttribute("data-outcome"))
                            && shown.getText().contains(expected.path("messageTh").asText()) ? shown : null;
                });
        System.out.println("what-if " + code + " " + target + ": " + answer.getText());
    }

    /** Signs OBEC's admin in (once) and shows the OBEC view of the demo round. */
    private static void showObecView() {
        signIn("obec.admin", "obec");
        route("#/obec", "obec");
        Select round = new Select(browser.visible("#round-select"));
        if (!ROUND_OPTION.equals(round.getFirstSelectedOption().getAttribute("value"))) {
            round.selectByValue(ROUND_OPTION);
            browser.await("the OBEC view of " + ROUND_OPTION + " ready", READY, d -> "obec".equals(ready()) ? true : null);
        }
    }

    /** Signs the area officer of 5001 in (once) and shows its office view. */
    private static void showOfficeView() {
        signIn("area.cm1", "office");
        browser.await("an area officer lands on its own office", d -> ("#/office/" + OFFICE)
                .equals(browser.script("return location.hash;")) ? true : null);
        route("#/office/" + OFFICE, "office");
    }

    private static void route(String hash, String view) {
        if (!hash.equals(browser.script("return location.hash;"))) {
            browser.script("location.hash = arguments[0];", hash);
        }
        browser.await(hash + " ready (body[data-ready=" + view + "])", READY, d -> view.equals(ready()) ? true : null);
    }

    /**
     * Signs {@code user} in through the page's #sign-in and Keycloak's form unless already signed in (signing the
     * previous user out first), and measures the submit of Keycloak's form to the view's data-ready: the
     * milliseconds it took, or -1 when the user was signed in already.
     */
    private static long signIn(String user, String view) {
        if (user.equals(signedIn)) {
            return -1;
        }
        if (signedIn != null) {
            signOut();
        }
        browser.open(platform.settings().gateway().url() + "/");
        browser.visible("#sign-in").click();
        KeycloakLogin login = new KeycloakLogin(browser).fillIn(user, KeycloakLogin.DEMO_PASSWORD);
        long submitted = System.nanoTime();
        login.submit();
        browser.await(user + "'s " + view + " view ready (body[data-ready=" + view + "]) after signing in", READY,
                d -> view.equals(ready()) ? true : null);
        long millis = (System.nanoTime() - submitted) / 1_000_000;
        Number sincePageStart = browser.script("return Math.round(performance.now());");
        signedIn = user;
        String figure = (view.equals("obec") ? "OBEC" : "office") + " view ready " + millis + " ms after sign-in ("
                + sincePageStart + " ms after the page's own load started; " + user + ")";
        System.out.println(figure);
        loadTimes.add(figure);
        Browser.write("load-times.txt", String.join("\n", loadTimes) + "\n");
        assertFalse(browser.visible("#user-name").getText().isBlank(), "#user-name shows who is signed in");
        return millis;
    }

    /** #sign-out ends the session at Keycloak too: the next #sign-in asks for a password again. */
    private static void signOut() {
        browser.visible("#sign-out").click();
        browser.await("signed out: #sign-in shown again", d -> {
            // Keycloak asks to confirm a logout that came without the id token.
            browser.all("#kc-logout").stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            return browser.all("#sign-in").stream().anyMatch(WebElement::isDisplayed) ? true : null;
        });
        signedIn = null;
    }

    private static void assertNoOtherOffice(String otherName) {
        assertTrue(browser.all("#obec-view").stream().noneMatch(WebElement::isDisplayed), "no OBEC view for an area officer");
        assertTrue(browser.all("a[href='#/obec']").stream().noneMatch(WebElement::isDisplayed), "no link to the OBEC view");
        List<String> links = displayedAttributes("a[href^='#/office/']", "href");
        assertTrue(links.stream().allMatch(href -> href.endsWith("#/office/" + OFFICE)), "links to other offices: " + links);
        assertTrue(browser.all("[data-office]").stream().allMatch(e -> OFFICE.equals(e.getAttribute("data-office"))),
                "only the own office's data");
        assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains(otherName),
                "the page shows " + otherName);
    }

    private static String officeName(String kind, String code) {
        JsonNode ranked = api("obec.admin", "/api/v1/scores/rankings" + YEAR_ROUND + "?level=OBEC_AGREEMENT&officeKind="
                + kind + "&size=500").path("items");
        for (JsonNode entry : ranked) {
            if (code.equals(entry.path("officeCode").asText())) {
                return entry.path("officeNameTh").asText();
            }
        }
        throw new AssertionError(code + " is not ranked among the " + kind + " offices");
    }

    /** A Chart.js chart is drawn on canvas {@code id} with some values. */
    private static void assertChartDrawn(String id) {
        Number values = browser.script("const chart = Chart.getChart(document.getElementById(arguments[0]));"
                + " return chart ? chart.data.datasets.flatMap(d => d.data).length : null;", id);
        assertTrue(values != null && values.intValue() > 0, "a chart with values on #" + id + ": " + values);
    }

    /** The labels of the Chart.js chart drawn on canvas {@code id} (a multi-line label joined by spaces). */
    private static List<String> chartLabels(String id) {
        List<String> labels = browser.script("const chart = Chart.getChart(document.getElementById(arguments[0]));"
                + " return chart ? chart.data.labels.map(l => Array.isArray(l) ? l.join(' ') : String(l)) : [];", id);
        return labels;
    }

    private static List<String> attributes(String css, String attribute) {
        return browser.attributes(css, attribute, false);
    }

    private static List<String> displayedAttributes(String css, String attribute) {
        return browser.attributes(css, attribute, true);
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }

    /** Waits for {@code actual} to become {@code expected}; fails with both when it does not. */
    private static <T> void awaitEqual(String what, T expected, Supplier<T> actual) {
        try {
            browser.await(what, d -> expected.equals(actual.get()) ? true : null);
        } catch (TimeoutException e) {
            assertEquals(expected, actual.get(), what);
            throw e;
        }
    }

    private static String ready() {
        return browser.script("return document.body.dataset.ready || null;");
    }

    private static String lang() {
        return browser.script("return document.documentElement.lang;");
    }

    private static JsonNode api(String user, String path) {
        return api.expect(200, Who.user(user), "GET", path, null);
    }
}
