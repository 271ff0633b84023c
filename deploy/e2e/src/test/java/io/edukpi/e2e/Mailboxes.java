package io.edukpi.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** The platform's mailboxes (GreenMail), read over IMAP as an officer's mail client would: address as user name. */
final class Mailboxes {

    /** A message as its reader sees it: the subject and the text, with the line ends it was written with. */
    record Mail(String subject, String text) {
    }

    private final Session session = Session.getInstance(new Properties());
    private final int imapPort;

    Mailboxes(int imapPort) {
        this.imapPort = imapPort;
    }

    /** Every message in {@code address}'s inbox, oldest first (none when nothing was ever sent to it). */
    List<Mail> of(String address) throws MessagingException, IOException {
        try (Store store = session.getStore("imap")) {
            // The local GreenMail checks no password.
            store.connect("127.0.0.1", imapPort, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    Object content = message.getContent();
                    String text = content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent()
                            : (String) content;
                    mails.add(new Mail(message.getSubject(), text.replace("\r\n", "\n")));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        }
    }
}
