package io.edukpi.submission.it;

import java.util.Map;

import io.edukpi.devstack.MailServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) for every test of the module, started once per test JVM, with a relay quick enough
 * to wait for.
 */
public class MailServers implements QuarkusTestResourceLifecycleManager {

    private static MailServer mail;

    /** The SMTP server of this test JVM. */
    static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "mail-server-stop"));
        }
        return mail;
    }

    @Override
    public Map<String, String> start() {
        MailServer smtp = mail();
        return Map.of(
                "quarkus.mailer.host", smtp.host(),
                "quarkus.mailer.port", String.valueOf(smtp.smtpPort()),
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
