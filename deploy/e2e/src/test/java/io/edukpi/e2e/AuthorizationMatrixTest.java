package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.devstack.PlatformSettings;
import io.edukpi.devstack.TestTokens;
import io.edukpi.e2e.contract.ContractCheck;

/**
 * docs/security.md checked on the real platform: the packaged gateway and services, and real
 * Keycloak tokens of the demo users (password grant through {@code edukpi-cli}) and of the machine
 * clients (client credentials). Each row of {@link #matrix()} is one cell of the matrix in
 * docs/security.md; add rows as endpoints land.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The committed merged document, from which deploy/api-client generates the Java client. */
    private static final String OPENAPI_COPY = "docs/openapi.json";
    private static final String DEFAULT_GATEWAY = "http://127.0.0.1:8080";
    private static final String DEFAULT_KEYCLOAK = "http://127.0.0.1:8180";

    private static TestPlatform platform;
    private static PlatformSettings settings;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /**
     * The answers are checked against the document; the requests are placeholders on purpose (an empty
     * object as every body, a zero UUID as every id: a refusal must not depend on them), so only answers.
     */
    @RegisterExtension
    static final ContractCheck CONTRACT = ContractCheck.ofProject();

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("authz");
        settings = platform.settings();
    }

    @AfterAll
    static void stop() throws IOException {
        if (platform != null) {
            platform.close();
        }
    }

    /** Who calls: a demo user (password grant) or a machine client (client credentials). */
    enum Caller {
        OBEC_ADMIN("obec.admin"),
        REVIEWER("obec.reviewer"),
        AREA_5001("area.cm1"),
        AREA_5034("area.cm-sec"),
        SCHOOL_5001_01("school.5001-01"),
        SCHOOL_5034_02("school.5034-02"),
        DASHBOARD("dashboard-client"),
        BATCH("batch-client"),
        MIS_5001("mis-schoolmis-5001"),
        MIS_5034("mis-schoolmis-5034");

        final String name;

        Caller(String name) {
            this.name = name;
        }

        boolean machine() {
            return name.endsWith("-client") || name.startsWith("mis-");
        }

        /** The realm roles of this caller, as deploy/keycloak/edukpi-realm.json gives them. */
        Set<String> roles() {
            return switch (this) {
                case OBEC_ADMIN -> Set.of("obec-admin", "registry-pii");
                case REVIEWER -> Set.of("reviewer");
                case AREA_5001, AREA_5034 -> Set.of("area-officer");
                case SCHOOL_5001_01, SCHOOL_5034_02 -> Set.of("school-officer");
                case DASHBOARD -> Set.of("dashboard");
                case BATCH -> Set.of("batch");
                case MIS_5001, MIS_5034 -> Set.of("mis-client");
            };
        }
    }

    /**
     * The role dimension of the matrix for every operation of the merged document: a caller with
     * none of the roles an operation admits ({@code x-edukpi-roles}, from the service's
     * {@code @RolesAllowed}) is refused with 403, whatever the path's values and body.
     */
    static Stream<Arguments> refusedByRole() throws IOException {
        JsonNode document = JSON.readTree(TestPlatform.projectRoot().resolve(OPENAPI_COPY).toFile());
        List<Arguments> rows = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<String> admitted = new HashSet<>();
            op.getValue().path("x-edukpi-roles").forEach(role -> admitted.add(role.asText()));
            if (admitted.isEmpty() || admitted.contains("*")) {
                // Anonymous, or any valid token ("*", @Authenticated): no role refuses it.
                return;
            }
            String contentType = op.getValue().path("requestBody").path("content").fieldNames().hasNext()
                    ? op.getValue().path("requestBody").path("content").fieldNames().next()
                    : null;
            for (Caller caller : Caller.values()) {
                if (caller.roles().stream().noneMatch(admitted::contains)) {
                    rows.add(Arguments.of(caller, op.getKey().toUpperCase(Locale.ROOT),
                            concrete(path.getKey()), contentType));
                }
            }
        }));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> 403")
    @MethodSource("refusedByRole")
    @Order(1)
    void aCallerWithoutAnAdmittedRoleIsRefused(Caller caller, String method, String path, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway(path))
                .header("Authorization", "Bearer " + token(caller));
        if (contentType != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        assertProblem(403, send(request.build()), caller + " " + method + " " + path);
    }

    /** A path template with plausible values: ids as UUIDs, years as B.E. years, codes as office 5001. */
    private static String concrete(String template) {
        return Pattern.compile("\\{([^}]+)}").matcher(template).replaceAll(match -> {
            String name = match.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("id") || name.endsWith("id")) {
                return "00000000-0000-0000-0000-000000000000";
            }
            if (name.contains("year")) {
                return "2567";
            }
            return name.contains("round") || name.contains("version") ? "1" : "5001";
        });
    }

    /**
     * The cells of docs/security.md that exist now: caller, method, path, the status that proves it.
     * "pass" means the gateway let the call through to the service (neither 401 nor 429 from the
     * edge); the service's own answer is checked where the endpoint exists.
     */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        // Every kind of token of the realm is accepted at the edge for every route.
        for (Caller caller : Caller.values()) {
            for (String path : List.of("/api/v1/catalogues", "/api/v1/registry/schools", "/api/v1/submissions",
                    "/api/v1/scores", "/api/v1/scoring/recalculations")) {
                rows.add(Arguments.of(caller, "GET", path, "pass"));
            }
        }
        // indicator-service: catalogues are read by every role, written by OBEC admins only.
        for (Caller caller : Caller.values()) {
            rows.add(Arguments.of(caller, "GET", "/api/v1/catalogues", "200"));
        }
        for (Caller caller : List.of(Caller.REVIEWER, Caller.AREA_5001, Caller.SCHOOL_5001_01, Caller.DASHBOARD,
                Caller.BATCH, Caller.MIS_5001)) {
            rows.add(Arguments.of(caller, "POST", "/api/v1/catalogues", "403"));
        }
        // submission-service: an office never reaches another office's data, a school another school's form;
        // both answer 404 so that codes cannot be probed.
        rows.add(Arguments.of(Caller.AREA_5034, "GET",
                "/api/v1/submissions/offices/5001/progress?fiscalYear=2011&level=OBEC_AGREEMENT&round=6", "404"));
        rows.add(Arguments.of(Caller.SCHOOL_5001_01, "PUT",
                "/api/v1/submissions/schools/1050130002/forms/2011/OBEC_AGREEMENT/6/3.1.2", "404"));
        rows.add(Arguments.of(Caller.SCHOOL_5034_02, "GET",
                "/api/v1/submissions/schools/1050130001/forms/2011/OBEC_AGREEMENT/6/3.1.2", "404"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("matrix")
    @Order(1)
    void eachCellOfTheMatrix(Caller caller, String method, String path, String expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway(path))
                .header("Authorization", "Bearer " + token(caller))
                .header("Content-Type", "application/json");
        request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> response = send(request.build());
        if (expected.equals("pass")) {
            assertNotEquals(401, response.statusCode(), response.body());
            assertNotEquals(429, response.statusCode(), response.body());
            assertNotEquals(503, response.statusCode(), response.body());
        } else {
            assertEquals(Integer.parseInt(expected), response.statusCode(), response.body());
        }
        if (response.statusCode() >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
    }

    @Test
    @Order(2)
    void realTokensCarryTheAudienceRolesAndScopes() throws Exception {
        for (Caller caller : Caller.values()) {
            JsonNode claims = claims(token(caller));
            assertTrue(claims.path("aud").toString().contains("edukpi-api"), caller + ": " + claims);
        }
        assertEquals("5001", claims(token(Caller.AREA_5001)).path("office_code").asText());
        assertTrue(claims(token(Caller.MIS_5034)).path("school_codes").toString().contains("1050340002"));
        assertTrue(claims(token(Caller.DASHBOARD)).path("realm_access").path("roles").toString().contains("dashboard"));
        assertTrue(claims(token(Caller.OBEC_ADMIN)).path("realm_access").path("roles").toString().contains("registry-pii"));
    }

    @Test
    @Order(3)
    void missingTamperedForeignExpiredAndWrongAudienceTokensGet401AtTheGateway() throws Exception {
        String good = token(Caller.AREA_5001);
        Map<String, String> bad = new TreeMap<>();
        bad.put("tampered", TestTokens.tampered(good, "office_code", "5034"));
        bad.put("foreign key", TestTokens.builder("area.cm1").roles(Set.of("area-officer"))
                .claims(Map.of("office_code", "5001")).sign());
        bad.put("wrong audience", clientCredentials(createClient("e2e-no-audience", false, 300)));
        String shortLived = clientCredentials(createClient("e2e-short-lived", true, 1));
        bad.put("garbage", "not.a.token");
        for (String path : List.of("/api/v1/catalogues", "/api/v1/registry/schools", "/api/v1/submissions",
                "/api/v1/scores")) {
            HttpResponse<String> none = send(HttpRequest.newBuilder(gateway(path)).GET().build());
            assertProblem(401, none, "no token " + path);
            for (Map.Entry<String, String> token : bad.entrySet()) {
                assertProblem(401, get(path, token.getValue()), token.getKey() + " " + path);
            }
        }
        long exp = claims(shortLived).path("exp").asLong();
        Thread.sleep(Math.max(0, exp * 1000 - System.currentTimeMillis()) + 1500);
        assertProblem(401, get("/api/v1/catalogues", shortLived), "expired");
    }

    @Test
    @Order(4)
    void aClientOverItsRateGets429WithRateLimitHeaders() throws Exception {
        String token = token(Caller.DASHBOARD);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        // The default bucket holds 200 and refills 100 per second: 400 calls at once overflow it.
        for (int i = 0; i < 400; i++) {
            calls.add(HTTP.sendAsync(HttpRequest.newBuilder(gateway("/api/v1/scores/e2e-rate"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> refused = null;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.join();
            CONTRACT.recordAnswer(GatewayClient.exchangeOf(response, null));
            assertTrue(response.headers().firstValue("RateLimit-Limit").isPresent(), "RateLimit-Limit on every answer");
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertTrue(refused != null, "400 calls at once from one client: some are refused");
        assertProblem(429, refused, "rate");
        assertEquals("0", refused.headers().firstValue("RateLimit-Remaining").orElse(""));
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertEquals("200;w=2", refused.headers().firstValue("RateLimit-Policy").orElse(""));
    }

    @Test
    @Order(5)
    void theMergedOpenApiIsServedAndTheCommittedCopyIsCurrent() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway("/q/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        ObjectNode merged = (ObjectNode) JSON.readTree(response.body()
                .replace(settings.gateway().url(), DEFAULT_GATEWAY)
                .replace("http://127.0.0.1:" + settings.keycloakPort(), DEFAULT_KEYCLOAK));
        List<String> tags = new ArrayList<>();
        merged.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertEquals(List.of("indicator-service", "scoring-service", "student-registry-service", "submission-service"),
                tags, "every service's document was merged");
        assertEquals(DEFAULT_GATEWAY, merged.path("servers").path(0).path("url").asText());
        assertTrue(merged.path("components").path("securitySchemes").has("keycloak"));
        merged.path("paths").fieldNames()
                .forEachRemaining(path -> assertTrue(path.startsWith("/api/v1/"), "only public API paths: " + path));

        String current = canonical(merged);
        Path copy = TestPlatform.projectRoot().resolve(OPENAPI_COPY);
        if (Boolean.getBoolean("edukpi.openapi.update")) {
            Files.writeString(copy, current);
        }
        String committed = Files.exists(copy) ? Files.readString(copy) : "";
        assertEquals(committed, current, OPENAPI_COPY + " is not the document the gateway serves; refresh it with "
                + "./mvnw -pl deploy/e2e verify -Dtest=AuthorizationMatrixTest -Dedukpi.openapi.update=true "
                + "(after packaging the services) and commit it");
    }

    /** Last: stops a service. Its calls get a 503 problem at once, not a hung client. */
    @Test
    @Order(100)
    void aDeadServiceGivesA503ProblemFast() throws Exception {
        ProcessHandle scoring = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("scoring-service"))
                .findFirst().orElseThrow();
        scoring.destroyForcibly();
        scoring.onExit().join();
        String token = token(Caller.DASHBOARD);
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get("/api/v1/scores/5001", token);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertProblem(503, response, "dead scoring-service");
            assertTrue(response.body().contains("scoring-service"), response.body());
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
            assertTrue(millis < 2_000, "answered after " + millis + " ms");
        }
        // The other services are not affected.
        assertNotEquals(503, get("/api/v1/catalogues", token).statusCode());
    }

    private static void assertProblem(int status, HttpResponse<String> response, String what) throws IOException {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), what);
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.path("status").asInt(), what);
        assertFalse(problem.path("titleTh").asText().isEmpty(), what);
        assertFalse(problem.path("requestId").asText().isEmpty(), what);
    }

    /** Sorted keys and two-space indent, so the committed copy changes only where the API does. */
    private static String canonical(JsonNode document) throws IOException {
        ObjectMapper sorted = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        Object plain = sorted.treeToValue(document, Object.class);
        return sorted.writeValueAsString(plain) + "\n";
    }

    private static String token(Caller caller) {
        return TOKENS.computeIfAbsent(caller.name, name -> {
            try {
                return caller.machine()
                        ? clientCredentials(Map.of("client_id", name, "client_secret", name + "-local-secret"))
                        : tokenRequest(Map.of("grant_type", "password", "client_id", "edukpi-cli",
                                "username", name, "password", "edukpi-demo"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String clientCredentials(Map<String, String> client) throws Exception {
        Map<String, String> form = new TreeMap<>(client);
        form.put("grant_type", "client_credentials");
        return tokenRequest(form);
    }

    private static String tokenRequest(Map<String, String> form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(keycloak(
                "/realms/edukpi/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /**
     * A client the realm file does not have, made through the admin API: with or without the
     * edukpi-api audience, with its own token lifetime in seconds. Returns its credentials.
     */
    private static Map<String, String> createClient(String clientId, boolean audience, int lifetimeSeconds)
            throws Exception {
        String admin = JSON.readTree(HTTP.send(HttpRequest.newBuilder(keycloak(
                "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", "admin", "password", "admin"))))
                .build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("access_token").asText();
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", clientId).put("enabled", true).put("publicClient", false)
                .put("secret", clientId + "-secret").put("serviceAccountsEnabled", true)
                .put("standardFlowEnabled", false);
        client.putObject("attributes").put("access.token.lifespan", String.valueOf(lifetimeSeconds));
        ArrayNode mappers = client.putArray("protocolMappers");
        if (audience) {
            ObjectNode mapper = mappers.addObject().put("name", "aud").put("protocol", "openid-connect")
                    .put("protocolMapper", "oidc-audience-mapper");
            mapper.putObject("config").put("included.custom.audience", "edukpi-api")
                    .put("access.token.claim", "true");
        }
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(keycloak("/admin/realms/edukpi/clients"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return Map.of("client_id", clientId, "client_secret", clientId + "-secret");
    }

    private static String form(Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static JsonNode claims(String token) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(gateway(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    /** A call through the gateway, its answer checked against the document. */
    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        CONTRACT.recordAnswer(GatewayClient.exchangeOf(response, null));
        return response;
    }

    private static URI gateway(String path) {
        return URI.create(settings.gateway().url() + path);
    }

    private static URI keycloak(String path) {
        return URI.create("http://127.0.0.1:" + settings.keycloakPort() + path);
    }
}
