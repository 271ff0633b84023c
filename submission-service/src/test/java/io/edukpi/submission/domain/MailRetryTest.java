package io.edukpi.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailRetryTest {

    private final MailRetry retry = new MailRetry(Duration.ofSeconds(30), Duration.ofMinutes(30), 8);

    @Test
    void theWaitDoublesUpToTheLongest() {
        assertEquals(Duration.ofSeconds(30), retry.after(1));
        assertEquals(Duration.ofMinutes(1), retry.after(2));
        assertEquals(Duration.ofMinutes(2), retry.after(3));
        assertEquals(Duration.ofMinutes(16), retry.after(6));
        assertEquals(Duration.ofMinutes(30), retry.after(7), "32 min is capped");
        assertEquals(Duration.ofMinutes(30), retry.after(1_000));
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttempt() {
        assertFalse(retry.givesUp(7));
        assertTrue(retry.givesUp(8));
    }

    @Test
    void refusesSettingsThatNeverWaitOrNeverTry() {
        assertThrows(IllegalArgumentException.class, () -> new MailRetry(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new MailRetry(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new MailRetry(Duration.ofSeconds(1), Duration.ofMinutes(1), 0));
    }
}
