package io.edukpi.k8s;

import static io.edukpi.k8s.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The checks bite: each breaks one thing in a copy of the rendered production overlay and expects its failure. */
class BrokenManifestsTest {

    private final List<ObjectNode> docs = Manifests.overlay("production");

    private static ObjectNode container(List<ObjectNode> docs, String app) {
        return (ObjectNode) get(docs, "Deployment", app).path("spec").path("template").path("spec").path("containers").path(0);
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    @Test
    void aTypoInAKubernetesFieldIsAnUnknownField() {
        ObjectNode c = container(docs, "gateway");
        c.set("readinessProb", c.remove("readinessProbe"));
        assertProblem(SchemaCheck.problems(get(docs, "Deployment", "gateway")), "unknown field(s) [readinessProb]");
        // ... and the rule sees the probe missing.
        assertProblem(Rules.deployments(docs), "Deployment gateway container gateway: no readinessProbe");
    }

    @Test
    void aWrongTypeIsRefused() {
        get(docs, "Deployment", "scoring-service").with("spec").put("replicas", "three");
        assertProblem(SchemaCheck.problems(get(docs, "Deployment", "scoring-service")), "apps/v1/Deployment scoring-service");
        ObjectNode labels = get(docs, "Deployment", "indicator-service").with("metadata").with("labels");
        labels.put("edukpi.io/flag", true);
        assertProblem(SchemaCheck.problems(get(docs, "Deployment", "indicator-service")),
                "apps/v1/Deployment indicator-service");
    }

    @Test
    void strimziResourcesAreCheckedToo() {
        ObjectNode topic = get(docs, "KafkaTopic", "score.updated");
        topic.with("spec").set("partition", topic.with("spec").remove("partitions"));
        assertProblem(SchemaCheck.problems(topic), "unknown field(s) [partition]");
        ObjectNode kafka = get(docs, "Kafka", "edukpi-kafka");
        ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").path(0)).put("tls", "yes");
        assertProblem(SchemaCheck.problems(kafka), "kafka.strimzi.io/v1beta2/Kafka edukpi-kafka");
        ObjectNode user = get(docs, "KafkaUser", "scoring-service");
        user.with("spec").with("authentication").put("type", "scram-sha-256");
        assertProblem(SchemaCheck.problems(user), "KafkaUser scoring-service");
    }

    @Test
    void operatorResourcesWithoutPublishedModelsAreCheckedByTheirTypedSubset() {
        ObjectNode cluster = get(docs, "Cluster", "scoring-db");
        cluster.with("spec").set("instance", cluster.with("spec").remove("instances"));
        assertProblem(SchemaCheck.problems(cluster), "postgresql.cnpg.io/v1/Cluster scoring-db");
        ObjectNode keycloak = get(docs, "Keycloak", "edukpi-keycloak");
        keycloak.with("spec").with("hostname").put("hostnme", "x");
        assertProblem(SchemaCheck.problems(keycloak), "k8s.keycloak.org/v2alpha1/Keycloak edukpi-keycloak");
        ObjectNode noStorage = get(docs, "Cluster", "registry-db");
        noStorage.with("spec").remove("storage");
        assertProblem(SchemaCheck.problems(noStorage), "Missing required creator property 'storage'");
        ObjectNode pg = get(docs, "Cluster", "indicator-db");
        pg.with("spec").with("postgresql").with("parameters").put("max_connections", 200);
        assertProblem(SchemaCheck.problems(pg), "postgresql.cnpg.io/v1/Cluster indicator-db");
    }

    @Test
    void aKindWithoutAModelCannotPass() {
        ObjectNode secret = Manifests.YAML.createObjectNode().put("apiVersion", "example.com/v1").put("kind", "Widget");
        secret.with("metadata").put("name", "w");
        assertProblem(SchemaCheck.problems(secret), "no model for this kind");
    }

    @Test
    void rulesSeeMissingLimitsRootAndScaling() {
        ObjectNode c = container(docs, "submission-service");
        c.with("resources").with("limits").remove("memory");
        c.with("securityContext").put("readOnlyRootFilesystem", false);
        get(docs, "Deployment", "submission-service").with("spec").with("template").with("spec").with("securityContext")
                .remove("runAsNonRoot");
        docs.remove(get(docs, "PodDisruptionBudget", "scoring-service"));
        docs.remove(get(docs, "HorizontalPodAutoscaler", "gateway"));
        ((ObjectNode) container(docs, "indicator-service").path("livenessProbe").path("httpGet")).put("port", 9999);
        List<String> v = Rules.deployments(docs);
        assertProblem(v, "submission-service container submission-service: no resources.limits.memory");
        assertProblem(v, "submission-service container submission-service: the root file system is writable");
        assertProblem(v, "submission-service container submission-service: runAsNonRoot is not set");
        assertProblem(v, "indicator-service container indicator-service: livenessProbe port 9999");
        List<String> s = Rules.scaling(docs);
        assertProblem(s, "Deployment scoring-service: no PodDisruptionBudget");
        assertProblem(s, "Deployment gateway: no HorizontalPodAutoscaler");
    }

    @Test
    void rulesSeeNetworkPoliciesThatLetTooMuchThrough() {
        ObjectNode indicator = get(docs, "NetworkPolicy", "indicator-service");
        ((ObjectNode) indicator.path("spec").path("egress").path(0).path("to").path(0).path("podSelector").path("matchLabels"))
                .put("cnpg.io/cluster", "registry-db");
        ObjectNode scoring = get(docs, "NetworkPolicy", "scoring-service");
        ((ArrayNode) scoring.path("spec").path("ingress").path(0).path("from")).addObject().with("ipBlock").put("cidr",
                "0.0.0.0/0");
        ((ArrayNode) scoring.path("spec").path("egress")).addObject().putArray("to").addObject().with("podSelector")
                .with("matchLabels").put("app.kubernetes.io/name", "gateway");
        docs.remove(get(docs, "NetworkPolicy", "default-deny"));
        List<String> v = Rules.networkPolicies(docs);
        assertProblem(v, "no default-deny NetworkPolicy");
        assertProblem(v,
                "NetworkPolicy indicator-service (indicator-service): reaches database registry-db, not its own (indicator-db)");
        assertProblem(v, "NetworkPolicy indicator-service (indicator-service): cannot reach its own database indicator-db");
        assertProblem(v, "NetworkPolicy scoring-service (scoring-service): admits traffic from outside the namespace");
        assertProblem(v, "NetworkPolicy scoring-service (scoring-service): egress to something it does not call");
    }

    @Test
    void rulesSeeInlinedSecrets() {
        ObjectNode c = container(docs, "scoring-service");
        for (var e : c.withArray("env")) {
            if (e.path("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")) {
                ((ObjectNode) e).remove("valueFrom");
                ((ObjectNode) e).put("value", "postgres");
            }
        }
        c.withArray("env").addObject().put("name", "EDUKPI_X").with("valueFrom").with("secretKeyRef")
                .put("name", "made-up").put("key", "k");
        docs.add((ObjectNode) Manifests.YAML.createObjectNode().put("apiVersion", "v1").put("kind", "Secret")
                .set("metadata", Manifests.YAML.createObjectNode().put("name", "oops")));
        ObjectNode realm = (ObjectNode) get(docs, "KeycloakRealmImport", "edukpi-realm").path("spec").path("realm");
        ((ObjectNode) realm.path("clients").path(1)).put("secret", "plain-text");
        realm.withArray("users").addObject().put("username", "someone");
        List<String> v = Rules.secrets(docs);
        assertProblem(v, "Deployment scoring-service: QUARKUS_DATASOURCE_PASSWORD is written in the manifest");
        assertProblem(v, "Deployment scoring-service: EDUKPI_X refers to Secret made-up, which nothing makes");
        assertProblem(v, "Secret oops: secrets are not kept in the manifests");
        assertProblem(v, "has its secret written in the realm");
        assertProblem(v, "user someone is a person");
    }

    @Test
    void rulesSeeTopicsThatAreMissingOrUnderReplicated() throws Exception {
        get(docs, "KafkaTopic", "submission.accepted").with("spec").put("replicas", 1);
        get(docs, "KafkaTopic", "catalogue.published").with("spec").put("partitions", 2);
        docs.remove(get(docs, "KafkaTopic", "registry.statistics"));
        get(docs, "Kafka", "edukpi-kafka").with("spec").with("kafka").with("config").put("min.insync.replicas", 1);
        Set<String> topics = RenderedOverlaysTest.topics();
        List<String> v = Rules.kafka(docs, topics);
        assertProblem(v, "KafkaTopic submission.accepted: replicas 1, not 3");
        assertProblem(v, "KafkaTopic catalogue.published: 2 partitions, fewer than the 6 replicas of its consumer");
        assertProblem(v, "no KafkaTopic for registry.statistics");
        assertProblem(v, "Kafka edukpi-kafka: defaults are not replication 3");
    }

    @Test
    void rulesSeeImagesWithoutRegistryOrVersion() {
        container(docs, "gateway").put("image", "edukpi/gateway:latest");
        List<String> v = Rules.images(docs, RenderedOverlaysTest.version());
        assertProblem(v, "Deployment gateway: image edukpi/gateway:latest is not <registry>/gateway:");
        assertProblem(v, "has no registry");
    }

    @Test
    void kustomizeRefusesABrokenOverlay(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("broken");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                patches:
                  - target:
                      kind: Deployment
                      name: gateway
                    patch: |-
                      - op: replace
                        path: /spec/template/spec/containerz/0/image
                        value: x
                """.formatted(overlay.toAbsolutePath().relativize(Manifests.moduleDir().resolve("base").toAbsolutePath())));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Manifests.kustomize(overlay));
        assertTrue(e.getMessage().contains("containerz"), e.getMessage());
        // The same directory with a valid patch renders: the failure above is the patch's.
        Files.writeString(overlay.resolve("kustomization.yaml"), Files.readString(overlay.resolve("kustomization.yaml"))
                .replace("containerz", "containers"));
        assertEquals("x", Manifests.get(Manifests.kustomize(overlay), "Deployment", "gateway").path("spec")
                .path("template").path("spec").path("containers").path(0).path("image").asText());
    }
}
