package io.edukpi.registry.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The grades a basic-education school teaches: อ.1-3 pre-primary, ป.1-6 primary, ม.1-6 secondary. */
public enum ClassLevel {
    K1("อ.1", Stage.PRE_PRIMARY),
    K2("อ.2", Stage.PRE_PRIMARY),
    K3("อ.3", Stage.PRE_PRIMARY),
    P1("ป.1", Stage.PRIMARY),
    P2("ป.2", Stage.PRIMARY),
    P3("ป.3", Stage.PRIMARY),
    P4("ป.4", Stage.PRIMARY),
    P5("ป.5", Stage.PRIMARY),
    P6("ป.6", Stage.PRIMARY),
    M1("ม.1", Stage.LOWER_SECONDARY),
    M2("ม.2", Stage.LOWER_SECONDARY),
    M3("ม.3", Stage.LOWER_SECONDARY),
    M4("ม.4", Stage.UPPER_SECONDARY),
    M5("ม.5", Stage.UPPER_SECONDARY),
    M6("ม.6", Stage.UPPER_SECONDARY);

    public enum Stage {
        PRE_PRIMARY,
        PRIMARY,
        LOWER_SECONDARY,
        UPPER_SECONDARY
    }

    private static final Map<String, ClassLevel> BY_TEXT = new HashMap<>();

    static {
        for (ClassLevel level : values()) {
            BY_TEXT.put(level.thai, level);
            BY_TEXT.put(level.thai.replace(".", ""), level);
            BY_TEXT.put(level.name(), level);
        }
    }

    private final String thai;
    private final Stage stage;

    ClassLevel(String thai, Stage stage) {
        this.thai = thai;
        this.stage = stage;
    }

    /** The Thai label schools use, e.g. {@code ป.1}; the form stored and shown. */
    public String thai() {
        return thai;
    }

    public Stage stage() {
        return stage;
    }

    /** Accepts {@code ป.1}, {@code ป1} or {@code P1} (also with spaces around). */
    public static Optional<ClassLevel> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        ClassLevel exact = BY_TEXT.get(raw);
        return exact != null ? Optional.of(exact)
                : Optional.ofNullable(BY_TEXT.get(raw.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT)));
    }

    public static Optional<ClassLevel> ofThai(String thai) {
        return Optional.ofNullable(BY_TEXT.get(thai));
    }
}
