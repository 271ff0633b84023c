package io.edukpi.registry.domain;

import java.util.Arrays;
import java.util.Optional;

import io.edukpi.commons.message.Text;

/**
 * The code lists a student record refers to. Their codes live in the database (table
 * {@code reference_code}) so the ministry can add one without a release.
 */
public enum ReferenceList {
    ETHNICITY("ethnicity", RegistryMessage.LIST_ETHNICITY),
    NATIONALITY("nationality", RegistryMessage.LIST_NATIONALITY),
    RELIGION("religion", RegistryMessage.LIST_RELIGION),
    DISABILITY("disability", RegistryMessage.LIST_DISABILITY),
    TRAVEL_MODE("travel-mode", RegistryMessage.LIST_TRAVEL_MODE);

    private final String slug;
    private final RegistryMessage label;

    ReferenceList(String slug, RegistryMessage label) {
        this.slug = slug;
        this.label = label;
    }

    /** The list's name in URLs and in the {@code list} column. */
    public String slug() {
        return slug;
    }

    /** The list's name for people, in English and Thai. */
    public Text label() {
        return label.text();
    }

    public static Optional<ReferenceList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
