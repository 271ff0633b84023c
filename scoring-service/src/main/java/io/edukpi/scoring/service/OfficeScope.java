package io.edukpi.scoring.service;

import java.util.List;

/** Which offices a read or a recalculation covers: every office, or the ones named. */
public record OfficeScope(List<String> officeCodes) {

    private static final OfficeScope ALL = new OfficeScope(List.of());

    public OfficeScope {
        officeCodes = List.copyOf(officeCodes);
    }

    public static OfficeScope all() {
        return ALL;
    }

    public static OfficeScope only(String officeCode) {
        return new OfficeScope(List.of(officeCode));
    }

    /** The offices named; none named is every office. */
    public static OfficeScope of(List<String> officeCodes) {
        return officeCodes == null || officeCodes.isEmpty() ? ALL : new OfficeScope(officeCodes);
    }

    public boolean isAll() {
        return officeCodes.isEmpty();
    }
}
