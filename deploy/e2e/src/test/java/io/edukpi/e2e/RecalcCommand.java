package io.edukpi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** deploy/recalc-cli's packaged jar, run as a CI job runs it: a child JVM with the batch client's credentials. */
final class RecalcCommand {

    /** What the command printed and its exit code. */
    record Run(int exitCode, String output) {
        String jobId() {
            Matcher m = Pattern.compile("job (\\S+) started").matcher(output);
            if (!m.find()) {
                throw new AssertionError("recalc-cli named no job: " + output);
            }
            return m.group(1);
        }
    }

    private final GatewayClient client;

    RecalcCommand(GatewayClient client) {
        this.client = client;
    }

    Run run(String... options) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString(),
                "--url", client.gateway(), "--token-url", client.tokenUrl(), "--client-id", "batch-client",
                "--poll-interval-ms", "200", "--timeout-s", "120"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The secret comes from the environment, as a CI pipeline passes it, not on the command line.
        builder.environment().put("EDUKPI_CLIENT_SECRET", "batch-client-local-secret");
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(150, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("recalc-cli did not end within 150 s");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path jar() {
        Path target = TestPlatform.projectRoot().resolve("deploy/recalc-cli/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("edukpi-recalc-cli-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no recalc-cli jar in " + target
                            + ": the build packages deploy/recalc-cli before deploy/e2e"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
