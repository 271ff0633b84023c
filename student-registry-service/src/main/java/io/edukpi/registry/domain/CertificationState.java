package io.edukpi.registry.domain;

/**
 * Where a school's data of a round stand (stored and shown by these names): certified by the school,
 * acknowledged by its area office, or reopened by the office for changes.
 */
public enum CertificationState {
    NOT_CERTIFIED,
    CERTIFIED,
    ACKNOWLEDGED,
    REOPENED;

    public static CertificationState of(String stored) {
        return stored == null ? NOT_CERTIFIED : valueOf(stored);
    }

    /** Certified data are closed to changes until the office reopens them. */
    public boolean certified() {
        return this == CERTIFIED || this == ACKNOWLEDGED;
    }

    public boolean mayAcknowledge() {
        return this == CERTIFIED;
    }
}
