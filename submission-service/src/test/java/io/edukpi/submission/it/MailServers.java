package io.edukpi.submission.it;

import java.util.Map;

import io.edukpi.devstack.MailServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) for every test of the module, and Keycloak's admin API as the mail relay calls
 * it (KeycloakAdminStub); started once per test JVM, with a relay quick enough to wait for.
 */
public class MailServers implements QuarkusTestResourceLifecycleManager {

    private static MailServer mail;
    private static KeycloakAdminStub keycloak;

    /** The SMTP server of this test JVM. */
    static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(0, 0);
            keycloak = KeycloakAdminStub.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                keycloak.close();
                mail.close();
            }, "mail-servers-stop"));
        }
        return mail;
    }

    @Override
    public Map<String, String> start() {
        MailServer smtp = mail();
        return Map.of(
                "quarkus.mailer.host", smtp.host(),
                "quarkus.mailer.port", String.valueOf(smtp.smtpPort()),
                "edukpi.mail.keycloak.realm-url", keycloak.realmUrl(),
                "edukpi.mail.relay-every", "1s",
                "edukpi.mail.first-retry", "1s",
                "edukpi.mail.longest-retry", "2s",
                "edukpi.mail.max-attempts", "3");
    }

    /** Servers outlive a Quarkus restart between test profiles; the JVM's exit stops them. */
    @Override
    public void stop() {
    }
}
