package io.edukpi.registry.domain;

/** An area office's kind: primary (สพป.) or secondary (สพม.); offices are ranked within their kind. */
public enum OfficeKind {
    PRIMARY,
    SECONDARY
}
