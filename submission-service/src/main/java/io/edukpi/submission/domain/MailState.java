package io.edukpi.submission.domain;

/** Where an e-mail of the mail outbox is: waiting to be sent (or tried again), sent, or given up. */
public enum MailState {
    PENDING,
    SENT,
    /** Every attempt failed (edukpi.mail.max-attempts); the last error is kept with it. */
    FAILED
}
