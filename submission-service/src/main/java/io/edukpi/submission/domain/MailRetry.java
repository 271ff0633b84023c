package io.edukpi.submission.domain;

import java.time.Duration;

/**
 * When a mail that could not be sent (SMTP or Keycloak down) is tried again: after {@code first}, then twice as
 * long each time up to {@code longest}; after {@code maxAttempts} failed attempts it is given up.
 */
public record MailRetry(Duration first, Duration longest, int maxAttempts) {

    public MailRetry {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry needs 0 < first <= longest and maxAttempts >= 1");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (counted from 1). */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** True when the mail is given up after this many failed attempts. */
    public boolean givesUp(int attempts) {
        return attempts >= maxAttempts;
    }
}
