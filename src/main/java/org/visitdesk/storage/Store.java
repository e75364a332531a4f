package org.visitdesk.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store in one data folder. While it is open, an anchor connection holds the database (and
 * H2's file lock) so that a second process is refused, and closing it shuts the database down cleanly.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** File name (without H2's {@code .mv.db}) of the store inside the data folder. */
    public static final String NAME = "visitdesk";

    private final Path folder;
    private final Jdbi jdbi;
    private final Connection anchor;
    private volatile boolean compact;

    private Store(Path folder, Jdbi jdbi, Connection anchor) {
        this.folder = folder;
        this.jdbi = jdbi;
        this.anchor = anchor;
    }

    /** Opens (creating if needed) the store in the folder and brings its schema up to date. */
    public static Store open(Path folder) {
        DataFolder.ensure(folder);
        JdbcDataSource ds = new JdbcDataSource();
        // WRITE_DELAY=0: what the UI reports as saved is on disk. DB_CLOSE_ON_EXIT=FALSE: we close it ourselves.
        ds.setURL("jdbc:h2:file:" + folder.resolve(NAME).toAbsolutePath() + ";WRITE_DELAY=0;CACHE_SIZE=131072;DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("visitdesk");
        ds.setPassword("");
        Connection anchor;
        try {
            anchor = ds.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            migrate(ds);
            Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin());
            return new Store(folder, jdbi, anchor);
        } catch (RuntimeException e) {
            closeQuietly(anchor);
            throw e;
        }
    }

    private static void migrate(JdbcDataSource ds) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:org/visitdesk/db/migration")
                .loggers("slf4j")
                .load();
        if (flyway.info().pending().length > 0) {
            flyway.migrate();
        }
    }

    static StoreException translate(SQLException e) {
        SQLException cause = e;
        while (cause != null) {
            if (cause.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new StoreException(StoreException.Kind.ALREADY_OPEN, null);
            }
            cause = cause.getNextException();
        }
        // the H2 message may name the file path; log only the error code
        LOG.warn("store could not be opened: H2 error {}", e.getErrorCode());
        return new StoreException(StoreException.Kind.CANNOT_OPEN, null);
    }

    /** The data folder. */
    public Path folder() {
        return folder;
    }

    /** The Jdbi entry point, for DAOs. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs work in one serializable transaction: all of it is saved, or none. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
    }

    /** Runs read-only work on one handle. */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        return jdbi.withHandle(work);
    }

    /** A DAO on its own handle, for a single statement. */
    public <T> T dao(Class<T> type) {
        return jdbi.onDemand(type);
    }

    /** Attaches a DAO to a handle inside a transaction. */
    public static <T> T attach(Handle h, Class<T> type) {
        return h.attach(type);
    }

    /** Asks for a full compaction at close: after a bulk load the file holds much free space. */
    public void compactOnClose() {
        compact = true;
    }

    /** Shuts the database down cleanly and releases the lock. */
    @Override
    public void close() {
        try (Statement st = anchor.createStatement()) {
            st.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("store did not shut down cleanly: H2 error {}", e.getErrorCode());
        } finally {
            closeQuietly(anchor);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after SHUTDOWN may complain; the database is already closed
        }
    }
}
