package io.edukpi.submission.domain;

/** What an e-mail to an office's officers tells them. */
public enum MailKind {
    /** A round's deadline is near and results are still pending (one per reminder sent). */
    DEADLINE_REMINDER,
    /** A result was returned to the office with a reason (one per return). */
    RESULT_RETURNED
}
