package io.edukpi.indicator.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lists of the content records: absent reads as empty, so a catalogue compares equal however it was
 * written. Not {@code List.copyOf}: that refuses null elements, which the validator must see and report.
 */
final class UnmodifiableCopy {

    private UnmodifiableCopy() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
