package org.visitdesk.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What other copies of VisitDesk save on a shared store, as the server tells it (migration V12 notifies on the
 * channel {@value #CHANNEL} at each commit that changed records). One connection of its own listens on a daemon
 * thread, taken again when the server drops it; this copy's own saves are passed over (its application name says
 * which copy saved), and so are other stores' that share the database.
 */
final class ChangeFeed implements AutoCloseable {

    static final String CHANNEL = "visitdesk_changes";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** How long one wait for notifications lasts: also how soon a close is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** The longest pause between attempts to listen again after the server dropped the connection. */
    private static final long MAX_PAUSE_MILLIS = 10_000;

    /** Waits without a notification before the connection is checked: a cut cable sends no word. */
    private static final int WAITS_BEFORE_CHECK = 60;

    private final DataSource server;
    private final String ownApplication;
    private final Clock clock;
    private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;
    /** The store's schema: notices of other schemas (other stores in the same database) are not this store's. */
    private String schema;

    /**
     * @param server where to connect (the store's own data source)
     * @param ownApplication this copy's application name: notices it sent are passed over
     */
    ChangeFeed(DataSource server, String ownApplication, Clock clock) {
        this.server = server;
        this.ownApplication = ownApplication;
        this.clock = clock;
        this.thread = new Thread(this::run, "visitdesk-changes");
        thread.setDaemon(true);
    }

    /** Starts listening; the first LISTEN is in place when this returns, or the thread keeps trying. */
    void start() {
        try {
            connection = listen();
        } catch (SQLException e) {
            LOG.info("not listening for other coordinators' changes yet: SQL state {}", e.getSQLState());
        }
        thread.start();
    }

    /** Tells {@code listener} (on the feed's thread) of every save by someone else from now on. */
    void subscribe(Consumer<StoreChange> listener) {
        listeners.add(listener);
    }

    private Connection listen() throws SQLException {
        Connection c = server.getConnection();
        try (Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            try (ResultSet rs = st.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = rs.getString(1);
            }
            st.execute("LISTEN " + CHANNEL);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void run() {
        long pause = 500;
        int quiet = 0;
        while (!closed) {
            Connection c = connection;
            try {
                if (c == null) {
                    c = listen();
                    connection = c;
                    if (closed) {
                        // closed while the connection was being made: close() did not see it
                        closeQuietly(c);
                        return;
                    }
                    pause = 500;
                    // what was saved while nobody listened is unknown: those who care read again
                    tell(StoreChange.missed(clock.instant()));
                }
                PGNotification[] heard = c.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (heard != null && heard.length > 0) {
                    quiet = 0;
                    for (PGNotification n : heard) {
                        heard(n.getParameter());
                    }
                } else if (++quiet >= WAITS_BEFORE_CHECK) {
                    quiet = 0;
                    if (!c.isValid(5)) {
                        throw new SQLException("the connection that listens does not answer", "08006");
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                if (c != null) {
                    LOG.info("lost the connection that hears other coordinators' changes: SQL state {}",
                            e.getSQLState());
                    closeQuietly(c);
                    connection = null;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stop) {
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    /** Schema, table, user and application, separated by tabs (the application name last: it may hold one). */
    private void heard(String payload) {
        String[] parts = payload.split("\t", 4);
        if (parts.length < 4 || !parts[0].equals(schema) || parts[3].equals(ownApplication)) {
            return;
        }
        tell(new StoreChange(parts[1], parts[2], clock.instant()));
    }

    private void tell(StoreChange notice) {
        for (Consumer<StoreChange> l : listeners) {
            try {
                l.accept(notice);
            } catch (RuntimeException e) {
                // one listener's failure must not stop the others hearing, nor the feed
                LOG.warn("a listener to other coordinators' changes failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Stops listening and closes the connection. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            closeQuietly(c);
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a dropped connection may complain while closing: it is gone either way
        }
    }
}
