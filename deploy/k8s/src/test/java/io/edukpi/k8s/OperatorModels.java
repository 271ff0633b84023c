package io.edukpi.k8s;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * Typed models of the CloudNativePG and Keycloak operator resources, for {@link SchemaCheck}: neither
 * project publishes its CRDs or API classes to Maven Central, so these are written from their API
 * references (CloudNativePG 1.27 {@code postgresql.cnpg.io/v1}, Keycloak operator 26.4
 * {@code k8s.keycloak.org/v2alpha1}). They hold the fields this project uses, with the operators'
 * names and types (a field outside them fails): a manifest that needs another field adds it here,
 * as named in the API reference.
 */
final class OperatorModels {

    private OperatorModels() {
    }

    // ---- CloudNativePG

    record CnpgCluster(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) CnpgSpec spec) {
    }

    record CnpgSpec(@JsonProperty(required = true) Integer instances, String imageName, String description,
            PrimaryUpdateStrategy primaryUpdateStrategy, Boolean enableSuperuserAccess, CnpgBootstrap bootstrap,
            CnpgPostgresql postgresql, @JsonProperty(required = true) CnpgStorage storage,
            ResourceRequirements resources, CnpgAffinity affinity) {
    }

    enum PrimaryUpdateStrategy {
        unsupervised,
        supervised
    }

    record CnpgBootstrap(CnpgInitDb initdb) {
    }

    record CnpgInitDb(String database, String owner, LocalObjectReference secret) {
    }

    record LocalObjectReference(@JsonProperty(required = true) String name) {
    }

    record CnpgPostgresql(Map<String, String> parameters) {
    }

    record CnpgStorage(@JsonProperty(required = true) Quantity size, String storageClass) {
    }

    record CnpgAffinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    // ---- Keycloak operator

    record Keycloak(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) KeycloakSpec spec) {
    }

    record KeycloakSpec(Integer instances, String image, KeycloakDb db, KeycloakHttp http,
            KeycloakHostname hostname, KeycloakProxy proxy, KeycloakIngress ingress,
            ResourceRequirements resources) {
    }

    record KeycloakDb(@JsonProperty(required = true) DbVendor vendor, String host, Integer port, String database,
            SecretKeySelector usernameSecret, SecretKeySelector passwordSecret) {
    }

    enum DbVendor {
        postgres,
        mariadb,
        mysql,
        mssql,
        oracle
    }

    record KeycloakHttp(Boolean httpEnabled, Integer httpPort, Integer httpsPort, String tlsSecret) {
    }

    record KeycloakHostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {
    }

    record KeycloakProxy(ProxyHeaders headers) {
    }

    enum ProxyHeaders {
        forwarded,
        xforwarded
    }

    record KeycloakIngress(Boolean enabled, String className, Map<String, String> annotations) {
    }

    record KeycloakRealmImport(@JsonProperty(required = true) String apiVersion,
            @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata,
            @JsonProperty(required = true) RealmImportSpec spec) {
    }

    /** The realm itself is Keycloak's realm representation: KeycloakRealmImportTest compares it with the realm file. */
    record RealmImportSpec(@JsonProperty(required = true) String keycloakCRName,
            @JsonProperty(required = true) JsonNode realm,
            Map<String, Placeholder> placeholders) {
    }

    record Placeholder(@JsonProperty(required = true) PlaceholderSecret secret) {
    }

    record PlaceholderSecret(@JsonProperty(required = true) String name, @JsonProperty(required = true) String key) {
    }
}
