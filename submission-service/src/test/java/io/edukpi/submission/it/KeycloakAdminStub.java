package io.edukpi.submission.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Keycloak's token endpoint and the three admin calls the mail relay makes, answered over real HTTP from a fixed
 * list of people (no Keycloak runs in these tests). It checks what Keycloak checks: the client's credentials,
 * then the bearer token on the admin calls.
 * <ul>
 * <li>9401: two area officers, a school officer and a disabled area officer</li>
 * <li>9403: Keycloak answers 503 (the relay retries, then gives up)</li>
 * <li>9404: nobody</li>
 * <li>any other office: one area officer, officer.&lt;office&gt;@test.edukpi.local</li>
 * </ul>
 */
final class KeycloakAdminStub implements AutoCloseable {

    static final String CLIENT = "submission-mailer";
    static final String SECRET = "submission-mailer-local-secret";
    private static final String TOKEN = "stub-service-account-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Person(String id, String office, String email, boolean enabled, String role) {
    }

    private static final List<Person> SPECIAL = List.of(
            new Person("u-9401-officer", "9401", "officer.9401@test.edukpi.local", true, "area-officer"),
            new Person("u-9401-supervisor", "9401", "supervisor.9401@test.edukpi.local", true, "area-officer"),
            new Person("u-9401-school", "9401", "school.9401@test.edukpi.local", true, "school-officer"),
            new Person("u-9401-left", "9401", "left.9401@test.edukpi.local", false, "area-officer"));

    private final HttpServer server;

    private KeycloakAdminStub(HttpServer server) {
        this.server = server;
    }

    static KeycloakAdminStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/realms/edukpi/protocol/openid-connect/token", KeycloakAdminStub::token);
            server.createContext("/admin/realms/edukpi/users", KeycloakAdminStub::users);
            server.start();
            return new KeycloakAdminStub(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String realmUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/edukpi";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT.equals(form.get("client_id"))
                || !SECRET.equals(form.get("client_secret"))) {
            answer(exchange, 401, JSON.createObjectNode().put("error", "unauthorized_client"));
            return;
        }
        answer(exchange, 200, JSON.createObjectNode().put("access_token", TOKEN).put("expires_in", 300)
                .put("token_type", "Bearer"));
    }

    private static void users(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, JSON.createObjectNode().put("error", "HTTP 401 Unauthorized"));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/role-mappings/realm/composite")) {
            String id = path.split("/")[5];
            String role = SPECIAL.stream().filter(p -> p.id().equals(id)).map(Person::role).findFirst()
                    .orElse("area-officer");
            ArrayNode roles = JSON.createArrayNode();
            roles.addObject().put("name", "default-roles-edukpi");
            roles.addObject().put("name", role);
            answer(exchange, 200, roles);
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String office = query.getOrDefault("q", "").replace("office_code:", "");
        if (office.equals("9403")) {
            answer(exchange, 503, JSON.createObjectNode().put("error", "unavailable"));
            return;
        }
        List<Person> people = switch (office) {
            case "9401" -> SPECIAL;
            case "9404" -> List.of();
            default -> List.of(new Person("u-" + office, office, "officer." + office + "@test.edukpi.local", true,
                    "area-officer"));
        };
        ArrayNode users = JSON.createArrayNode();
        for (Person p : people) {
            ObjectNode user = users.addObject().put("id", p.id()).put("username", p.id()).put("email", p.email())
                    .put("enabled", p.enabled());
            user.putObject("attributes").putArray("office_code").add(p.office());
        }
        answer(exchange, 200, users);
    }

    private static Map<String, String> query(String text) {
        Map<String, String> values = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
