package io.edukpi.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Remembers the identity quarkus-oidc made of a bearer token it verified, so that the token's next
 * calls skip the verification ({@link CachedTokenIdentityProvider}). Runs before any other
 * augmentor, so what is kept is quarkus-oidc's identity as it was, and augmentors still run on
 * every call.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    public VerifiedTokenRecorder(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(VerifiedTokens.FROM_CACHE) == null) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token != null && !token.isOpaque()) {
                verified.remember(token.getToken(), identity);
            }
        }
        return Uni.createFrom().item(identity);
    }
}
