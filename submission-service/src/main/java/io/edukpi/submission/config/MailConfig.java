package io.edukpi.submission.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * E-mail to the offices' officers (the SMTP server itself is quarkus.mailer.*): how the relay sends the mail
 * outbox and where it finds the officers' addresses (Keycloak's admin API, as the client submission-mailer).
 */
@ConfigMapping(prefix = "edukpi.mail")
public interface MailConfig {

    /** How often the relay looks for mails to send. */
    @WithDefault("10s")
    String relayEvery();

    /** Mails sent by one relay run at most (the rest wait for the next run). */
    @WithDefault("50")
    int batch();

    /** The wait after a first failed attempt; it doubles with each further failure up to longestRetry. */
    @WithDefault("30s")
    Duration firstRetry();

    @WithDefault("30m")
    Duration longestRetry();

    /** Failed attempts after which a mail is given up (FAILED). */
    @WithDefault("8")
    int maxAttempts();

    Keycloak keycloak();

    /** The realm whose users are the officers, read with a service-account token (client credentials). */
    interface Keycloak {

        /** The realm's URL, e.g. http://127.0.0.1:8180/realms/edukpi (default: the realm tokens come from). */
        @WithDefault("${edukpi.oidc.url:http://127.0.0.1:8180/realms/edukpi}")
        String realmUrl();

        @WithDefault("submission-mailer")
        String clientId();

        String clientSecret();

        /** How long an office's addresses are reused before Keycloak is asked again. */
        @WithDefault("5m")
        Duration addressesFor();
    }
}
