package io.edukpi.registry.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The schools a caller may write: all of them (OBEC) or a listed few (a school, an MIS client's). */
public sealed interface SchoolScope {

    boolean includes(String schoolCode);

    record All() implements SchoolScope {
        @Override
        public boolean includes(String schoolCode) {
            return true;
        }
    }

    record Schools(Set<String> codes) implements SchoolScope {
        public Schools {
            codes = Set.copyOf(codes);
        }

        @Override
        public boolean includes(String schoolCode) {
            return codes.contains(schoolCode);
        }
    }

    static SchoolScope all() {
        return new All();
    }

    static SchoolScope of(Set<String> codes) {
        return new Schools(codes);
    }

    /** As a job keeps it: null for all schools, else the codes joined by commas. */
    static String format(SchoolScope scope) {
        return scope instanceof Schools listed ? String.join(",", listed.codes()) : null;
    }

    static SchoolScope parse(String stored) {
        return stored == null ? all() : of(Set.copyOf(stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","))));
    }
}
