package io.edukpi.k8s;

import static io.edukpi.k8s.Manifests.get;
import static io.edukpi.k8s.Manifests.name;
import static io.edukpi.k8s.Manifests.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every overlay the build rendered passes the models of its kinds and the project's rules. */
class RenderedOverlaysTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Set<String> APPLICATIONS = Set.of("gateway", "indicator-service", "student-registry-service",
            "submission-service", "scoring-service");

    static String version() {
        return System.getProperty("edukpi.version", "0.1.0-SNAPSHOT");
    }

    /** The topics with a contract: the title of each docs/events/*.schema.json. */
    static Set<String> topics() throws IOException {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.list(Manifests.projectDir().resolve("docs/events"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).toList()) {
                topics.add(JSON.readTree(f.toFile()).path("title").asText());
            }
        }
        return topics;
    }

    @ParameterizedTest
    @ValueSource(strings = { "staging", "production" })
    void everyDocumentMatchesTheModelOfItsKind(String overlay) {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        assertEquals(List.of(), SchemaCheck.problems(docs));
        Map<String, Long> kinds = docs.stream().collect(Collectors.groupingBy(d -> d.path("kind").asText(), TreeMap::new,
                Collectors.counting()));
        assertEquals(5L, kinds.get("Deployment"), kinds.toString());
        assertEquals(7L, kinds.get("KafkaTopic"), kinds.toString());
        assertEquals(5L, kinds.get("Cluster"), kinds.toString());
        assertEquals(1L, kinds.get("Keycloak"), kinds.toString());
        assertEquals(1L, kinds.get("KeycloakRealmImport"), kinds.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "staging", "production" })
    void everyDocumentFollowsTheProjectRules(String overlay) throws IOException {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        assertEquals(List.of(), Rules.all(docs, version(), topics()));
        assertEquals(APPLICATIONS, ofKind(docs, "Deployment").stream().map(Manifests::name).collect(Collectors.toSet()));
        String namespace = overlay.equals("production") ? "edukpi" : "edukpi-staging";
        docs.stream().filter(d -> !d.path("kind").asText().equals("Namespace")).forEach(
                d -> assertEquals(namespace, d.path("metadata").path("namespace").asText(), d.path("kind") + " " + name(d)));
    }

    @ParameterizedTest
    @CsvSource({ "staging, swagger-ui", "production, swagger-ui", "staging, edukpi-overview",
            "production, edukpi-overview" })
    void browserClientsRedirectToTheOverlaysGateway(String overlay, String clientId) {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        String host = get(docs, "Ingress", "gateway").path("spec").path("rules").path(0).path("host").asText();
        JsonNode client = Manifests.list(get(docs, "KeycloakRealmImport", "edukpi-realm").path("spec").path("realm")
                .path("clients")).stream().filter(c -> c.path("clientId").asText().equals(clientId)).findFirst()
                .orElseThrow();
        assertEquals("[\"https://" + host + "/*\"]", client.path("redirectUris").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "staging", "production" })
    void theGatewayGivesBrowsersTheOverlaysRealm(String overlay) {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        String keycloak = get(docs, "Keycloak", "edukpi-keycloak").path("spec").path("hostname").path("hostname").asText();
        assertEquals(keycloak + "/realms/edukpi",
                get(docs, "ConfigMap", "edukpi-gateway").path("data").path("realm-public-url").asText());
    }

    @Test
    void stagingIsSmallerThanProduction() {
        List<ObjectNode> staging = Manifests.overlay("staging");
        List<ObjectNode> production = Manifests.overlay("production");
        for (String app : APPLICATIONS) {
            JsonNode s = get(staging, "HorizontalPodAutoscaler", app).path("spec");
            JsonNode p = get(production, "HorizontalPodAutoscaler", app).path("spec");
            assertTrue(s.path("maxReplicas").asInt() < p.path("maxReplicas").asInt(), app + " maxReplicas");
            assertTrue(s.path("minReplicas").asInt() <= p.path("minReplicas").asInt(), app + " minReplicas");
            for (String kind : List.of("requests", "limits")) {
                for (String res : List.of("cpu", "memory")) {
                    double sv = quantity(get(staging, "Deployment", app), kind, res);
                    double pv = quantity(get(production, "Deployment", app), kind, res);
                    assertTrue(sv <= pv, app + " " + kind + "." + res + ": staging " + sv + " > production " + pv);
                }
            }
        }
        ToDoubleFunction<List<ObjectNode>> requestedCpu = docs -> ofKind(docs, "Deployment").stream()
                .mapToDouble(d -> quantity(d, "requests", "cpu")).sum();
        assertTrue(requestedCpu.applyAsDouble(staging) < requestedCpu.applyAsDouble(production));
        for (ObjectNode c : ofKind(production, "Cluster")) {
            assertTrue(get(staging, "Cluster", name(c)).path("spec").path("instances").asInt() < c.path("spec")
                    .path("instances").asInt(), name(c));
        }
        assertTrue(get(staging, "Keycloak", "edukpi-keycloak").path("spec").path("instances")
                .asInt() < get(production, "Keycloak", "edukpi-keycloak").path("spec").path("instances").asInt());
    }

    private static double quantity(JsonNode deployment, String kind, String resource) {
        String q = deployment.path("spec").path("template").path("spec").path("containers").path(0)
                .path("resources").path(kind).path(resource).asText();
        return io.fabric8.kubernetes.api.model.Quantity.getAmountInBytes(new io.fabric8.kubernetes.api.model.Quantity(q))
                .doubleValue();
    }
}
