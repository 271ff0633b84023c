package io.edukpi.submission.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.edukpi.submission.config.MailConfig;
import io.edukpi.submission.domain.MailRetry;
import io.edukpi.submission.domain.MailState;
import io.edukpi.submission.persistence.MailMessageEntity;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the mail outbox over SMTP: each due PENDING mail, one transaction each, the row locked while it is sent
 * (so no other instance sends it too). The recipients are the office's officers as Keycloak knows them at send
 * time. A failure (SMTP, Keycloak, no officer with an address) is tried again with backoff, then FAILED.
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final int ERROR_LENGTH = 1000;

    private final Mailer mailer;
    private final OfficerAddresses addresses;
    private final MailConfig config;
    private final MailRetry retry;
    private final Clock clock;

    public MailRelay(Mailer mailer, OfficerAddresses addresses, MailConfig config, Clock clock) {
        this.mailer = mailer;
        this.addresses = addresses;
        this.config = config;
        this.retry = new MailRetry(config.firstRetry(), config.longestRetry(), config.maxAttempts());
        this.clock = clock;
    }

    @Scheduled(identity = "mail-relay", every = "{edukpi.mail.relay-every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        for (int i = 0; i < config.batch(); i++) {
            if (!QuarkusTransaction.requiringNew().call(this::sendNext)) {
                return;
            }
        }
    }

    /** Sends the next due mail, if any: false when none was due. */
    private boolean sendNext() {
        List<UUID> due = MailMessageEntity.lockDue(OffsetDateTime.now(clock), 1);
        if (due.isEmpty()) {
            return false;
        }
        MailMessageEntity mail = MailMessageEntity.findById(due.get(0));
        mail.attempts++;
        try {
            List<String> to = addresses.of(mail.officeCode);
            if (to.isEmpty()) {
                throw new IllegalStateException("no area officer of office " + mail.officeCode
                        + " has an e-mail address in Keycloak");
            }
            mail.recipients = String.join(",", to);
            mailer.send(new Mail().setTo(to).setSubject(mail.subject).setText(mail.body));
            mail.state = MailState.SENT;
            mail.sentAt = OffsetDateTime.now(clock);
            mail.lastError = null;
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            mail.lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
            if (retry.givesUp(mail.attempts)) {
                mail.state = MailState.FAILED;
                LOG.errorf("mail %s (%s, office %s) given up after %d attempts: %s", mail.id, mail.kind,
                        mail.officeCode, mail.attempts, mail.lastError);
            } else {
                mail.nextAttemptAt = OffsetDateTime.now(clock).plus(retry.after(mail.attempts));
                LOG.warnf("mail %s (%s, office %s) not sent (attempt %d), again at %s: %s", mail.id, mail.kind,
                        mail.officeCode, mail.attempts, mail.nextAttemptAt, mail.lastError);
            }
        }
        return true;
    }
}
