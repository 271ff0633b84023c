package io.edukpi.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens quarkus-oidc has already verified, with the identity it made of them, until the
 * token's {@code exp}. A client calls many times with one token; its RSA signature, issuer and
 * audience need checking once, not on every call. The semantics stay those of local JWT
 * verification: neither checks revocation, and a token is refused from its {@code exp} on. Only
 * exactly the same token string hits (a tampered or other token goes through quarkus-oidc); the
 * key is the token's SHA-256, so looking up compares digests, never the secret itself byte by byte.
 * Bounded in size: the least used tokens are dropped first and then simply verified again.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Attribute of an identity that came from here: it needs no remembering again. */
    static final String FROM_CACHE = "io.edukpi.gateway.verified-token";

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Cache<String, Verified> cache;

    public VerifiedTokens(GatewayConfig config) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.tokenCacheSize())
                .expireAfter(Expiry.<String, Verified> creating((key, verified) -> Duration.ofMillis(
                        Math.max(0, verified.expiresAtMillis() - System.currentTimeMillis()))))
                .build();
    }

    /**
     * The identity of a token verified before and not yet expired, bound to the current request;
     * empty when quarkus-oidc has to verify it.
     */
    public Optional<SecurityIdentity> find(String token, RoutingContext request) {
        Verified verified = cache.getIfPresent(digest(token));
        if (verified == null) {
            return Optional.empty();
        }
        if (System.currentTimeMillis() >= verified.expiresAtMillis()) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.identity())
                .addAttribute(FROM_CACHE, Boolean.TRUE);
        if (request != null) {
            identity.addAttribute(RoutingContext.class.getName(), request);
        }
        return Optional.of(identity.build());
    }

    /** Remembers what quarkus-oidc made of a token; tokens without an {@code exp} are not kept. */
    public void remember(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long expiresAt = jwt.getExpirationTime() * 1000;
        if (expiresAt <= System.currentTimeMillis()) {
            return;
        }
        // Without the request it was verified in: an identity outlives its request here.
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.values().removeIf(value -> value instanceof RoutingContext);
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .build();
        cache.put(digest(token), new Verified(kept, expiresAt));
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return new String(hash, StandardCharsets.ISO_8859_1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
