package org.visitdesk.storage;

import java.io.FileNotFoundException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening a shared store on a PostgreSQL server: the address checked, the first connection tried (each way it
 * can fail said in its own words), the schema brought up to date by the same migrations as an H2 store.
 */
final class SharedStore {

    private static final Logger LOG = LoggerFactory.getLogger(SharedStore.class);

    /**
     * The driver's own log (java.util.logging, to standard error): it names the server and says in its words what the
     * coordinator is told in ours, so it is kept quiet. Held here, as the logging system keeps loggers only weakly.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    }
    private static final SecureRandom RANDOM = new SecureRandom();

    private SharedStore() {
    }

    static Store open(String url, char[] password, Path folder, String target) {
        Properties parsed = check(url);
        // what the driver will do, known before it fails: .pgpass is read by parseURL too
        boolean passwordKnown = password != null && password.length > 0 || parsed.getProperty("password") != null;
        boolean tls = asksForTls(parsed);
        parsed.clear();
        DataFolder.ensure(folder);
        // the data folder keeps this computer's temporary export files; no lock is held on it here (the server
        // arbitrates between coordinators), so what another VisitDesk on this computer is writing is left alone
        DataFolder.makeAllPrivate(folder);
        PGSimpleDataSource ds = dataSource(url, password);
        // this copy's own name on the server: the change feed passes over the notices of its own saves
        String application = application();
        ds.setApplicationName(application);
        SharedConnections connections = new SharedConnections(ds);
        try {
            try (Connection first = ds.getConnection()) {
                first.isValid(5);
            } catch (SQLException e) {
                throw translate(e, passwordKnown, tls);
            }
            migrate(ds, target);
            return Store.shared(folder, connections, url,
                    () -> new ChangeFeed(ds, application, Clock.systemDefaultZone()));
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    /** "VisitDesk" and a random id of this copy: two copies of VisitDesk by the same user are told apart. */
    static String application() {
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return "VisitDesk " + HexFormat.of().formatHex(id);
    }

