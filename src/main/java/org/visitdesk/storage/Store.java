package org.visitdesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records: the embedded H2 store in one data folder, or a shared PostgreSQL store of several coordinators
 * ({@link #openShared}). While an H2 store is open, an anchor connection holds the database (and H2's file lock)
 * so that a second process is refused, and closing it shuts the database down cleanly.
 */
public final class Store implements AutoCloseable {

    static {
        // before any H2 class is used: every store VisitDesk opens may call no Java class by name
        H2Classes.restrict();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** File name (without H2's {@code .mv.db}) of the store inside the data folder. */
    public static final String NAME = "visitdesk";

    /** Which engine holds the records. */
    public enum Engine {
        /** The embedded store in the data folder: one coordinator. */
        H2,
        /** A shared PostgreSQL server: several coordinators. */
        POSTGRESQL
    }

    /** Jdbi attribute naming the engine, for DAOs whose statements exist on one engine only. */
    static final String ENGINE = "visitdeskEngine";

    private final Path folder;
    private final Jdbi jdbi;
    private JdbcConnectionPool pool;
    /** A shared store's connections kept for reuse; null for H2. */
    private SharedConnections connections;
    /** The H2 connection that holds the file (and its lock) while the store is open; null for a shared store. */
    private final Connection anchor;
    private final Engine engine;
    /** A shared store's JDBC URL (it never holds a password: one in it is refused); null for H2. */
    private String address;
    /** Makes a shared store's feed of other coordinators' changes; null for H2. */
    private Supplier<ChangeFeed> feedMaker;
    /** The feed, once something listens; closed with the store. */
    private ChangeFeed feed;
    private boolean closed;
    private final boolean encrypted;
    private volatile boolean compact;
    /** H2's password for this store (derived key and user password), cleared when the store closes. */
    private char[] secret;

    /** How many times a write that clashes with others is tried in all. */
    static final int TRIES = 5;

    /**
     * The writes of this process to an H2 store, one at a time: H2 keeps each transaction's snapshot but does not
     * find the write skew of two that each read a volunteer's visits and add one at the same time (PostgreSQL's
     * serializable isolation does). An H2 store is open in one process only, so taking turns here makes its
     * writes truly serializable.
     */
    private final ReentrantLock writing = new ReentrantLock();

    private Store(Path folder, Jdbi jdbi, Connection anchor, boolean encrypted, Engine engine) {
        this.folder = folder;
        this.jdbi = jdbi;
        this.anchor = anchor;
        this.encrypted = encrypted;
        this.engine = engine;
        jdbi.define(ENGINE, engine.name());
    }

    /** Opens (creating if needed) an unencrypted store, or an encrypted one... which then needs a passphrase. */
    public static Store open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens the store in the folder and brings its schema up to date. An existing encrypted store (its salt file
     * is there) needs the passphrase; a new store is encrypted when a passphrase is given; an existing
     * unencrypted store ignores it. Before a migration changes an existing store, a backup is made.
     *
     * @param passphrase the coordinator's passphrase, or null
     */
    public static Store open(Path folder, char[] passphrase) {
        return open(folder, passphrase, (String) null);
    }

    /** Told, before the long part of an open, that the store was not shut down cleanly. */
    @FunctionalInterface
    public interface OpenListener {
        /** H2 is about to roll back what was unfinished when the store stopped: this can take a while. */
        void recovering();
    }

    /** Opens like {@link #open(Path, char[])}, telling the listener when the store must first recover. */
    public static Store open(Path folder, char[] passphrase, OpenListener listener) {
        return open(folder, passphrase, null, listener);
    }

    /** What a data folder holds, so that the app knows whether to ask for a passphrase. */
    public enum State {
        /** No store yet. */
        NEW,
        /** A store without encryption. */
        PLAIN,
        /** An encrypted store: a passphrase is needed. */
        ENCRYPTED
    }

    /** What the folder holds. */
    public static State state(Path folder) {
        if (!Files.exists(dbFile(folder))) {
            return State.NEW;
        }
        return Files.exists(folder.resolve(StoreKey.FILE_NAME)) ? State.ENCRYPTED : State.PLAIN;
    }

    /** The H2 file of the store in a folder. */
    static Path dbFile(Path folder) {
        return folder.resolve(NAME + ".mv.db");
    }

    /** Opens with an explicit Flyway target (tests make stores at an older schema version); null: latest. */
    static Store open(Path folder, char[] passphrase, String target) {
        return open(folder, passphrase, target, null);
    }

    private static Store open(Path folder, char[] passphrase, String target, OpenListener listener) {
        DataFolder.ensure(folder);
        Path saltFile = folder.resolve(StoreKey.FILE_NAME);
        Path pending = folder.resolve(StoreKey.FILE_NAME + ".new");
        StoreKey key;
        switch (state(folder)) {
            case ENCRYPTED -> {
                if (passphrase == null || passphrase.length == 0) {
                    throw new StoreException(StoreException.Kind.NEEDS_PASSPHRASE, null);
                }
                key = StoreKey.read(saltFile);
            }
            case PLAIN -> key = null;
            default -> {
                deleteQuietly(pending);
                if (passphrase != null && passphrase.length > 0) {
                    key = StoreKey.fresh();
                    // the salt goes down first: a store file never exists encrypted without its salt
                    key.write(saltFile);
                } else {
                    deleteQuietly(saltFile);
                    key = null;
                }
            }
        }
        char[] filePassword = key == null ? null : key.filePassword(passphrase);
        char[] secret = filePassword == null ? null : h2Password(filePassword);
        JdbcDataSource ds;
        Connection anchor;
        try {
            if (Files.exists(dbFile(folder)) && StoreFile.stoppedUnexpectedly(dbFile(folder), filePassword)) {
                if (listener != null) {
                    listener.recovering();
                }
                // H2 alone could open an older version and lose the last saves (see StoreFile)
                StoreFile.pointHeaderAtNewestChunk(dbFile(folder), filePassword);
            }
            ds = dataSource(folder.resolve(NAME), secret);
            anchor = ds.getConnection();
        } catch (SQLException e) {
            StoreException problem = translate(e, key != null);
            if (problem.kind() == StoreException.Kind.WRONG_PASSPHRASE && Files.exists(pending)) {
                // a passphrase change was cut short after the file was re-encrypted: the new salt applies
                StoreKey next = StoreKey.read(pending);
                clear(secret);
                char[] nextPassword = next.filePassword(passphrase);
                secret = h2Password(nextPassword);
                clear(nextPassword);
                try {
                    ds = dataSource(folder.resolve(NAME), secret);
                    anchor = ds.getConnection();
                    Files.move(pending, saltFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (SQLException again) {
                    clear(secret);
                    throw translate(again, true);
                } catch (IOException io) {
                    clear(secret);
                    throw new StoreException(StoreException.Kind.CANNOT_OPEN, null);
                }
            } else {
                clear(secret);
                throw problem;
            }
        } finally {
            clear(filePassword);
        }
        deleteQuietly(pending);
        // the store's lock is held from here: what a process cut short left behind can go
        DataFolder.clearTemp(folder);
        Backups.removeLeftovers(folder);
        DataFolder.makeAllPrivate(folder);
        try {
            migrate(ds, folder, anchor, target);
            // a pool: opening an H2 session for every read costs about as much as the read itself
            JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
            Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
            Store store = new Store(folder, jdbi, anchor, key != null, Engine.H2);
            store.pool = pool;
            store.secret = secret;
            return store;
        } catch (RuntimeException e) {
            closeQuietly(anchor);
            clear(secret);
            if (DiskFull.isCause(e)) {
                throw new StoreException(StoreException.Kind.DISK_FULL, null);
            }
            throw e;
        }
    }

    /**
     * Opens a shared store on a PostgreSQL server and brings its schema up to date (Flyway holds a lock on the
     * server while it migrates, so two coordinators starting at once do not both migrate).
     *
     * @param url a PostgreSQL JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB?user=U}); TLS settings such as
     *        {@code sslmode=verify-full} are left to the driver; a password in it is refused
     * @param password the database password, or null: then the driver looks in {@code ~/.pgpass} (or
     *        {@code PGPASSFILE}); it is never logged nor put in a message, and cleared by the caller
     * @param folder the local data folder, for temporary files of exports
     */
    public static Store openShared(String url, char[] password, Path folder) {
        return SharedStore.open(url, password, folder, null);
    }

    /**
     * Tries a shared store without changing anything in it (no schema is made or updated): fails with the words for
     * what is wrong (server unreachable, password refused, no such database, schema of a newer VisitDesk).
     */
    public static void tryShared(String url, char[] password) {
        SharedStore.tryOpen(url, password, null);
    }

    /** Opens a shared store with an explicit Flyway target (tests); null: latest. */
    static Store openShared(String url, char[] password, Path folder, String target) {
        return SharedStore.open(url, password, folder, target);
    }

    /**
     * A shared store whose connections are kept for reuse by {@code connections}; {@code feed} makes its feed of
     * other coordinators' changes when it is first listened to.
     */
    static Store shared(Path folder, SharedConnections connections, String url, Supplier<ChangeFeed> feed) {
        Jdbi jdbi = Jdbi.create(connections).installPlugin(new SqlObjectPlugin());
        Store store = new Store(folder, jdbi, null, false, Engine.POSTGRESQL);
        store.connections = connections;
        store.address = url;
        store.feedMaker = feed;
        return store;
    }

    /**
     * Tells {@code listener}, on a thread of its own, of each save that another copy of VisitDesk (or another
     * program) makes on a shared store from now on, within moments of its commit; this copy's own saves are not
     * told. The first listener connects to the server (call it away from the UI thread). An H2 store has one
     * coordinator: nothing is ever told.
     */
    public void onChangesByOthers(Consumer<StoreChange> listener) {
        ChangeFeed started;
        synchronized (this) {
            if (feedMaker == null || closed) {
                return;
            }
            if (feed == null) {
                // one connection more on the server, for a window; a command that saves and ends needs none
                feed = feedMaker.get();
                feed.subscribe(listener);
                feed.start();
                return;
            }
            started = feed;
        }
        started.subscribe(listener);
    }

    static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** The H2 URL and passwords; with a key, H2's AES file encryption with the derived key as file password. */
    static JdbcDataSource dataSource(Path folder, StoreKey key, char[] passphrase) {
        if (key == null) {
            return dataSource(folder.resolve(NAME), (char[]) null);
        }
        char[] filePassword = key.filePassword(passphrase);
        try {
            return dataSource(folder.resolve(NAME), h2Password(filePassword));
        } finally {
            clear(filePassword);
        }
    }

    /** H2 reads "&lt;file password&gt; &lt;user password&gt;"; the user password is empty. */
    static char[] h2Password(char[] filePassword) {
        char[] both = Arrays.copyOf(filePassword, filePassword.length + 1);
        both[filePassword.length] = ' ';
        return both;
    }

    /**
     * The data source of a store file.
     *
     * @param password from {@link #h2Password} for an encrypted store (kept, not copied), or null
     */
    static JdbcDataSource dataSource(Path base, char[] password) {
        JdbcDataSource ds = new JdbcDataSource();
        // WRITE_DELAY=0: what the UI reports as saved is on disk. DB_CLOSE_ON_EXIT=FALSE: we close it ourselves.
        // TRACE_LEVEL_FILE=0: H2's trace file would quote SQL and values (an A-number in a key violation).
        ds.setURL("jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;CACHE_SIZE=131072;DB_CLOSE_ON_EXIT=FALSE"
                + ";TRACE_LEVEL_FILE=0" + (password != null ? ";CIPHER=AES" : ""));
        ds.setUser("visitdesk");
        if (password != null) {
            ds.setPasswordChars(password);
        } else {
            ds.setPassword("");
        }
        return ds;
    }

    /**
     * Where the migrations are: those both engines share, and the twins written for each engine where its SQL
     * differs ({@code h2} holds the original files unchanged, so that existing stores keep their checksums).
     *
     * @param vendor {@code h2} or {@code postgresql}
     */
    static String[] migrations(String vendor) {
        return new String[] {"classpath:org/visitdesk/db/migration", "classpath:org/visitdesk/db/vendor/" + vendor};
    }

    private static void migrate(JdbcDataSource ds, Path folder, Connection anchor, String target) {
        if (target == null && AppliedMigrations.all(anchor, migrations("h2"))) {
            return;
        }
        FluentConfiguration config = Flyway.configure()
                .dataSource(ds)
                .locations(migrations("h2"))
                .loggers("slf4j");
        if (target != null) {
            config.target(target);
        }
        Flyway flyway = config.load();
        MigrationInfoService info = flyway.info();
        if (info.pending().length > 0) {
            if (info.current() != null) {
                // H2 DDL is not transactional: a migration cut short could leave the store half-changed
                Backups.automatic(folder, anchor, "before-update", Clock.systemDefaultZone());
            }
            flyway.migrate();
        }
    }

    static StoreException translate(SQLException e, boolean encrypted) {
        StoreException p = translateQuietly(e, encrypted);
        if (p.kind() == StoreException.Kind.CANNOT_OPEN) {
            // the H2 message may name the file path; log only the error code
            LOG.warn("store could not be opened: H2 error {}", e.getErrorCode());
        }
        return p;
    }

    static StoreException translateQuietly(SQLException e, boolean encrypted) {
        if (DiskFull.isCause(e)) {
            return new StoreException(StoreException.Kind.DISK_FULL, null);
        }
        SQLException cause = e;
        while (cause != null) {
            int code = cause.getErrorCode();
            if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new StoreException(StoreException.Kind.ALREADY_OPEN, null);
            }
            // a wrong AES key reads as garbage: H2 calls the file corrupt or the password wrong
            if (encrypted && (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.GENERAL_ERROR_1)) {
                return new StoreException(StoreException.Kind.WRONG_PASSPHRASE, null);
            }
            cause = cause.getNextException();
        }
        return new StoreException(StoreException.Kind.CANNOT_OPEN, null);
    }

    static StoreException translate(SQLException e) {
        return translate(e, false);
    }

    /** True when the store is encrypted with a passphrase (never for a shared store: its server protects it). */
    public boolean encrypted() {
        return encrypted;
    }

    /** Which engine holds the records. */
    public Engine engine() {
        return engine;
    }

    /** Where a shared store is, for people to read: server, port, database and user; null for H2. */
    public String address() {
        return address == null ? null : address.replaceFirst("^jdbc:postgresql://", "");
    }

    /**
     * Who the server knows this coordinator as: the database user of a shared store (asked once per call), blank
     * for the embedded store, which has one coordinator.
     */
    public String databaseUser() {
        if (!shared()) {
            return "";
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT current_user").mapTo(String.class).one());
    }

    /** True for a shared PostgreSQL store. */
    public boolean shared() {
        return engine == Engine.POSTGRESQL;
    }

    /**
     * Copies the open store, consistently, to a backup file (encrypted stays encrypted). A shared store is
     * refused: its server's own backups (pg_dump) are the way.
     */
    public void backupTo(Path file) {
        refuseFileBackupWhenShared();
        Backups.write(folder, anchor, file);
    }

    /** Makes an automatic backup in {@code backups/}, keeping the newest ones; refused for a shared store. */
    public Path backupAutomatic(String reason, Clock clock) {
        refuseFileBackupWhenShared();
        return Backups.automatic(folder, anchor, reason, clock);
    }

    private void refuseFileBackupWhenShared() {
        if (shared()) {
            throw new StoreException(StoreException.Kind.SHARED_BACKUP, null);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover is harmless
        }
    }

    /** The data folder. */
    public Path folder() {
        return folder;
    }

    /** The Jdbi entry point, for DAOs. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs work in one serializable transaction: all of it is saved, or none. When another coordinator's save
     * clashed with it (PostgreSQL found that the two could not have run one after the other, or a deadlock), it is
     * rolled back and the whole work runs again from the start on a fresh transaction, up to {@link #TRIES} times
     * in all: the work must do nothing outside the transaction that running it again would repeat. On H2, the
     * writes of this process take turns (see {@link #writing}).
     *
     * @throws StoreException {@code SAVE_CLASHED} when it clashed every time, {@code SHARED_CONNECTION_LOST} when the
     *         connection to a shared store broke; nothing was saved either way
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        return jdbi.withHandle(h -> {
            if (h.isInTransaction()) {
                // inside a write already running on this thread's handle: that one runs again when it must
                return h.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return inOneTransaction(h, work);
                } catch (RuntimeException e) {
                    boolean lostReading = e instanceof StoreException se
                            && se.kind() == StoreException.Kind.SHARED_CONNECTION_LOST_READING;
                    if (shared() && (lostReading || SqlFailures.connectionLost(e))) {
                        // no new try here: the server may be gone for a while; the coordinator is told and tries again
                        LOG.info("shared store connection lost while saving: SQL state {}", SqlFailures.stateOf(e));
                        throw new StoreException(StoreException.Kind.SHARED_CONNECTION_LOST, null);
                    }
                    if (!SqlFailures.clash(e)) {
                        throw e;
                    }
                    if (attempt >= TRIES) {
                        LOG.info("save clashed with others {} times: SQL state {}", attempt, SqlFailures.stateOf(e));
                        throw new StoreException(StoreException.Kind.SAVE_CLASHED, null);
                    }
                    LOG.debug("save clashed with another, trying again: SQL state {}", SqlFailures.stateOf(e));
                    backOff(attempt);
                }
            }
        });
    }

    private <R, X extends Exception> R inOneTransaction(Handle h, HandleCallback<R, X> work) throws X {
        if (shared()) {
            return h.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
        }
        writing.lock();
        try {
            return h.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
        } finally {
            writing.unlock();
        }
    }

    /** A short random wait before another try, longer each time, so that the two who clashed do not meet again. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt + 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.SAVE_CLASHED, null);
        }
    }

    /**
     * Runs read-only work on one handle.
     *
     * @throws StoreException {@code SHARED_CONNECTION_LOST_READING} when the connection to a shared store broke
     */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        try {
            return jdbi.withHandle(work);
        } catch (RuntimeException e) {
            if (shared() && SqlFailures.connectionLost(e)) {
                LOG.info("shared store connection lost while reading: SQL state {}", SqlFailures.stateOf(e));
                throw new StoreException(StoreException.Kind.SHARED_CONNECTION_LOST_READING, null);
            }
            throw e;
        }
    }

    /** A DAO on its own handle, for a single statement. */
    public <T> T dao(Class<T> type) {
        return jdbi.onDemand(type);
    }

    /** Attaches a DAO to a handle inside a transaction. */
    public static <T> T attach(Handle h, Class<T> type) {
        return h.attach(type);
    }

    /**
     * Asks for a full compaction at close: after a bulk load the file holds much free space. A shared store is
     * left alone: its server reclaims space itself (autovacuum).
     */
    public void compactOnClose() {
        compact = true;
    }

    /** Shuts the database down cleanly and releases the lock; a shared store just returns its connections. */
    @Override
    public void close() {
        ChangeFeed listening;
        synchronized (this) {
            closed = true;
            listening = feed;
        }
        if (listening != null) {
            listening.close();
        }
        if (pool != null) {
            pool.dispose();
        }
        if (connections != null) {
            connections.close();
        }
        if (anchor == null) {
            return;
        }
        try (Statement st = anchor.createStatement()) {
            st.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            if (!DiskFull.isCause(e) && e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                // closed already: what failed (a full disk, say) was told in words by the one it failed for
                LOG.warn("store did not shut down cleanly: H2 error {}", e.getErrorCode());
            }
        } finally {
            closeQuietly(anchor);
            clear(secret);
            // SHUTDOWN COMPACT writes the store anew, with the system's default permissions
            DataFolder.makePrivate(dbFile(folder));
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
