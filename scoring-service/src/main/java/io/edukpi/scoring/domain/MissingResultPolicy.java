package io.edukpi.scoring.domain;

/**
 * What an indicator that counts in the round but has no accepted result does to its parent.
 * The default leaves it out while the round is open (an office's running total then reflects
 * what has been reviewed so far, not what is still on its way) and scores it 0 once the round
 * is closed (an office must not gain by not reporting a weak indicator).
 */
public enum MissingResultPolicy {
    EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED,
    EXCLUDE,
    ZERO;

    public static final MissingResultPolicy DEFAULT = EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED;

    /** Whether a missing result is scored 0 (true) or left out (false). */
    public boolean scoresZero(boolean roundClosed) {
        return switch (this) {
            case EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED -> roundClosed;
            case EXCLUDE -> false;
            case ZERO -> true;
        };
    }
}
