package io.edukpi.submission.it;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.FreePorts;
import io.edukpi.devstack.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.http.ContentType;

/**
 * A real Keycloak 26 with the project's realm (deploy/keycloak), started once per test JVM (its data in the test
 * PostgreSQL, the distribution unpacked under target/keycloak), holding the officers MailTest writes to. Made
 * through Keycloak's admin REST API:
 * <ul>
 * <li>9401: officer.9401 (realm role area-officer), supervisor.9401 (area-officer through a group, as a realm
 * administrator would give it), school.9401 (school-officer) and left.9401 (area-officer, disabled)</li>
 * <li>9402: officer.9402</li>
 * <li>9403, 9404: nobody</li>
 * </ul>
 */
public class OfficersKeycloak implements QuarkusTestResourceLifecycleManager {

    private static final String GROUP = "test-area-officers";
    private static KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        return Map.of("edukpi.mail.keycloak.realm-url", keycloak().realmUrl());
    }

    private static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            long started = System.nanoTime();
            // Surefire runs in submission-service.
            Path project = Path.of("").toAbsolutePath().getParent();
            keycloak = KeycloakServer.start(Path.of("target", "keycloak").toAbsolutePath(),
                    project.resolve("deploy/keycloak"), FreePorts.any(), DevStackResource.servers().postgres(),
                    "keycloak");
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
            createOfficers(keycloak.url());
            System.out.printf("Keycloak for the mail tests ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        }
        return keycloak;
    }

    private static void createOfficers(String url) {
        String token = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
                        KeycloakServer.ADMIN_USER, "password", KeycloakServer.ADMIN_PASSWORD))
                .post(url + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        String admin = url + "/admin/realms/edukpi";
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", GROUP))
                .post(admin + "/groups").then().statusCode(201);
        String group = given().auth().oauth2(token).queryParam("search", GROUP).get(admin + "/groups").then()
                .statusCode(200).extract().path("[0].id");
        Object areaOfficer = given().auth().oauth2(token).get(admin + "/roles/area-officer").then().statusCode(200)
                .extract().as(Map.class);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(areaOfficer))
                .post(admin + "/groups/" + group + "/role-mappings/realm").then().statusCode(204);

        user(token, admin, "officer.9401", "9401", true, List.of("area-officer"), List.of());
        user(token, admin, "supervisor.9401", "9401", true, List.of(), List.of(GROUP));
        user(token, admin, "school.9401", "9401", true, List.of("school-officer"), List.of());
        user(token, admin, "left.9401", "9401", false, List.of("area-officer"), List.of());
        user(token, admin, "officer.9402", "9402", true, List.of("area-officer"), List.of());
    }

    private static void user(String token, String admin, String name, String office, boolean enabled,
            List<String> roles, List<String> groups) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("username", name, "email", name + "@test.edukpi.local", "emailVerified", true, "enabled",
                        enabled, "attributes", Map.of("office_code", List.of(office)), "groups",
                        groups.stream().map(g -> "/" + g).toList()))
                .post(admin + "/users").then().statusCode(201);
        String id = given().auth().oauth2(token).queryParams(Map.of("username", name, "exact", true))
                .get(admin + "/users").then().statusCode(200).extract().path("[0].id");
        for (String role : roles) {
            Object representation = given().auth().oauth2(token).get(admin + "/roles/" + role).then().statusCode(200)
                    .extract().as(Map.class);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(representation))
                    .post(admin + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
        }
    }

    /** Keycloak outlives a Quarkus restart between test profiles; the JVM's exit stops it. */
    @Override
    public void stop() {
    }
}
