package io.edukpi.devstack;

import java.time.Duration;
import java.util.stream.Collectors;

/** What the run command prints once everything is ready: where each part listens, how to log in. */
final class ReadyBanner {

    private ReadyBanner() {
    }

    static void print(PlatformSettings settings, KeycloakServer idp, Duration took) {
        String gateway = settings.gateway().url();
        System.out.printf("""

                ----------------------------------------------------------------------
                 Gateway             %s   (routes: /api/v1/catalogues, /api/v1/registry,
                                     /api/v1/submissions, /api/v1/scores, /api/v1/scoring)
                 Swagger UI          %s/q/swagger-ui  (all services; Authorize logs in with PKCE)
                 API document        %s/q/openapi
                 Services            %s
                 Keycloak admin      %s/admin   (user %s, password %s)
                 Realm edukpi        %s/realms/edukpi
                 Demo users          %s
                 Clients             dashboard-client, batch-client, mis-schoolmis-5001, mis-schoolmis-5034,
                                     submission-mailer
                                     (client credentials; local secret <client>-local-secret)
                 PostgreSQL          127.0.0.1:%d (user %s)     Kafka 127.0.0.1:%d
                 Mail (GreenMail)    SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d (user: the address, any password)
                                     read: curl -u '<address>:x' 'imap://127.0.0.1:%d/INBOX;UID=1'
                                     sent mail: %s/api/v1/submissions/mail
                 Data and logs       %s
                ----------------------------------------------------------------------
                edukpi is ready in %d s. Press Ctrl-C to stop everything.
                """,
                gateway,
                gateway,
                gateway,
                settings.services().stream().map(s -> s.name() + " " + s.url()).collect(Collectors.joining(
                        "\n                     ")),
                idp.url(), KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD,
                idp.url(),
                String.join("\n                     ",
                        DemoUsers.read(settings.projectDirectory().resolve("deploy/keycloak/edukpi-realm.json"))),
                settings.postgresPort(), PostgresServer.USER, settings.kafkaPort(),
                settings.smtpPort(), settings.imapPort(), settings.imapPort(), gateway,
                settings.dataDirectory(),
                took.toSeconds());
    }
}
