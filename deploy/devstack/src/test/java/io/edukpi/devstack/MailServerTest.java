package io.edukpi.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** What the banner and docs/operations.md promise: SMTP takes any address, IMAP shows it with any password. */
class MailServerTest {

    @Test
    void aMailSentOverSmtpIsReadOverImapByItsAddress() throws Exception {
        try (MailServer server = MailServer.start(0, 0)) {
            Session session = Session.getInstance(new Properties());
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom("edukpi <no-reply@edukpi.local>");
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("demo.5001.officer@demo.edukpi.local"));
            mail.setSubject("round 6", "UTF-8");
            mail.setText("pending: 3.1.1", "UTF-8");
            Transport transport = session.getTransport("smtp");
            transport.connect(server.host(), server.smtpPort(), null, null);
            transport.sendMessage(mail, mail.getAllRecipients());
            transport.close();

            assertEquals(1, server.received().size());
            Store imap = session.getStore("imap");
            imap.connect(server.host(), server.imapPort(), "demo.5001.officer@demo.edukpi.local", "any password");
            Folder inbox = imap.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals("round 6", inbox.getMessage(1).getSubject());
            inbox.close(false);
            imap.close();
        }
    }
}
