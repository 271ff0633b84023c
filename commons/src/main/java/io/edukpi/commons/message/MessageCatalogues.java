package io.edukpi.commons.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps {@code docs/problems.md} true to the message catalogues: each catalogue owns a block of the
 * file between {@code <!-- catalogue:NAME -->} and {@code <!-- /catalogue:NAME -->}, rendered from the
 * enum. A test of each service calls {@link #checkDocumented}; with {@code -Dedukpi.docs.write=true}
 * it rewrites the block instead of failing.
 */
public final class MessageCatalogues {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    private MessageCatalogues() {
    }

    /** What is wrong with a catalogue itself: duplicate or badly formed codes, missing or unbalanced texts. */
    public static List<String> defects(Message... entries) {
        List<String> defects = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Message entry : entries) {
            String code = entry.code();
            if (code == null || !CODE.matcher(code).matches()) {
                defects.add(entry + ": code '" + code + "' is not kebab-case");
            } else if (!codes.add(code)) {
                defects.add(entry + ": code '" + code + "' is used twice");
            }
            if (entry.english() == null || entry.english().isBlank()) {
                defects.add(entry + ": no English text");
            }
            if (entry.thai() == null || !THAI.matcher(entry.thai()).find()) {
                defects.add(entry + ": no Thai text");
            }
            if (entry.english() != null && entry.thai() != null
                    && !placeholders(entry.english()).equals(placeholders(entry.thai()))) {
                defects.add(entry + ": English and Thai texts use different placeholders");
            }
        }
        return defects;
    }

    /** The block of docs/problems.md for this catalogue, markers included. */
    public static String block(String name, Message... entries) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- catalogue:").append(name).append(" (generated from the code; do not edit by hand) -->\n");
        out.append("| `code` | English | Thai |\n|---|---|---|\n");
        for (Message entry : entries) {
            out.append("| `").append(entry.code()).append("` | ")
                    .append(cell(entry.english())).append(" | ")
                    .append(cell(entry.thai())).append(" |\n");
        }
        out.append("<!-- /catalogue:").append(name).append(" -->");
        return out.toString();
    }

    /**
     * Fails with the difference when the catalogue is defective or docs/problems.md does not carry
     * exactly its block (or rewrites the block when {@code edukpi.docs.write} is true).
     */
    public static void checkDocumented(String name, Message... entries) {
        List<String> defects = defects(entries);
        if (!defects.isEmpty()) {
            throw new AssertionError("Message catalogue " + name + " is defective:\n" + String.join("\n", defects));
        }
        Path doc = problemsDoc();
        try {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            String expected = block(name, entries);
            Matcher existing = Pattern.compile("<!-- catalogue:" + Pattern.quote(name) + "[^>]*-->.*?<!-- /catalogue:"
                    + Pattern.quote(name) + " -->", Pattern.DOTALL).matcher(text);
            String actual = existing.find() ? existing.group() : null;
            if (expected.equals(actual)) {
                return;
            }
            if (Boolean.getBoolean("edukpi.docs.write")) {
                String updated = actual == null
                        ? text.stripTrailing() + "\n\n### " + name + "\n\n" + expected + "\n"
                        : text.replace(actual, expected);
                Files.writeString(doc, updated, StandardCharsets.UTF_8);
                return;
            }
            throw new AssertionError(doc + " does not list the message catalogue " + name
                    + " as the code has it; run the test with -Dedukpi.docs.write=true to rewrite its block.\nExpected:\n"
                    + expected + "\nFound:\n" + actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path problemsDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/problems.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("docs/problems.md not found above " + Path.of("").toAbsolutePath());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        PLACEHOLDER.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }
}
