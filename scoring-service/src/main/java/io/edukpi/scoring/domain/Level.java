package io.edukpi.scoring.domain;

/** The catalogue an office is scored against: OBEC's agreement, or an area office's own measures. */
public enum Level {
    OBEC_AGREEMENT,
    AREA_OFFICE_MEASURES
}
