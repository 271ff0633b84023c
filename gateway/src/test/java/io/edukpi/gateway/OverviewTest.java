package io.edukpi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The overview at {@code /}: page, assets, chart library, settings and token relay, with their headers. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class OverviewTest {

    private static final String REALM = "http://127.0.0.1:8180/realms/edukpi";
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"#]*)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z0-9-]+\\.js)'");

    @Test
    void servesThePageWithItsSecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:8180;"))
                .header("Content-Security-Policy", containsString("form-action 'self' http://127.0.0.1:8180;"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .body(containsString("<html lang=\"th\">"))
                .body(containsString("id=\"sign-in\""));
    }

    /** The policy allows no inline code: every script of the page is a file, and each is served. */
    @Test
    void everyScriptAndStyleOfThePageIsAFileTheGatewayServes() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(page).find(), "an inline script");
        assertFalse(page.contains("style=\""), "an inline style");
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSET.matcher(page);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        assertTrue(assets.contains("/webjars/chart.js/4.4.7/dist/chart.umd.js"), assets.toString());
        assertTrue(assets.contains("/overview/app.js"), assets.toString());
        for (String path : assets) {
            given().when().get(path).then().statusCode(200);
        }
    }

    /** The modules import each other by relative path; each must be there. */
    @Test
    void everyModuleTheScriptsImportIsServed() {
        List<String> pending = new ArrayList<>(List.of("app.js"));
        List<String> seen = new ArrayList<>();
        while (!pending.isEmpty()) {
            String module = pending.remove(0);
            if (seen.contains(module)) {
                continue;
            }
            seen.add(module);
            String source = given().when().get("/overview/" + module)
                    .then().statusCode(200).contentType(containsString("javascript"))
                    .extract().asString();
            Matcher imported = IMPORT.matcher(source);
            while (imported.find()) {
                pending.add(imported.group(1));
            }
        }
        assertTrue(seen.containsAll(List.of("auth.js", "api.js", "i18n.js", "obec.js", "office.js", "charts.js")),
                seen.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "/overview/app.js, javascript, no-cache",
            "/overview/app.css, text/css, no-cache",
            "/webjars/chart.js/4.4.7/dist/chart.umd.js, javascript, 'public, max-age=31536000, immutable'" })
    void servesAssetsWithTheirTypeAndCaching(String path, String type, String cacheControl) {
        given().when().get(path)
                .then().statusCode(200)
                .contentType(containsString(type))
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void givesThePageTheRealmAndClient() {
        given().when().get("/overview/config.json")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", "no-store")
                .body("realmUrl", equalTo(REALM))
                .body("clientId", equalTo("edukpi-overview"))
                .body("tokenUrl", equalTo("/overview/token"));
    }

    @Test
    void anUnknownAssetIsNotFound() {
        given().when().get("/overview/x")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void apiPathsKeepTheirOwnAnswers() {
        given().when().get("/api/v1/scores/rankings/2011/6")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("Content-Security-Policy", nullValue());
        given().when().get("/q/openapi").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    /**
     * The page's code exchange goes to the realm as the overview client, with only the parameters of a
     * code or refresh grant: another client id or anything else the page sent is not passed on.
     */
    @Test
    void relaysTheTokenRequestAsTheOverviewClient() throws Exception {
        String sent = "client_id=edukpi-overview&grant_type=authorization_code&code=abc.def"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2F&code_verifier=v3r1f13r";
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(sent.getBytes(StandardCharsets.UTF_8)));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("client_id", "swagger-ui")
                .formParam("grant_type", "authorization_code")
                .formParam("code", "abc.def")
                .formParam("redirect_uri", "http://127.0.0.1:8080/")
                .formParam("code_verifier", "v3r1f13r")
                .formParam("client_secret", "guess")
                .when().post("/overview/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/realms/edukpi/protocol/openid-connect/token"))
                .body("authorization", nullValue())
                .body("bodySha256", equalTo(sha));
    }

    @Test
    void theTokenRelayTakesOnlyPosts() {
        given().when().get("/overview/token").then().statusCode(404).contentType("application/problem+json");
    }
}
