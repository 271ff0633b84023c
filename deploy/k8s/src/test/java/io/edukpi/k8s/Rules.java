package io.edukpi.k8s;

import static io.edukpi.k8s.Manifests.list;
import static io.edukpi.k8s.Manifests.name;
import static io.edukpi.k8s.Manifests.ofKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The project's rules over a rendered overlay (docs/deployment.md, "What the build checks"). Each
 * method returns the violations it finds, as sentences; an empty list is a pass.
 */
final class Rules {

    /** Secrets the platform expects to exist, created outside these manifests (docs/deployment.md). */
    static final Set<String> EXTERNAL_SECRETS = Set.of("edukpi-keycloak-clients", "edukpi-gateway-tls",
            "edukpi-smtp");
    static final String KAFKA_CLUSTER = "edukpi-kafka";
    static final int AREA_OFFICES = 245;
    private static final Pattern SENSITIVE = Pattern.compile(".*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL|KEY).*");
    private static final Pattern JDBC_HOST = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw(:\\d+)?/.*");

    private Rules() {
    }

    static List<String> all(List<ObjectNode> docs, String version, Set<String> topics) {
        List<String> v = new ArrayList<>();
        v.addAll(deployments(docs));
        v.addAll(scaling(docs));
        v.addAll(networkPolicies(docs));
        v.addAll(secrets(docs));
        v.addAll(kafka(docs, topics));
        v.addAll(images(docs, version));
        return v;
    }

    // ---- Deployments: resources, probes on the right port, non-root, read-only root file system

