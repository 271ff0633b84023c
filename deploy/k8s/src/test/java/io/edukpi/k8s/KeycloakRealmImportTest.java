package io.edukpi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm the cluster imports is the realm of the local stack (deploy/keycloak/edukpi-realm.json)
 * without what is local only: the password-grant client edukpi-cli, the example MIS clients, the demo
 * users and the clients' secrets (placeholders from the Secret edukpi-keycloak-clients instead).
 * A change to the realm file without the same change in base/platform/keycloak.yaml fails here.
 */
class KeycloakRealmImportTest {

    private static boolean localOnly(String clientId) {
        return clientId.equals("edukpi-cli") || clientId.startsWith("mis-schoolmis-");
    }

    /** The browser clients: their redirect URIs are the overlay's gateway host, the local realm's are loopback. */
    static boolean redirectsToTheGateway(String clientId) {
        return clientId.equals("swagger-ui") || clientId.equals("edukpi-overview");
    }

    static ObjectNode clusterRealm(ObjectNode realm) {
        ArrayNode clients = realm.arrayNode();
        for (JsonNode c : realm.path("clients")) {
            if (localOnly(c.path("clientId").asText())) {
                continue;
            }
            ObjectNode client = c.deepCopy();
            if (client.has("secret")) {
                client.put("secret",
                        "${" + client.path("clientId").asText().toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET}");
            }
            if (redirectsToTheGateway(client.path("clientId").asText())) {
                client.remove("redirectUris"); // the overlay's gateway host (RenderedOverlaysTest)
            }
            clients.add(client);
        }
        realm.set("clients", clients);
        ArrayNode users = realm.arrayNode();
        for (JsonNode u : realm.path("users")) {
            if (u.has("serviceAccountClientId") && !localOnly(u.path("serviceAccountClientId").asText())) {
                users.add(u);
            }
        }
        realm.set("users", users);
        return realm;
    }

    @Test
    void theImportedRealmIsTheLocalRealmWithoutLocalOnlyParts() throws IOException {
        ObjectNode local = (ObjectNode) new ObjectMapper().readTree(
                Manifests.projectDir().resolve("deploy/keycloak/edukpi-realm.json").toFile());
        for (String overlay : Manifests.OVERLAYS) {
            ObjectNode imported = Manifests.get(Manifests.overlay(overlay), "KeycloakRealmImport", "edukpi-realm")
                    .path("spec").path("realm").deepCopy();
            for (JsonNode c : imported.path("clients")) {
                if (redirectsToTheGateway(c.path("clientId").asText())) {
                    ((ObjectNode) c).remove("redirectUris");
                }
            }
            assertEquals(clusterRealm(local.deepCopy()), imported, overlay);
        }
    }
}
