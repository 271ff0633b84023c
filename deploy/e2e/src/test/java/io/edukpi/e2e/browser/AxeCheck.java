package io.edukpi.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core (bundled by com.deque's axe-core/selenium) on the page as it is: WCAG 2.1 A and AA rules. Every
 * violation is written to target/browser/axe-{@code view}.txt and printed; serious and critical ones fail.
 */
public final class AxeCheck {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final int TIMEOUT_SECONDS = 300;

    private AxeCheck() {
    }

    /** Checks the page {@code browser} shows; {@code view} names the report. Answers the number of violations found. */
    public static int assertNoSeriousViolation(Browser browser, String view) {
        // A view of 245 offices x 16 indicators is thousands of nodes: minutes on a busy 2-CPU machine.
        Results results = new AxeBuilder().withTags(TAGS).setTimeout(TIMEOUT_SECONDS).analyze(browser.driver());
        assertTrue(!results.isErrored(), () -> "axe-core could not check " + view + ": " + results.getErrorMessage());
        List<Rule> violations = results.getViolations();
        String report = "axe-core on " + view + " (" + results.getUrl() + "): " + violations.size() + " violation(s), "
                + results.getPasses().size() + " rule(s) passed, " + results.getIncomplete().size()
                + " to review by hand\n" + violations.stream().map(AxeCheck::describe).collect(Collectors.joining());
        Browser.write("axe-" + view + ".txt", report);
        System.out.print(report);
        List<String> failing = violations.stream().filter(rule -> FAILING.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId()).toList();
        assertTrue(failing.isEmpty(), () -> "axe-core found serious or critical violations on " + view + ": " + failing
                + "\n" + report);
        return violations.size();
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder("- ").append(rule.getImpact()).append(' ').append(rule.getId()).append(": ")
                .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
        for (CheckedNode node : rule.getNodes()) {
            text.append("    ").append(node.getTarget()).append(' ').append(node.getHtml()).append('\n');
            if (node.getFailureSummary() != null) {
                text.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
            }
        }
        return text.toString();
    }
}
