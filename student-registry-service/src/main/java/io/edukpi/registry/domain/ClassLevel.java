package io.edukpi.registry.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The grades a basic-education school teaches: K1-3 pre-primary, P1-6 primary, M1-6 secondary. */
public enum ClassLevel {
    K1(RegistryMessage.CLASS_K1, Stage.PRE_PRIMARY),
    K2(RegistryMessage.CLASS_K2, Stage.PRE_PRIMARY),
    K3(RegistryMessage.CLASS_K3, Stage.PRE_PRIMARY),
    P1(RegistryMessage.CLASS_P1, Stage.PRIMARY),
    P2(RegistryMessage.CLASS_P2, Stage.PRIMARY),
    P3(RegistryMessage.CLASS_P3, Stage.PRIMARY),
    P4(RegistryMessage.CLASS_P4, Stage.PRIMARY),
    P5(RegistryMessage.CLASS_P5, Stage.PRIMARY),
    P6(RegistryMessage.CLASS_P6, Stage.PRIMARY),
    M1(RegistryMessage.CLASS_M1, Stage.LOWER_SECONDARY),
    M2(RegistryMessage.CLASS_M2, Stage.LOWER_SECONDARY),
    M3(RegistryMessage.CLASS_M3, Stage.LOWER_SECONDARY),
    M4(RegistryMessage.CLASS_M4, Stage.UPPER_SECONDARY),
    M5(RegistryMessage.CLASS_M5, Stage.UPPER_SECONDARY),
    M6(RegistryMessage.CLASS_M6, Stage.UPPER_SECONDARY);

    public enum Stage {
        PRE_PRIMARY,
        PRIMARY,
        LOWER_SECONDARY,
        UPPER_SECONDARY
    }

    private static final Map<String, ClassLevel> BY_TEXT = new HashMap<>();

    static {
        for (ClassLevel level : values()) {
            BY_TEXT.put(level.thai(), level);
            BY_TEXT.put(level.thai().replace(".", ""), level);
            BY_TEXT.put(level.name(), level);
        }
    }

    private final RegistryMessage label;
    private final Stage stage;

    ClassLevel(RegistryMessage label, Stage stage) {
        this.label = label;
        this.stage = stage;
    }

    /** The Thai label schools use; the form stored and shown. */
    public String thai() {
        return label.thai();
    }

    public Stage stage() {
        return stage;
    }

    /** Accepts the Thai label with or without its dot, or the constant's name ({@code P1}), also with spaces around. */
    public static Optional<ClassLevel> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        ClassLevel exact = BY_TEXT.get(raw);
        return exact != null ? Optional.of(exact)
                : Optional.ofNullable(BY_TEXT.get(raw.strip().replace(" ", "").toUpperCase(Locale.ROOT)));
    }

    public static Optional<ClassLevel> ofThai(String thai) {
        return Optional.ofNullable(BY_TEXT.get(thai));
    }
}
