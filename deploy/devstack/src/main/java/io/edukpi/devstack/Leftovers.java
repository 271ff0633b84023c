package io.edukpi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * If an earlier run was killed hard (kill -9, a closed terminal), its servers may still hold the
 * data folder and the ports. Every run records its processes; the next run stops the ones still
 * alive before it starts anything.
 */
final class Leftovers {

    private static final String FILE = "processes";

    private Leftovers() {
    }

    static void record(Path data, List<ChildProcess> children) {
        List<String> lines = new ArrayList<>();
        for (ChildProcess child : children) {
            ProcessHandle.of(child.pid()).ifPresent(handle -> {
                lines.add(handle.pid() + " " + child.name());
                handle.descendants().forEach(d -> lines.add(d.pid() + " " + child.name()));
            });
        }
        try {
            Files.write(data.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void clear(Path data) {
        try {
            Files.deleteIfExists(data.resolve(FILE));
        } catch (IOException ignored) {
            // Only a hint for the next start.
        }
    }

    static void stop(Path data) throws IOException {
        List<ProcessHandle> leftovers = new ArrayList<>();
        Path recorded = data.resolve(FILE);
        if (Files.exists(recorded)) {
            for (String line : Files.readAllLines(recorded, StandardCharsets.UTF_8)) {
                pid(line.split(" ")[0]).flatMap(ProcessHandle::of).filter(Leftovers::isJava).ifPresent(leftovers::add);
            }
        }
        Path postmaster = data.resolve("postgres/postmaster.pid");
        if (Files.exists(postmaster)) {
            pid(Files.readAllLines(postmaster).get(0)).flatMap(ProcessHandle::of)
                    .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(leftovers::add);
        }
        if (leftovers.isEmpty()) {
            return;
        }
        System.out.println("Stopping " + leftovers.size() + " process(es) left over from an earlier run");
        leftovers.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : leftovers) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        clear(data);
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("java")).orElse(false);
    }

    private static Optional<Long> pid(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
