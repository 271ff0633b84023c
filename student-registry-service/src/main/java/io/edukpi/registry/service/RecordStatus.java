package io.edukpi.registry.service;

/** What a write did to one record of an MIS request (shown by these names). */
public enum RecordStatus {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
}
