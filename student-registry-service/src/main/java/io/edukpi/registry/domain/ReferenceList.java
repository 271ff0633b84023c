package io.edukpi.registry.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The code lists a student record refers to. Their codes live in the database (table
 * {@code reference_code}) so the ministry can add one without a release.
 */
public enum ReferenceList {
    ETHNICITY("ethnicity", "เชื้อชาติ"),
    NATIONALITY("nationality", "สัญชาติ"),
    RELIGION("religion", "ศาสนา"),
    DISABILITY("disability", "ประเภทความพิการ"),
    TRAVEL_MODE("travel-mode", "การเดินทางมาโรงเรียน");

    private final String slug;
    private final String thai;

    ReferenceList(String slug, String thai) {
        this.slug = slug;
        this.thai = thai;
    }

    /** The list's name in URLs and in the {@code list} column. */
    public String slug() {
        return slug;
    }

    public String thai() {
        return thai;
    }

    public static Optional<ReferenceList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
