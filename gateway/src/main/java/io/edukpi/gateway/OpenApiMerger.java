package io.edukpi.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document for clients out of the services' own: every public path of a service (those
 * the gateway routes to it) tagged with the service's name, their components side by side (a name
 * two services use for different things gets the service's prefix), one security scheme (Keycloak,
 * authorization code with PKCE for people and client credentials for machines) and the gateway as
 * the only server.
 */
public final class OpenApiMerger {

    public static final String SECURITY_SCHEME = "keycloak";
    /** The realm roles an operation admits, as its service declared them ({@code @RolesAllowed}). */
    public static final String ROLES_EXTENSION = "x-edukpi-roles";
    /** In {@link #ROLES_EXTENSION}: any valid token will do ({@code @Authenticated}). */
    public static final String ANY_ROLE = "*";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String gatewayUrl;
    private final String realmUrl;

    /**
     * @param gatewayUrl where clients reach the gateway
     * @param realmUrl the realm as browsers and clients reach it, e.g. {@code http://127.0.0.1:8180/realms/edukpi}
     */
    public OpenApiMerger(String gatewayUrl, String realmUrl) {
        this.gatewayUrl = gatewayUrl;
        this.realmUrl = realmUrl;
    }

    /** Merges the documents by service name; services missing from the map are named as unavailable. */
    public ObjectNode merge(SortedMap<String, JsonNode> documents, List<String> unavailable) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(null))
                .filter(v -> v != null).findFirst().orElse("3.0.3"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "edukpi API");
        info.put("version", "1.0");
        info.put("description", "Every service of edukpi behind one gateway. Sign in with Keycloak (realm edukpi): "
                + "people through Swagger UI (authorization code + PKCE, client swagger-ui), machines with client "
                + "credentials." + (unavailable.isEmpty() ? ""
                        : " Not available when this document was made: "
                                + String.join(", ", unavailable) + "."));
        // Who answers for the API: integrators generate clients from this document alone.
        info.putObject("contact").put("name", "edukpi API maintainers");
        merged.putArray("servers").addObject().put("url", gatewayUrl).put("description", "edukpi gateway");
        merged.putArray("security").addObject().putArray(SECURITY_SCHEME);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> operationIds = new HashSet<>();
        documents.forEach((service, document) -> {
            ObjectNode copy = document.deepCopy();
            renameClashingComponents(service, copy, components);
            tags.addObject().put("name", service).put("description", "Served by " + service);
            mergePaths(service, copy, paths, operationIds);
            mergeComponents(copy, components);
        });
        components.putObject("securitySchemes").set(SECURITY_SCHEME, securityScheme());
        return merged;
    }

    private void mergePaths(String service, ObjectNode document, ObjectNode paths, Set<String> operationIds) {
        Iterator<Map.Entry<String, JsonNode>> entries = document.path("paths").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = entry.getKey();
            if (!routedTo(service, path) || paths.has(path)) {
                continue;
            }
            ObjectNode item = (ObjectNode) entry.getValue();
            item.fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                    op.putArray("tags").add(service);
                    // The document-wide Keycloak requirement applies; the roles a service listed as the
                    // scopes of its own scheme stay readable as x-edukpi-roles (they are not OAuth scopes).
                    JsonNode security = op.remove("security");
                    Set<String> roles = new TreeSet<>();
                    if (security != null) {
                        security.forEach(requirement -> requirement.elements()
                                .forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText()))));
                    }
                    if (security != null && !security.isEmpty() && roles.isEmpty()) {
                        roles.add(ANY_ROLE);
                    }
                    if (!roles.isEmpty()) {
                        ArrayNode list = op.putArray(ROLES_EXTENSION);
                        roles.forEach(list::add);
                    }
                    String id = op.path("operationId").asText(null);
                    if (id != null && !operationIds.add(id)) {
                        String prefix = camel(service);
                        String unique = Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1)
                                + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                        op.put("operationId", unique);
                        operationIds.add(unique);
                    }
                }
            });
            paths.set(path, item);
        }
    }

    private static boolean routedTo(String service, String path) {
        String concrete = path.replaceAll("\\{[^}]*}", "x");
        return Route.ALL.stream().anyMatch(r -> r.service().equals(service) && concrete.matches(r.pathRegex()));
    }

    /** A component another service already defined differently is renamed here, with every reference to it. */
    private static void renameClashingComponents(String service, ObjectNode document, ObjectNode merged) {
        Map<String, String> renames = new HashMap<>();
        document.path("components").fields().forEachRemaining(section -> {
            if (section.getKey().equals("securitySchemes")) {
                return;
            }
            JsonNode existing = merged.path(section.getKey());
            ObjectNode own = (ObjectNode) section.getValue();
            for (String name : iterable(own.fieldNames())) {
                if (existing.has(name) && !existing.get(name).equals(own.get(name))) {
                    String renamed = camel(service) + name;
                    renames.put("#/components/" + section.getKey() + "/" + name,
                            "#/components/" + section.getKey() + "/" + renamed);
                }
            }
        });
        if (renames.isEmpty()) {
            return;
        }
        renames.forEach((from, to) -> {
            String[] fromParts = from.split("/");
            String[] toParts = to.split("/");
            ObjectNode section = (ObjectNode) document.path("components").path(fromParts[2]);
            section.set(toParts[3], section.remove(fromParts[3]));
        });
        rewriteRefs(document, renames);
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.put("$ref", renames.get(ref.asText()));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static void mergeComponents(ObjectNode document, ObjectNode merged) {
        document.path("components").fields().forEachRemaining(section -> {
            if (section.getKey().equals("securitySchemes")) {
                return;
            }
            ObjectNode target = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(c -> {
                if (!target.has(c.getKey())) {
                    target.set(c.getKey(), c.getValue());
                }
            });
        });
    }

    private ObjectNode securityScheme() {
        ObjectNode scheme = NODES.objectNode();
        scheme.put("type", "oauth2");
        scheme.put("description", "Keycloak realm edukpi. Access tokens must carry the audience edukpi-api "
                + "(every client of the realm adds it).");
        ObjectNode flows = scheme.putObject("flows");
        ObjectNode code = flows.putObject("authorizationCode");
        code.put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth");
        code.put("tokenUrl", realmUrl + "/protocol/openid-connect/token");
        code.putObject("scopes").put("openid", "OpenID Connect sign-in");
        ObjectNode machines = flows.putObject("clientCredentials");
        machines.put("tokenUrl", realmUrl + "/protocol/openid-connect/token");
        machines.putObject("scopes");
        return scheme;
    }

    private static String camel(String service) {
        StringBuilder out = new StringBuilder();
        for (String part : service.replace("-service", "").split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
