package io.edukpi.commons.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the verified access token says: roles and the office or schools the caller
 * is bound to. Scoping decisions (own office, own school) are the service's, made with this.
 */
@RequestScoped
public class Caller {

    public static final String OFFICE_CODE = "office_code";
    public static final String SCHOOL_CODE = "school_code";
    public static final String SCHOOL_CODES = "school_codes";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The user name ({@code preferred_username}), or the subject for service accounts. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The OAuth client the token was issued to ({@code azp}), e.g. {@code mis-schoolmis-5001}. */
    public Optional<String> clientId() {
        return string("azp");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The area office an area officer or school officer belongs to. */
    public Optional<String> officeCode() {
        return string(OFFICE_CODE);
    }

    /** The school a school officer belongs to. */
    public Optional<String> schoolCode() {
        return string(SCHOOL_CODE);
    }

    /** The schools an MIS client may write; a JSON array or a comma/space separated string. */
    public Set<String> misSchoolCodes() {
        Object claim = claim(SCHOOL_CODES);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> codes.add(text(v)));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> codes.add(text(v)));
        } else if (claim != null) {
            for (String code : text(claim).split("[,\\s]+")) {
                if (!code.isBlank()) {
                    codes.add(code);
                }
            }
        }
        return Set.copyOf(codes);
    }

    /**
     * A single-valued claim. Keycloak sends a user attribute as a one-element array when its mapper
     * is multivalued; that is the value. Several values bind the caller to no single office or
     * school, so there is none.
     */
    private Optional<String> string(String name) {
        Object claim = claim(name);
        if (claim instanceof JsonArray array) {
            claim = array.size() == 1 ? array.get(0) : null;
        } else if (claim instanceof Collection<?> values) {
            claim = values.size() == 1 ? values.iterator().next() : null;
        }
        if (claim == null) {
            return Optional.empty();
        }
        String value = text(claim);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private Object claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        return token.getClaim(name);
    }

    private static String text(Object value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonValue json) {
            return json.toString();
        }
        return String.valueOf(value);
    }
}
