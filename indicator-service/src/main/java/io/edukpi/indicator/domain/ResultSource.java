package io.edukpi.indicator.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where an indicator's result comes from. */
public sealed interface ResultSource {

    /** Keyed by the area office. */
    record Manual() implements ResultSource {
    }

    /** Computed from the indicator's reference forms by {@link io.edukpi.formexpression.FormExpression}s. */
    record Form(String numerator, String denominator, BigDecimal multiplier) implements ResultSource {
    }

    /** Computed from student-registry statistics by a named metric. */
    record Registry(String metric, Map<String, Object> parameters, BigDecimal multiplier) implements ResultSource {
        public Registry {
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }
}
