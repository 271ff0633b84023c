package io.edukpi.submission.service;

import java.util.List;

/** The offices a caller may see: every office (OBEC), or the listed ones (an area officer's own). */
public record OfficeScope(boolean everyOffice, List<String> offices) {

    public static final OfficeScope EVERY_OFFICE = new OfficeScope(true, List.of());

    public static OfficeScope only(String officeCode) {
        return new OfficeScope(false, List.of(officeCode));
    }
}
