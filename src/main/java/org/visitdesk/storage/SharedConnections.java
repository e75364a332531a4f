package org.visitdesk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Connections to a shared store, kept for reuse: opening one costs a network round trip or several and the
 * password check. A kept connection is checked before it is handed out, so that one the server dropped (a restart,
 * a network cut, an idle timeout) is replaced instead of failing the coordinator's next save.
 */
final class SharedConnections implements ConnectionFactory, AutoCloseable {

    /** Connections kept while unused; a window rarely needs more than a few at once. */
    private static final int KEEP = 8;
    /** Seconds a kept connection may take to answer before it is replaced. */
    private static final int CHECK_SECONDS = 3;

    private final DataSource server;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    SharedConnections(DataSource server) {
        this.server = server;
    }

    @Override
    public Connection openConnection() throws SQLException {
        while (true) {
            Connection kept;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the shared store is closed", "08003");
                }
                kept = idle.pollFirst();
            }
            if (kept == null) {
                return server.getConnection();
            }
            if (kept.isValid(CHECK_SECONDS)) {
                return kept;
            }
            closeQuietly(kept);
        }
    }

    @Override
    public void closeConnection(Connection c) throws SQLException {
        if (c.isClosed()) {
            return;
        }
        // a connection left inside a transaction (work cut short) is not handed to the next piece of work
        boolean clean = c.getAutoCommit();
        synchronized (this) {
            if (clean && !closed && idle.size() < KEEP) {
                idle.addFirst(c);
                return;
            }
        }
        c.close();
    }

    /** Closes the connections kept; those in use close when their work returns them. */
    @Override
    public void close() {
        Deque<Connection> all;
        synchronized (this) {
            closed = true;
            all = new ArrayDeque<>(idle);
            idle.clear();
        }
        all.forEach(SharedConnections::closeQuietly);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a dropped connection may complain while closing: it is gone either way
        }
    }
}
