package io.edukpi.submission.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One clock for deadlines and timestamps, so that a test or a replay can set the time. */
@ApplicationScoped
public class Clocks {

    /** Deadlines are Bangkok calendar days. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** Today's date in Bangkok by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BANGKOK));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
