package io.edukpi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server running in its own process, output to a log file. Stopping it stops its whole process
 * tree (a script's JVM included) politely first, then by force, so nothing is left behind.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Path workingDirectory,
            Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** The command line of a JVM like this one, with the given arguments. */
    public static List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return command;
    }

    /** Runs a short-lived command to the end; fails with its log when it fails. */
    public static void run(String name, List<String> command, Path workingDirectory, Path log, Duration timeout) {
        ChildProcess child = start(name, command, workingDirectory, Map.of(), log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.close();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + child.process.exitValue()
                        + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.close();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** Fails with a pointer to the log if the process has died, e.g. while we wait for it to be ready. */
    public void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
        }
    }

    /** The process and everything it started (a script's JVM included). */
    public List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        return tree;
    }

    /**
     * Ends the process tree at once with SIGKILL, as a crash or an OOM killer would: no shutdown
     * hooks, no polite goodbyes to PostgreSQL or Kafka. Returns when it is gone.
     */
    public void kill() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = tree();
        // A frozen process would not hear SIGTERM.
        Signals.thaw(tree.stream().filter(ProcessHandle::isAlive).toList());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }
}