    /**
     * Tries a shared store without changing anything in it: the address, the server, the password, the database,
     * and whether a newer VisitDesk changed its schema; each failure in its own words. Nothing is migrated.
     */
    static void tryOpen(String url, char[] password, String target) {
        Properties parsed = check(url);
        boolean passwordKnown = password != null && password.length > 0 || parsed.getProperty("password") != null;
        boolean tls = asksForTls(parsed);
        parsed.clear();
        PGSimpleDataSource ds = dataSource(url, password);
        try (Connection first = ds.getConnection()) {
            first.isValid(5);
        } catch (SQLException e) {
            throw translate(e, passwordKnown, tls);
        }
        try {
            refuseNewer(configure(ds, target).load().info());
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw translate(sql, true, false);
            }
            LOG.warn("shared store could not be read: {}", e.getClass().getSimpleName());
            throw new StoreException(StoreException.Kind.SHARED_CANNOT_OPEN, null);
        }
    }

    private static PGSimpleDataSource dataSource(String url, char[] password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (password != null && password.length > 0) {
            // the driver keeps a String: the environment variable it came from is one already
            ds.setPassword(new String(password));
        }
        ds.setApplicationName("VisitDesk");
        return ds;
    }

    /** Whether the URL asks for TLS ({@code sslmode=require}, {@code verify-ca}, {@code verify-full}, or {@code ssl=true}). */
    static boolean asksForTls(Properties parsed) {
        String mode = parsed.getProperty("sslmode");
        if (mode != null) {
            return mode.equals("require") || mode.startsWith("verify");
        }
        return "true".equalsIgnoreCase(parsed.getProperty("ssl"));
    }

    /** A PostgreSQL JDBC URL without a password in it (a password on the command line stays in the shell history). */
    static Properties check(String url) {
        // parseURL also fills in what .pgpass holds: only the URL's own parameters are looked at for a password
        Properties parsed = url == null || !url.startsWith("jdbc:postgresql:") ? null : Driver.parseURL(url, null);
        if (parsed == null) {
            throw new StoreException(StoreException.Kind.SHARED_BAD_URL, null);
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8).strip();
                // the TLS key's password too: the address is shown in the status bar
                if (name.equalsIgnoreCase("password") || name.equalsIgnoreCase("sslpassword")) {
                    parsed.clear();
                    throw new StoreException(StoreException.Kind.SHARED_PASSWORD_IN_URL, null);
                }
            }
        }
        return parsed;
    }

    private static void migrate(DataSource server, String target) {
        try {
            Flyway flyway = configure(server, target).load();
            MigrationInfoService info = flyway.info();
            refuseNewer(info);
            if (info.pending().length > 0) {
                // PostgreSQL changes a schema inside a transaction: a migration cut short leaves nothing behind
                flyway.migrate();
            }
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw translate(sql, true, false);
            }
            LOG.warn("shared store could not be brought up to date: {}", e.getClass().getSimpleName());
            throw new StoreException(StoreException.Kind.SHARED_CANNOT_OPEN, null);
        }
    }

    private static FluentConfiguration configure(DataSource server, String target) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(server)
                .locations(Store.migrations("postgresql"))
                .loggers("slf4j");
        if (target != null) {
            config.target(target);
        }
        return config;
    }

    private static void refuseNewer(MigrationInfoService info) {
        for (MigrationInfo applied : info.applied()) {
            MigrationState state = applied.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                // a newer VisitDesk changed the schema: this one could misread or damage what it added
                throw new StoreException(StoreException.Kind.SHARED_SCHEMA_NEWER, null);
            }
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * The words for a failure to reach or enter the shared store. Only the SQL state is logged: the driver's
     * message names the user and server, and nothing here ever holds the password.
     *
     * @param passwordKnown whether the driver had a password (given by VisitDesk, or found in {@code .pgpass})
     * @param tls whether the URL asks for TLS
     */
    static StoreException translate(SQLException e, boolean passwordKnown, boolean tls) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        StoreException.Kind kind;
        if (state.equals("28P01")) {
            kind = StoreException.Kind.SHARED_WRONG_PASSWORD;
        } else if (state.equals("28000")) {
            // no such role, or the server's rules (pg_hba.conf) do not let this user in from here
            kind = StoreException.Kind.SHARED_NOT_ALLOWED;
        } else if (state.equals("3D000")) {
            kind = StoreException.Kind.SHARED_NO_DATABASE;
        } else if (state.equals("08004") && !passwordKnown) {
            // the server asked for a password and the driver found none (no variable, nothing in .pgpass); the
            // same state says that TLS was asked for and the server offers none, and which one cannot be told
            kind = tls ? StoreException.Kind.SHARED_NEEDS_PASSWORD_OR_TLS : StoreException.Kind.SHARED_NEEDS_PASSWORD;
        } else if (state.equals("08004") && tls) {
            kind = StoreException.Kind.SHARED_NO_TLS;
        } else if (tls && state.startsWith("08") && certificateRefused(e)) {
            kind = StoreException.Kind.SHARED_TLS_UNTRUSTED;
        } else if (state.startsWith("08") || causedBy(e, UnknownHostException.class)) {
            kind = StoreException.Kind.SHARED_UNREACHABLE;
        } else {
            kind = StoreException.Kind.SHARED_CANNOT_OPEN;
        }
        if (kind == StoreException.Kind.SHARED_CANNOT_OPEN) {
            LOG.warn("shared store could not be opened: SQL state {}", state.isEmpty() ? "(none)" : state);
        } else {
            // said to the coordinator in words already; standard error keeps to that one line
            LOG.info("shared store could not be opened: SQL state {}", state);
        }
        return new StoreException(kind, null);
    }

    /**
     * Whether a TLS connection failed on the server's certificate: not signed by the trusted authority, made for
     * another name, or the root certificate file missing. The driver says a name mismatch only in its own words.
     */
    private static boolean certificateRefused(SQLException e) {
        String said = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return causedBy(e, SSLException.class)
                || causedBy(e, GeneralSecurityException.class)
                || causedBy(e, FileNotFoundException.class)
                || said.contains("hostnameverifier") || said.contains("certificate");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
