package io.edukpi.commons.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code rules of CONTRIBUTING.md that a reader should not have to police, checked over the main
 * sources of every module: small classes, plain-Java domain packages, every text a person reads in a
 * message catalogue, one place for the Buddhist era.
 */
class SourceRulesTest {

    private static final int MAX_LINES = 300;
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern FRAMEWORK_IMPORT = Pattern.compile(
            "^import (static )?(jakarta|javax\\.(persistence|transaction|ws|inject|enterprise)|io\\.quarkus|io\\.smallrye|io\\.vertx"
                    + "|org\\.eclipse\\.microprofile|org\\.hibernate|com\\.fasterxml|org\\.apache\\.kafka|org\\.jboss)\\.",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile(
            "(^|[^.\\w])(java|javax|jakarta|org|com|io)\\.[a-z]+(\\.[a-z0-9_]+)*\\.[A-Z]");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(?s:.*?)\"\"\"");
    private static final Pattern ERA_ARITHMETIC = Pattern.compile("[+-]\\s*543\\b|\\b543\\s*[+-]");

    private static List<Path> sources;

    @BeforeAll
    static void collect() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.edukpi/"))
                    .forEach(found::add);
        }
        sources = found;
    }

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path source : sources) {
            long lines = Files.readAllLines(source, StandardCharsets.UTF_8).size();
            if (lines > MAX_LINES) {
                long_.add(source + ": " + lines);
            }
        }
        assertEquals(List.of(), long_, "split these classes");
    }

    @Test
    void domainPackagesImportNoFramework() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            if (source.toString().contains("/domain/")
                    && FRAMEWORK_IMPORT.matcher(Files.readString(source, StandardCharsets.UTF_8)).find()) {
                offenders.add(source.toString());
            }
        }
        assertEquals(List.of(), offenders, "domain/ is plain Java");
    }

    @Test
    void thaiTextLivesOnlyInMessageCatalogues() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            if (source.getFileName().toString().endsWith("Message.java")) {
                continue;
            }
            String code = withoutComments(Files.readString(source, StandardCharsets.UTF_8));
            if (THAI.matcher(code).find()) {
                offenders.add(source.toString());
            }
        }
        assertEquals(List.of(), offenders, "move these texts into the module's *Message catalogue or a data file");
    }

    @Test
    void onlyFiscalYearKnowsTheBuddhistEra() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            if (source.getFileName().toString().equals("FiscalYear.java")) {
                continue;
            }
            if (ERA_ARITHMETIC.matcher(withoutComments(Files.readString(source, StandardCharsets.UTF_8))).find()) {
                offenders.add(source.toString());
            }
        }
        assertEquals(List.of(), offenders, "use io.edukpi.commons.calendar.FiscalYear");
    }

    @Test
    void classesAreImportedNotQualifiedInline() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            String code = TEXT_BLOCK.matcher(withoutComments(Files.readString(source, StandardCharsets.UTF_8)))
                    .replaceAll("\"\"");
            for (String line : code.split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.startsWith("import ") && !trimmed.startsWith("package ")
                        && QUALIFIED.matcher(STRING.matcher(line).replaceAll("\"\"")).find()) {
                    offenders.add(source.getFileName() + ": " + trimmed);
                }
            }
        }
        assertEquals(List.of(), offenders, "import these classes");
    }

    @Test
    void commentsAreToldApartFromCode() {
        assertEquals("String s = \"// not a comment\"; \n int x = 1;  ",
                withoutComments("String s = \"// not a comment\"; // ไทย\n int x = 1; /* ไทย */ "));
        assertEquals("char c = '\"'; String t = \"a\\\"b\";",
                withoutComments("char c = '\"'; String t = \"a\\\"b\";"));
    }

    /** The source with line and block comments removed; string and character literals kept as they are. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i);
                out.append(source, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int literalEnd(String source, int start) {
        char quote = source.charAt(start);
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            int end = source.indexOf("\"\"\"", start + 3);
            return end < 0 ? source.length() : end + 3;
        }
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }
}
