package io.edukpi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo users of the realm file, read from it so the printed list is never out of date. */
final class DemoUsers {

    private static final Pattern USER = Pattern.compile(
            "\"username\"\\s*:\\s*\"([^\"]+)\".*?\"value\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL);

    private DemoUsers() {
    }

    /** "user / password" for every user of the realm that has a password credential. */
    static List<String> read(Path realmFile) {
        try {
            String json = Files.readString(realmFile, StandardCharsets.UTF_8);
            int users = json.indexOf("\"users\"");
            List<String> found = new ArrayList<>();
            if (users < 0) {
                return found;
            }
            Matcher matcher = USER.matcher(json.substring(users));
            while (matcher.find()) {
                found.add(matcher.group(1) + " / " + matcher.group(2));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
