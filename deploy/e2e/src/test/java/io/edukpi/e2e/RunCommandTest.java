package io.edukpi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.Platform;
import io.edukpi.devstack.PlatformSettings;

/**
 * The run command's promises, checked on the real thing: PostgreSQL, Kafka, Keycloak, the four
 * packaged services and the gateway started by {@link Platform} exactly as {@code ./edukpi run}
 * does (on free ports and a temporary data folder), then stopped and started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path data;
    private static PlatformSettings settings;
    private static Platform platform;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("edukpi-run-");
        List<String> args = new ArrayList<>(List.of("--project=" + projectRoot(), "--data=" + data));
        List<String> names = List.of("gateway", "indicator", "registry", "submission", "scoring", "keycloak",
                "postgres", "kafka", "kafka-controller", "smtp", "imap");
        int[] ports = FreePorts.distinct(names.size());
        for (int i = 0; i < names.size(); i++) {
            args.add("--" + names.get(i) + "-port=" + ports[i]);
        }
        settings = PlatformSettings.from(args.toArray(String[]::new), Map.of());
        platform = Platform.start(settings);
    }

    @AfterAll
    static void stop() throws IOException {
        if (platform != null) {
            platform.stop();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void everyServiceIsReadyWithItsDatabaseAndKafkaThroughTheGateway() throws Exception {
        for (PlatformSettings.Service service : settings.services()) {
            HttpResponse<String> response = get("/services/" + service.name() + "/q/health/ready", null);
            assertEquals(200, response.statusCode(), service.name() + ": " + response.body());
            JsonNode health = JSON.readTree(response.body());
            assertEquals("UP", health.path("status").asText());
            List<String> checks = new ArrayList<>();
            health.path("checks").forEach(check -> checks.add(check.path("name").asText()));
            assertTrue(checks.contains("Database connections health check"), checks.toString());
            assertTrue(checks.contains("Kafka connection health check"), checks.toString());
        }
    }

    @Test
    @Order(2)
    void aDemoUserGetsATokenWithRolesAndOfficeFromKeycloak() throws Exception {
        JsonNode claims = claims(token("area.cm1", "edukpi-demo"));
        assertEquals("5001", claims.path("office_code").asText());
        assertTrue(claims.path("realm_access").path("roles").toString().contains("area-officer"), claims.toString());
        JsonNode school = claims(token("school.5034-02", "edukpi-demo"));
        assertEquals("5034", school.path("office_code").asText());
        assertTrue(school.path("school_code").toString().contains("1050340002"), school.toString());
    }

    @Test
    @Order(3)
    void malformedRequestsToEveryServiceAnswerProblemJsonThroughTheGateway() throws Exception {
        for (String path : List.of("/api/v1/catalogues", "/api/v1/registry/schools", "/api/v1/submissions",
                "/api/v1/scores", "/api/v1/scoring/recalculations")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway(path))
                    .header("Content-Type", "application/json")
                    .header("X-Request-Id", "e2e-malformed")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"fiscalYear\": 2554,,}"))
                    .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, path + " -> " + response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
            JsonNode problem = JSON.readTree(response.body());
            assertEquals("e2e-malformed", problem.path("requestId").asText(), path);
            assertEquals(path, problem.path("instance").asText());
        }
    }

    @Test
    @Order(4)
    void stopLeavesNoProcessAndTheNextStartFindsTheData() throws Exception {
        String marker = "e2e-" + System.nanoTime();
        sql("indicator", "insert into processed_event (consumer, event_id, topic) values ('e2e', '" + marker + "', 'restart')");

        platform.stop();
        platform = null;
        List<String> left = ProcessHandle.current().descendants()
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).collect(Collectors.toList());
        assertEquals(List.of(), left, "every process the platform started has stopped");
        assertTrue(FreePorts.isFree(settings.postgresPort()), "PostgreSQL stopped");
        assertTrue(FreePorts.isFree(settings.gateway().port()), "gateway stopped");

        platform = Platform.start(settings);
        assertEquals(marker, sql("indicator",
                "select event_id from processed_event where consumer = 'e2e' and event_id = '" + marker + "'"));
        assertFalse(token("obec.admin", "edukpi-demo").isEmpty(), "the imported realm is still there");
    }

    private static String sql(String database, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + database, "postgres", "postgres");
                Statement st = connection.createStatement()) {
            if (!st.execute(statement)) {
                return null;
            }
            try (ResultSet rs = st.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String token(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=edukpi-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + settings.keycloakPort() + "/realms/edukpi/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static JsonNode claims(String token) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI gateway(String path) {
        return URI.create(settings.gateway().url() + path);
    }

    private static Path projectRoot() {
        // Surefire runs in deploy/e2e.
        return Path.of("").toAbsolutePath().getParent().getParent();
    }
}
