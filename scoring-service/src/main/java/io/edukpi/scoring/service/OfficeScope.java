package io.edukpi.scoring.service;

import java.util.Optional;

/** Which offices a read covers: every office, or one (an area officer's own). */
public record OfficeScope(Optional<String> officeCode) {

    private static final OfficeScope ALL = new OfficeScope(Optional.empty());

    public static OfficeScope all() {
        return ALL;
    }

    public static OfficeScope only(String officeCode) {
        return new OfficeScope(Optional.of(officeCode));
    }

    public boolean isAll() {
        return officeCode.isEmpty();
    }
}
