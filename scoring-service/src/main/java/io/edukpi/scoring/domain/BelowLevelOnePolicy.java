package io.edukpi.scoring.domain;

/**
 * What a result short of level 1 scores; a catalogue setting because Thai systems differ.
 * {@code EXTRAPOLATE_TO_ZERO} draws the line on from T0 = T1 - step (score 0) up to T1 (score 1).
 */
public enum BelowLevelOnePolicy {
    ONE,
    ZERO,
    EXTRAPOLATE_TO_ZERO
}
