package io.edukpi.devstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The Thai texts the demo year writes (texts.properties beside this class, UTF-8). */
final class DemoTexts {

    private static final Properties TEXTS = load();

    private DemoTexts() {
    }

    /** The text of the key, its {@link String#format} placeholders filled (Locale.ROOT: Arabic digits, no grouping). */
    static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no demo text " + key);
        }
        return String.format(Locale.ROOT, pattern, args);
    }

    private static Properties load() {
        try (InputStream in = DemoTexts.class.getResourceAsStream("texts.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource texts.properties beside " + DemoTexts.class.getName());
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
