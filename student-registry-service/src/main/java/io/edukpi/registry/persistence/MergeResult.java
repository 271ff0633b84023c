package io.edukpi.registry.persistence;

import java.util.HashSet;
import java.util.Set;

/**
 * What a merge changed; unchanged records are not rewritten at all. The persons are named only for
 * per-record answers (MIS batches), else the sets are empty.
 */
public record MergeResult(long studentsInserted, long studentsUpdated, long enrolmentsInserted, long enrolmentsUpdated,
        Set<String> changedPersons, Set<String> newEnrolments) {

    public static final MergeResult NOTHING = new MergeResult(0, 0, 0, 0, Set.of(), Set.of());

    /** The sum of two partitions' merges. */
    public MergeResult plus(MergeResult other) {
        return new MergeResult(studentsInserted + other.studentsInserted, studentsUpdated + other.studentsUpdated,
                enrolmentsInserted + other.enrolmentsInserted, enrolmentsUpdated + other.enrolmentsUpdated,
                union(changedPersons, other.changedPersons), union(newEnrolments, other.newEnrolments));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
