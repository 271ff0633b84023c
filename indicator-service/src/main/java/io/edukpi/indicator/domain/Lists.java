package io.edukpi.indicator.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Absent lists read as empty ones, so a catalogue compares equal however it was written. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
