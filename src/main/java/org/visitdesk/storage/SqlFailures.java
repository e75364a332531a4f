package org.visitdesk.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;
import org.h2.api.ErrorCode;

/**
 * What a failed piece of work's SQL state says: that another coordinator's save clashed with it (worth running it
 * again from the start), or that the connection to the server was lost (nothing of it was saved).
 */
final class SqlFailures {

    /**
     * Serialization failure (PostgreSQL's SSI, and H2's deadlock), PostgreSQL's deadlock, H2's concurrent update
     * of the same row: the transaction was rolled back and would likely go through if run again.
     */
    private static final Set<String> CLASHES = Set.of("40001", "40P01", String.valueOf(ErrorCode.CONCURRENT_UPDATE_1));

    /** PostgreSQL ended the session: the server or its administrator stopped it, or it is starting or stopping. */
    private static final Set<String> ENDED = Set.of("57P01", "57P02", "57P03");

    private SqlFailures() {
    }

    /** True when the failure is a clash with another transaction, and the whole work may be run again. */
    static boolean clash(Throwable failure) {
        return state(failure, s -> CLASHES.contains(s));
    }

    /**
     * True when the connection broke: SQL state class 08 (connection exception), a session the server ended, or an
     * I/O error under the driver's failure.
     */
    static boolean connectionLost(Throwable failure) {
        if (state(failure, s -> s.startsWith("08") || ENDED.contains(s))) {
            return true;
        }
        boolean inDriver = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            inDriver |= t instanceof SQLException;
            // only below a driver's failure: the work's own files (an export) may fail on their own
            if (inDriver && t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The SQL state to log (it never quotes data): the first one down the cause chain, or "(none)". */
    static String stateOf(Throwable failure) {
        String[] found = {"(none)"};
        state(failure, s -> {
            found[0] = s;
            return true;
        });
        return found[0];
    }

    private static boolean state(Throwable failure, Predicate<String> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && test.test(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
