package io.edukpi.submission.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.security.Roles;
import io.edukpi.submission.config.MailConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * The e-mail addresses of an office's officers: the realm's enabled users with realm role area-officer (directly
 * or through a group) and attribute office_code, read from Keycloak's admin API with the service account of
 * client submission-mailer (realm-management view-users, query-users). Kept briefly, so a relay run asks
 * Keycloak once per office.
 */
@ApplicationScoped
public class OfficerAddresses {

    private static final String OFFICE_ATTRIBUTE = "office_code";

    private record Known(List<String> addresses, Instant until) {
    }

    private record Bearer(String header, Instant until) {
    }

    private final MailConfig.Keycloak config;
    private final Clock clock;
    private final KeycloakAdminApi api;
    private final String realm;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile Bearer bearer;

    public OfficerAddresses(MailConfig config, Clock clock) {
        this.config = config.keycloak();
        this.clock = clock;
        String realmUrl = this.config.realmUrl().replaceAll("/+$", "");
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("edukpi.mail.keycloak.realm-url is not a realm URL: " + realmUrl);
        }
        this.realm = realmUrl.substring(at + "/realms/".length());
        this.api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(realmUrl.substring(0, at)))
                .connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(KeycloakAdminApi.class);
    }

    /** The office's officers' addresses, sorted; Keycloak's failures propagate (the relay retries later). */
    public List<String> of(String officeCode) {
        Known k = known.get(officeCode);
        if (k != null && k.until().isAfter(clock.instant())) {
            return k.addresses();
        }
        String header = bearer();
        List<String> addresses = new ArrayList<>();
        for (KeycloakAdminApi.User user : api.users(realm, header, OFFICE_ATTRIBUTE + ":" + officeCode, false, 200)) {
            List<String> offices = user.attributes() == null ? null : user.attributes().get(OFFICE_ATTRIBUTE);
            if (Boolean.FALSE.equals(user.enabled()) || user.email() == null || user.email().isBlank()
                    || offices == null || !offices.contains(officeCode)) {
                continue;
            }
            if (api.realmRoles(realm, header, user.id()).stream().anyMatch(r -> Roles.AREA_OFFICER.equals(r.name()))) {
                addresses.add(user.email());
            }
        }
        List<String> sorted = addresses.stream().sorted().distinct().toList();
        known.put(officeCode, new Known(sorted, clock.instant().plus(config.addressesFor())));
        return sorted;
    }

    /** A service-account token, fetched again shortly before it expires. */
    private String bearer() {
        Bearer b = bearer;
        if (b == null || !b.until().isAfter(clock.instant())) {
            KeycloakAdminApi.Token token = api.token(realm, "client_credentials", config.clientId(), config.clientSecret());
            b = new Bearer("Bearer " + token.accessToken(), clock.instant().plusSeconds(Math.max(0, token.expiresIn() - 30)));
            bearer = b;
        }
        return b.header();
    }
}
