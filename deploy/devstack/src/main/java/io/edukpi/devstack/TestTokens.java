package io.edukpi.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens for service tests: real RS256 JWTs shaped like the tokens of realm {@code edukpi}
 * (roles in {@code realm_access.roles}, {@code office_code}, {@code school_code}, {@code school_codes},
 * audience {@code edukpi-api}), signed with a key pair made once per test JVM.
 * {@link DevStackResource} configures that key as the service's verification key, so the service
 * checks signature, expiry and audience exactly as it does with Keycloak's tokens. Tests against
 * the whole platform use real Keycloak tokens instead.
 */
public final class TestTokens {

    public static final String AUDIENCE = "edukpi-api";
    public static final String ISSUER = "https://edukpi.test/realms/edukpi";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair KEYS = generate();
    private static final KeyPair FOREIGN_KEYS = generate();

    private TestTokens() {
    }

    /** The public key in the form {@code quarkus.oidc.public-key} takes (base64 X.509, no PEM armour). */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static String obecAdmin() {
        return of("obec.admin", Set.of("obec-admin", "registry-pii"), Map.of());
    }

    public static String reviewer() {
        return of("obec.reviewer", Set.of("reviewer"), Map.of());
    }

    public static String areaOfficer(String officeCode) {
        return of("area." + officeCode, Set.of("area-officer"), Map.of("office_code", officeCode));
    }

    public static String schoolOfficer(String officeCode, String schoolCode) {
        return of("school." + schoolCode, Set.of("school-officer"),
                Map.of("office_code", officeCode, "school_code", schoolCode));
    }

    public static String dashboard() {
        return client("dashboard-client", Set.of("dashboard"), Map.of());
    }

    public static String batch() {
        return client("batch-client", Set.of("batch"), Map.of());
    }

    public static String misClient(String clientId, String... schoolCodes) {
        return client(clientId, Set.of("mis-client"), Map.of("school_codes", List.of(schoolCodes)));
    }

    /** A user token with the given roles and extra claims. */
    public static String of(String username, Set<String> roles, Map<String, Object> claims) {
        return builder(username).roles(roles).claims(claims).sign();
    }

    private static String client(String clientId, Set<String> roles, Map<String, Object> claims) {
        return builder("service-account-" + clientId).clientId(clientId).roles(roles).claims(claims).sign();
    }

    public static Builder builder(String username) {
        return new Builder(username);
    }

    /** For the failure cases: expired, foreign key, another audience, tampered payload. */
    public static final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Set<String> roles = Set.of();
        private Duration lifetime = Duration.ofMinutes(5);
        private Instant issuedAt = Instant.now();
        private Object audience = AUDIENCE;
        private boolean foreignKey;

        private Builder(String username) {
            claims.put("preferred_username", username);
            claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
            claims.put("azp", "edukpi-cli");
        }

        public Builder roles(Set<String> roles) {
            this.roles = Set.copyOf(roles);
            return this;
        }

        public Builder claims(Map<String, Object> extra) {
            claims.putAll(extra);
            return this;
        }

        public Builder clientId(String clientId) {
            claims.put("azp", clientId);
            claims.put("client_id", clientId);
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** A token whose lifetime ended {@code ago}. */
        public Builder expired(Duration ago) {
            this.issuedAt = Instant.now().minus(ago).minus(lifetime);
            return this;
        }

        /** Signed by a key the service does not know. */
        public Builder foreignKey() {
            this.foreignKey = true;
            return this;
        }

        public String sign() {
            Map<String, Object> payload = new LinkedHashMap<>(claims);
            payload.put("iss", ISSUER);
            payload.put("aud", audience);
            payload.put("iat", issuedAt.getEpochSecond());
            payload.put("exp", issuedAt.plus(lifetime).getEpochSecond());
            payload.put("jti", UUID.randomUUID().toString());
            payload.put("typ", "Bearer");
            payload.put("realm_access", Map.of("roles", roles));
            String signingInput = base64(json(Map.of("alg", "RS256", "typ", "JWT", "kid", "edukpi-test"))) + "."
                    + base64(json(payload));
            return signingInput + "." + signature(signingInput, (foreignKey ? FOREIGN_KEYS : KEYS).getPrivate());
        }
    }

    /** The same token with one payload claim changed after signing: the signature no longer matches. */
    public static String tampered(String token, String claim, Object value) {
        String[] parts = token.split("\\.");
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            payload.put(claim, value);
            return parts[0] + "." + base64(json(payload)) + "." + parts[2];
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT: " + token, e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String signature(String input, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
