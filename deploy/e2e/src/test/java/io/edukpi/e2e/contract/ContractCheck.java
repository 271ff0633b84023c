package io.edukpi.e2e.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Validates every exchange a suite records against docs/openapi.json and fails the suite at its end with
 * the mismatches, grouped by operation, status and kind (also written to
 * {@code target/contract/<suite>.txt}). A suite registers it with
 * {@code @RegisterExtension static final ContractCheck CONTRACT = ContractCheck.ofProject();} and gives it
 * to its {@code GatewayClient}.
 */
public final class ContractCheck implements AfterAllCallback {

    /** Lines of the failure message; the file has them all. */
    private static final int SHOWN = 200;

    private final ExchangeValidator validator;
    private final Queue<Mismatch> mismatches = new ConcurrentLinkedQueue<>();
    private final AtomicInteger exchanges = new AtomicInteger();

    private ContractCheck(ApiContract contract) {
        this.validator = new ExchangeValidator(contract);
    }

    /** Against the project's docs/openapi.json; e2e tests run in deploy/e2e. */
    public static ContractCheck ofProject() {
        return new ContractCheck(ApiContract.ofProject(Path.of("").toAbsolutePath().getParent().getParent()));
    }

    /** A whole exchange: request and answer. */
    public void record(Exchange exchange) {
        exchanges.incrementAndGet();
        mismatches.addAll(validator.check(exchange));
    }

    /** Only the answer, for requests that are placeholders on purpose; see {@link ExchangeValidator#checkAnswer}. */
    public void recordAnswer(Exchange exchange) {
        exchanges.incrementAndGet();
        mismatches.addAll(validator.checkAnswer(exchange));
    }

    /** Only the answer of a known operation, e.g. {@code GET /api/v1/x/{code}}, for requests wrong on purpose. */
    public void recordAnswer(String method, String template, int status, String contentType, String body) {
        exchanges.incrementAndGet();
        mismatches.addAll(validator.checkAnswer(method, template, status, contentType, body));
    }

    /** The mismatches so far, one line per operation, status, kind and detail, with how often each came. */
    public String report() {
        Map<String, Long> lines = mismatches.stream().collect(Collectors.groupingBy(Mismatch::toString, TreeMap::new,
                Collectors.counting()));
        return lines.entrySet().stream().map(e -> (e.getValue() > 1 ? e.getValue() + "x " : "") + e.getKey())
                .collect(Collectors.joining("\n  ", "  ", ""));
    }

    /** How many mismatches of each operation and kind, e.g. {@code createResult STATUS_UNDECLARED}. */
    public Map<String, Long> counts() {
        return mismatches.stream().collect(Collectors.groupingBy(m -> m.operation() + " " + m.status() + " " + m.kind(),
                TreeMap::new, Collectors.counting()));
    }

    public List<Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String suite = context.getRequiredTestClass().getSimpleName();
        if (exchanges.get() == 0) {
            throw new AssertionError(suite + " registers a ContractCheck but recorded no exchange: give it to its client");
        }
        String text = mismatches.isEmpty() ? ""
                : counts().entrySet().stream().map(e -> e.getValue() + "\t" + e.getKey())
                        .collect(Collectors.joining("\n", "", "\n\n")) + report() + "\n";
        try {
            Path file = Files.createDirectories(Path.of("target", "contract")).resolve(suite + ".txt");
            Files.writeString(file, exchanges.get() + " exchanges, " + mismatches.size() + " mismatches\n" + text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!mismatches.isEmpty()) {
            String report = report();
            List<String> lines = report.lines().toList();
            throw new AssertionError(suite + ": " + mismatches.size() + " mismatches in " + exchanges.get()
                    + " exchanges with docs/openapi.json (operation status kind: detail; all in target/contract/"
                    + suite + ".txt):\n" + (lines.size() > SHOWN ? String.join("\n", lines.subList(0, SHOWN))
                            + "\n  ... " + (lines.size() - SHOWN) + " more" : report));
        }
    }
}
