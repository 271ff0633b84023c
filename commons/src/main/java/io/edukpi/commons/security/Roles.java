package io.edukpi.commons.security;

/**
 * The realm roles of Keycloak realm {@code edukpi} (deploy/keycloak), as they appear in
 * {@code realm_access.roles} of an access token.
 */
public final class Roles {

    /** OBEC administrator: edits and publishes catalogues, reopens results, sees everything. */
    public static final String OBEC_ADMIN = "obec-admin";
    /** OBEC reviewer: accepts or returns results, reads drafts. */
    public static final String REVIEWER = "reviewer";
    /** Officer of one area office (claim {@code office_code}). */
    public static final String AREA_OFFICER = "area-officer";
    /** Officer of one school (claims {@code office_code}, {@code school_code}). */
    public static final String SCHOOL_OFFICER = "school-officer";
    /** Third-party dashboards: read published scores of everyone. */
    public static final String DASHBOARD = "dashboard";
    /** CI pipelines: start recalculations. */
    public static final String BATCH = "batch";
    /** May read unmasked personal identifiers in the registry (every such read is logged). */
    public static final String REGISTRY_PII = "registry-pii";
    /** A school MIS system writing the schools of its claim {@code school_codes}. */
    public static final String MIS_CLIENT = "mis-client";

    private Roles() {
    }
}