    static List<String> deployments(List<ObjectNode> docs) {
        List<String> v = new ArrayList<>();
        for (ObjectNode d : ofKind(docs, "Deployment")) {
            String n = "Deployment " + name(d);
            JsonNode pod = d.path("spec").path("template").path("spec");
            boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
            for (JsonNode c : list(pod.path("containers"))) {
                String cn = n + " container " + c.path("name").asText();
                for (String kind : List.of("requests", "limits")) {
                    for (String res : List.of("cpu", "memory")) {
                        if (c.path("resources").path(kind).path(res).isMissingNode()) {
                            v.add(cn + ": no resources." + kind + "." + res);
                        }
                    }
                }
                Set<String> ports = new HashSet<>();
                for (JsonNode p : list(c.path("ports"))) {
                    ports.add(p.path("name").asText());
                    ports.add(p.path("containerPort").asText());
                }
                probe(v, cn, c, "livenessProbe", "/q/health/live", ports);
                probe(v, cn, c, "readinessProbe", "/q/health/ready", ports);
                JsonNode sc = c.path("securityContext");
                if (!podNonRoot && !sc.path("runAsNonRoot").asBoolean(false)) {
                    v.add(cn + ": runAsNonRoot is not set (pod or container)");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    v.add(cn + ": the root file system is writable (readOnlyRootFilesystem)");
                }
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    v.add(cn + ": allowPrivilegeEscalation is not false");
                }
                if (!list(sc.path("capabilities").path("drop")).stream().anyMatch(x -> x.asText().equals("ALL"))) {
                    v.add(cn + ": capabilities are not dropped (drop: [ALL])");
                }
            }
        }
        return v;
    }

    private static void probe(List<String> v, String where, JsonNode c, String probe, String path, Set<String> ports) {
        JsonNode http = c.path(probe).path("httpGet");
        if (http.isMissingNode()) {
            v.add(where + ": no " + probe);
            return;
        }
        if (!path.equals(http.path("path").asText())) {
            v.add(where + ": " + probe + " asks " + http.path("path").asText() + ", not " + path);
        }
        if (!ports.contains(http.path("port").asText())) {
            v.add(where + ": " + probe + " port " + http.path("port").asText() + " is not a port of the container");
        }
    }

    // ---- Every stateless application: an HPA and a PDB

    static List<String> scaling(List<ObjectNode> docs) {
        List<String> v = new ArrayList<>();
        for (ObjectNode d : ofKind(docs, "Deployment")) {
            String n = name(d);
            boolean hpa = ofKind(docs, "HorizontalPodAutoscaler").stream()
                    .anyMatch(h -> h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && h.path("spec").path("scaleTargetRef").path("name").asText().equals(n)
                            && h.path("spec").path("minReplicas").asInt(0) >= 1
                            && h.path("spec").path("maxReplicas").asInt(0) >= h.path("spec").path("minReplicas").asInt(0));
            if (!hpa) {
                v.add("Deployment " + n + ": no HorizontalPodAutoscaler scales it");
            }
            JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
            boolean pdb = ofKind(docs, "PodDisruptionBudget").stream()
                    .anyMatch(p -> selects(p.path("spec").path("selector").path("matchLabels"), labels));
            if (!pdb) {
                v.add("Deployment " + n + ": no PodDisruptionBudget selects its pods");
            }
        }
        return v;
    }

    // ---- NetworkPolicies

    static List<String> networkPolicies(List<ObjectNode> docs) {
        List<String> v = new ArrayList<>();
        List<ObjectNode> policies = ofKind(docs, "NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && list(p.path("spec").path("policyTypes")).stream().map(JsonNode::asText).toList()
                        .containsAll(List.of("Ingress", "Egress"))
                && p.path("spec").path("ingress").isMissingNode() && p.path("spec").path("egress").isMissingNode());
        if (!defaultDeny) {
            v.add("no default-deny NetworkPolicy (all pods, Ingress and Egress, no rule)");
        }
        boolean dns = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && list(p.path("spec").path("egress")).stream()
                        .anyMatch(r -> list(r.path("ports")).stream().anyMatch(port -> port.path("port").asInt() == 53)));
        if (!dns) {
            v.add("no NetworkPolicy lets pods resolve names (egress to port 53)");
        }
        Set<String> apps = new TreeSet<>();
        ofKind(docs, "Deployment").forEach(d -> apps.add(name(d)));
        for (ObjectNode d : ofKind(docs, "Deployment")) {
            String app = name(d);
            JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
            List<ObjectNode> own = policies.stream()
                    .filter(p -> !p.path("spec").path("podSelector").isEmpty())
                    .filter(p -> selects(p.path("spec").path("podSelector").path("matchLabels"), labels)).toList();
            if (own.isEmpty()) {
                v.add("Deployment " + app + ": no NetworkPolicy of its own");
            }
            String db = ownDatabase(d);
            for (ObjectNode p : own) {
                String where = "NetworkPolicy " + name(p) + " (" + app + ")";
                for (JsonNode rule : list(p.path("spec").path("ingress"))) {
                    for (JsonNode peer : list(rule.path("from"))) {
                        boolean outside = peer.has("namespaceSelector") || peer.has("ipBlock");
                        if (outside && !app.equals("gateway")) {
                            v.add(where + ": admits traffic from outside the namespace; only the gateway may");
                        }
                        if (!outside && !apps.contains(peer.path("podSelector").path("matchLabels")
                                .path("app.kubernetes.io/name").asText())) {
                            v.add(where + ": admits pods other than the platform's applications: " + peer);
                        }
                    }
                    if (rule.path("from").isMissingNode() || list(rule.path("from")).isEmpty()) {
                        v.add(where + ": an ingress rule without 'from' admits everyone");
                    }
                }
                for (JsonNode rule : list(p.path("spec").path("egress"))) {
                    if (list(rule.path("to")).isEmpty()) {
                        v.add(where + ": an egress rule without 'to' lets it reach anything");
                    }
                    for (JsonNode peer : list(rule.path("to"))) {
                        if (peer.has("namespaceSelector") || peer.has("ipBlock")) {
                            v.add(where + ": egress leaves the namespace: " + peer);
                            continue;
                        }
                        JsonNode m = peer.path("podSelector").path("matchLabels");
                        String cluster = m.path("cnpg.io/cluster").asText(null);
                        boolean kafka = KAFKA_CLUSTER.equals(m.path("strimzi.io/cluster").asText())
                                && "Kafka".equals(m.path("strimzi.io/kind").asText());
                        boolean keycloak = "keycloak".equals(m.path("app").asText());
                        String upstream = m.path("app.kubernetes.io/name").asText(null);
                        if (cluster != null) {
                            if (!cluster.equals(db)) {
                                v.add(where + ": reaches database " + cluster + ", not its own (" + db + ")");
                            }
                        } else if (kafka) {
                            if (db == null) {
                                v.add(where + ": reaches Kafka without being a Kafka client");
                            }
                        } else if (!keycloak && !(upstream != null && apps.contains(upstream) && calls(d, upstream))) {
                            v.add(where + ": egress to something it does not call: " + m);
                        }
                    }
                }
                if (db != null && list(p.path("spec").path("egress")).stream().flatMap(r -> list(r.path("to")).stream())
                        .noneMatch(peer -> db
                                .equals(peer.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()))) {
                    v.add(where + ": cannot reach its own database " + db);
                }
            }
        }
        return v;
    }

    /** The CNPG cluster a Deployment's JDBC URL names (host {@code <cluster>-rw}), or null. */
    static String ownDatabase(JsonNode deployment) {
        for (JsonNode e : env(deployment)) {
            if (e.path("name").asText().equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                Matcher m = JDBC_HOST.matcher(e.path("value").asText());
                return m.matches() ? m.group(1) : "unparsable JDBC URL " + e.path("value").asText();
            }
        }
        return null;
    }

    /** Whether the application is configured with a URL of the upstream's Service. */
    private static boolean calls(JsonNode deployment, String upstream) {
        return env(deployment).stream().anyMatch(e -> e.path("value").asText().startsWith("http://" + upstream + ":"));
    }

    private static List<JsonNode> env(JsonNode deployment) {
        List<JsonNode> env = new ArrayList<>();
        list(deployment.path("spec").path("template").path("spec").path("containers"))
                .forEach(c -> env.addAll(list(c.path("env"))));
        return env;
    }

    // ---- Secrets: by reference only, and only to secrets something makes

    static List<String> secrets(List<ObjectNode> docs) {
        List<String> v = new ArrayList<>();
        ofKind(docs, "Secret").forEach(s -> v.add("Secret " + name(s) + ": secrets are not kept in the manifests"));
        Set<String> known = new HashSet<>(EXTERNAL_SECRETS);
        ofKind(docs, "Cluster").forEach(c -> known.add(name(c) + "-app"));
        ofKind(docs, "KafkaUser").forEach(u -> known.add(name(u)));
        ofKind(docs, "Kafka").forEach(k -> known.add(name(k) + "-cluster-ca-cert"));
        for (ObjectNode d : ofKind(docs, "Deployment")) {
            String n = "Deployment " + name(d);
            for (JsonNode e : env(d)) {
                String var = e.path("name").asText();
                if (SENSITIVE.matcher(var).matches() && e.has("value")) {
                    v.add(n + ": " + var + " is written in the manifest; take it from a Secret (secretKeyRef)");
                }
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode() && !known.contains(ref.path("name").asText())) {
                    v.add(n + ": " + var + " refers to Secret " + ref.path("name").asText() + ", which nothing makes");
                }
            }
            for (JsonNode vol : list(d.path("spec").path("template").path("spec").path("volumes"))) {
                String secret = vol.path("secret").path("secretName").asText(null);
                if (secret != null && !known.contains(secret)) {
                    v.add(n + ": volume " + vol.path("name").asText() + " mounts Secret " + secret + ", which nothing makes");
                }
            }
        }
        for (ObjectNode k : ofKind(docs, "Keycloak")) {
            for (String ref : List.of("usernameSecret", "passwordSecret")) {
                JsonNode s = k.path("spec").path("db").path(ref);
                if (s.isMissingNode() || !known.contains(s.path("name").asText())) {
                    v.add("Keycloak " + name(k) + ": db." + ref + " is not a Secret something makes");
                }
            }
        }
        for (ObjectNode r : ofKind(docs, "KeycloakRealmImport")) {
            JsonNode placeholders = r.path("spec").path("placeholders");
            for (JsonNode client : list(r.path("spec").path("realm").path("clients"))) {
                if (client.has("secret")) {
                    Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(client.path("secret").asText());
                    if (!m.matches() || !placeholders.has(m.group(1))) {
                        v.add("KeycloakRealmImport " + name(r) + ": client " + client.path("clientId").asText()
                                + " has its secret written in the realm; use a placeholder from a Secret");
                    } else if (!known.contains(placeholders.path(m.group(1)).path("secret").path("name").asText())) {
                        v.add("KeycloakRealmImport " + name(r) + ": placeholder " + m.group(1)
                                + " refers to an unknown Secret");
                    }
                }
            }
            for (JsonNode user : list(r.path("spec").path("realm").path("users"))) {
                if (user.has("credentials") || !user.has("serviceAccountClientId")) {
                    v.add("KeycloakRealmImport " + name(r) + ": user " + user.path("username").asText()
                            + " is a person or has credentials; people come from the identity provider, not the import");
                }
            }
        }
        return v;
    }

    // ---- Kafka: every topic, replication 3, min.insync.replicas 2, partitions for 245 offices

    static List<String> kafka(List<ObjectNode> docs, Set<String> topics) {
        List<String> v = new ArrayList<>();
        Map<String, ObjectNode> byTopic = new HashMap<>();
        for (ObjectNode t : ofKind(docs, "KafkaTopic")) {
            String topic = t.path("spec").path("topicName").asText(name(t));
            byTopic.put(topic, t);
            String n = "KafkaTopic " + topic;
            if (!KAFKA_CLUSTER.equals(t.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                v.add(n + ": not labelled for the cluster " + KAFKA_CLUSTER);
            }
            if (t.path("spec").path("replicas").asInt() != 3) {
                v.add(n + ": replicas " + t.path("spec").path("replicas").asText() + ", not 3");
            }
            if (t.path("spec").path("config").path("min.insync.replicas").asInt() != 2) {
                v.add(n + ": min.insync.replicas is not 2");
            }
            int partitions = t.path("spec").path("partitions").asInt();
            if (partitions > AREA_OFFICES) {
                v.add(n + ": " + partitions + " partitions for " + AREA_OFFICES + " office keys leaves partitions empty");
            }
            for (ObjectNode user : ofKind(docs, "KafkaUser")) {
                if (reads(user, topic)) {
                    int max = ofKind(docs, "HorizontalPodAutoscaler").stream()
                            .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(name(user)))
                            .mapToInt(h -> h.path("spec").path("maxReplicas").asInt()).max().orElse(1);
                    if (partitions < max) {
                        v.add(n + ": " + partitions + " partitions, fewer than the " + max + " replicas of its consumer "
                                + name(user) + " (the rest would idle)");
                    }
                }
            }
        }
        for (String topic : topics) {
            if (!byTopic.containsKey(topic)) {
                v.add("no KafkaTopic for " + topic + " (docs/events)");
            }
        }
        for (String topic : byTopic.keySet()) {
            if (!topics.contains(topic)) {
                v.add("KafkaTopic " + topic + " has no contract in docs/events");
            }
        }
        for (ObjectNode k : ofKind(docs, "Kafka")) {
            JsonNode config = k.path("spec").path("kafka").path("config");
            if (config.path("min.insync.replicas").asInt() != 2 || config.path("default.replication.factor").asInt() != 3
                    || config.path("offsets.topic.replication.factor").asInt() != 3) {
                v.add("Kafka " + name(k) + ": defaults are not replication 3, min.insync.replicas 2");
            }
            if (config.path("auto.create.topics.enable").asBoolean(true)) {
                v.add("Kafka " + name(k) + ": topics may be created by clients (auto.create.topics.enable)");
            }
            int brokers = ofKind(docs, "KafkaNodePool").stream()
                    .filter(p -> list(p.path("spec").path("roles")).stream().anyMatch(r -> r.asText().equals("broker")))
                    .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
            if (brokers < 3) {
                v.add("Kafka " + name(k) + ": " + brokers + " brokers cannot hold 3 replicas");
            }
        }
        // Every Kafka client has its KafkaUser, named like its Deployment.
        for (ObjectNode d : ofKind(docs, "Deployment")) {
            for (JsonNode e : env(d)) {
                if (e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    String user = e.path("valueFrom").path("secretKeyRef").path("name").asText();
                    if (!user.equals(name(d)) || Manifests.find(docs, "KafkaUser", user).isEmpty()) {
                        v.add("Deployment " + name(d) + ": its Kafka credentials are not those of a KafkaUser " + name(d));
                    }
                }
            }
        }
        return v;
    }

    static boolean reads(JsonNode user, String topic) {
        return list(user.path("spec").path("authorization").path("acls")).stream()
                .anyMatch(acl -> acl.path("resource").path("type").asText().equals("topic")
                        && acl.path("resource").path("name").asText().equals(topic)
                        && list(acl.path("operations")).stream().anyMatch(o -> o.asText().equals("Read")));
    }

    // ---- Images: edukpi/<module>:<version>, the registry set by the overlay

    static List<String> images(List<ObjectNode> docs, String version) {
        List<String> v = new ArrayList<>();
        for (ObjectNode d : ofKind(docs, "Deployment")) {
            for (JsonNode c : list(d.path("spec").path("template").path("spec").path("containers"))) {
                String image = c.path("image").asText();
                if (!image.endsWith("/" + name(d) + ":" + version)) {
                    v.add("Deployment " + name(d) + ": image " + image + " is not <registry>/" + name(d) + ":" + version);
                }
                if (image.startsWith("edukpi/")) {
                    v.add("Deployment " + name(d) + ": image " + image + " has no registry (the overlay's images:)");
                }
            }
        }
        return v;
    }

    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels == null || matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = matchLabels.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
