package io.edukpi.commons.outbox;

/** Fired when a transaction stores an event, so the relay can publish right after the commit. */
public enum OutboxWritten {
    INSTANCE
}
