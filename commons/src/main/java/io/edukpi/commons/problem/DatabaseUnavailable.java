package io.edukpi.commons.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Failures that say the database cannot serve right now rather than that the request or the code is
 * wrong: the pool found no free connection in time (every connection waits on a paused or overloaded
 * server), the connection broke or could not be opened (SQLState class 08, or
 * the driver's transient connection exception), the server is shutting down or starting up (57P0x). The caller gets 503 with
 * Retry-After, never 500.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;
    /** Agroal's acquisition timeout is a plain SQLException without SQLState, thrown by the pool itself. */
    private static final String POOL_PACKAGE = "io.agroal.";

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return true;
        }
        if (e.getSQLState() != null) {
            // 08: connection exceptions; 57P0x: the server shuts down, crashed or is starting up.
            return e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0");
        }
        StackTraceElement[] thrownAt = e.getStackTrace();
        return thrownAt.length > 0 && thrownAt[0].getClassName().startsWith(POOL_PACKAGE);
    }
}
