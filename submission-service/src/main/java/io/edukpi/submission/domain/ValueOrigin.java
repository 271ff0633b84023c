package io.edukpi.submission.domain;

import java.math.BigDecimal;

/** Where a result's value came from. */
public enum ValueOrigin {
    /** No value yet. */
    NONE,
    /** Keyed by the office (or a registry figure it corrected). */
    KEYED,
    /** Computed from the reference forms. */
    FORM,
    /** The registry's figure, as derived. */
    REGISTRY;

    /** A REGISTRY result's origin after the office keyed {@code value}: the registry's own figure stays REGISTRY. */
    public static ValueOrigin ofRegistryResult(BigDecimal value, BigDecimal registryValue) {
        if (value == null) {
            return NONE;
        }
        return registryValue != null && registryValue.compareTo(value) == 0 ? REGISTRY : KEYED;
    }
}
