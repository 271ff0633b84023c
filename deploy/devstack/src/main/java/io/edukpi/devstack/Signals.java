package io.edukpi.devstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * POSIX signals to processes, for fault drills: SIGSTOP freezes a server as a hung machine would (its
 * sockets stay open, nothing answers), SIGCONT lets it go on where it stopped.
 */
public final class Signals {

    private Signals() {
    }

    public static void freeze(Collection<ProcessHandle> processes) {
        send("STOP", processes);
    }

    public static void thaw(Collection<ProcessHandle> processes) {
        send("CONT", processes);
    }

    private static void send(String signal, Collection<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(String.valueOf(p.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            // A process that ended meanwhile (e.g. a PostgreSQL backend whose client left) needs no signal.
            List<String> errors = new String(kill.getInputStream().readAllBytes()).lines()
                    .filter(line -> !line.contains("No such process")).toList();
            if (kill.exitValue() != 0 && !errors.isEmpty()) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }
}
