package io.edukpi.devstack;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail, in this JVM) for the mail submission-service sends, with IMAP to read it: any
 * address is accepted and gets its own mailbox, readable over IMAP with the address as user name and any
 * password. Keeps its mails in memory, so they are gone when it stops.
 */
public final class MailServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP and IMAP on these ports (0: any free port). */
    public static MailServer start(int smtpPort, int imapPort) {
        int[] free = FreePorts.distinct(2);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort == 0 ? free[0] : smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort == 0 ? free[1] : imapPort, HOST, ServerSetup.PROTOCOL_IMAP) })
                // Local and test mail only: nobody's password guards it.
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** Every message received so far, one per recipient, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
