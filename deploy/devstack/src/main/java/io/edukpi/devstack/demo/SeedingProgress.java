package io.edukpi.devstack.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The demo year's named stages in the order they ran, how long each took, said as each ends. */
final class SeedingProgress {

    private final Consumer<String> log;
    private final Map<String, Duration> took = new LinkedHashMap<>();

    SeedingProgress(Consumer<String> log) {
        this.log = log;
    }

    /** Runs one stage and says when it is done; a failure ends the seeding with it. */
    void stage(String name, Runnable work) {
        long begin = System.nanoTime();
        work.run();
        Duration duration = Duration.ofNanos(System.nanoTime() - begin);
        took.put(name, duration);
        log.accept(String.format("  demo: %-10s done in %.1f s", name, duration.toMillis() / 1000.0));
    }

    /** A note from inside a stage. */
    void note(String message) {
        log.accept("  demo: " + message);
    }

    Map<String, Duration> took() {
        return new LinkedHashMap<>(took);
    }
}
