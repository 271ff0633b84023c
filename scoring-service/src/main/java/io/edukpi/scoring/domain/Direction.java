package io.edukpi.scoring.domain;

/** Whether a larger result is better (enrolment ratio) or worse (dropout rate). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
