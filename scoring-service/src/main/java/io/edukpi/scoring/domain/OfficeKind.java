package io.edukpi.scoring.domain;

/** Whom an area office is ranked against: primary (สพป.) and secondary (สพม.) offices apart. */
public enum OfficeKind {
    PRIMARY,
    SECONDARY
}
