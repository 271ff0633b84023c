package io.edukpi.registry.domain;

/** A census round is OPEN while schools key and certify its data, then CLOSED for good. */
public enum CensusRoundStatus {
    OPEN,
    CLOSED
}
