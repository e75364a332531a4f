package org.visitdesk.storage;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a test keeps its store on each engine: H2 in the test's temporary folder, or a fresh schema (dropped
 * afterwards) on the PostgreSQL server named by {@code VISITDESK_TEST_PG}, e.g.
 * {@code jdbc:postgresql://localhost:5432/visitdesk_test?user=visitdesk_test}, its password from
 * {@code VISITDESK_TEST_PG_PASSWORD} or {@code .pgpass} ({@code PGPASSFILE}). Without that server, a test on
 * PostgreSQL fails when {@code CI=true} (CI must not quietly test one engine) and is skipped, with the reason
 * printed, on a developer's machine.
 */
public final class TestStores {

    /** The test server's JDBC URL (the user may create schemas in its database). */
    public static final String ENV = "VISITDESK_TEST_PG";
    /** The test server's password, when it is not in {@code .pgpass}. */
    public static final String PASSWORD_ENV = "VISITDESK_TEST_PG_PASSWORD";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Why PostgreSQL cannot be tested here, once known; "" when it can. */
    private static volatile String unavailable;

    private TestStores() {
    }

    /** One test's place for a store on one engine; closing it drops the PostgreSQL schema. */
    public static final class Place implements AutoCloseable {
        private final Store.Engine engine;
        private final Path dir;
        private final String schema;

        private Place(Store.Engine engine, Path dir, String schema) {
            this.engine = engine;
            this.dir = dir;
            this.schema = schema;
        }

        /** The engine. */
        public Store.Engine engine() {
            return engine;
        }

        /** Opens (creating on first use) the store of this place, at the latest schema. */
        public Store open() {
            return open(null);
        }

        /** Opens the store at a Flyway target version; null: latest. */
        public Store open(String target) {
            return engine == Store.Engine.H2 ? Store.open(dir, null, target)
                    : Store.openShared(url(), password(), dir, target);
        }

        /** The JDBC URL of this place's schema (PostgreSQL only). */
        public String url() {
            return withParameter(serverUrl(), "currentSchema=" + schema);
        }

        /** The test server's password, or null (then {@code .pgpass}). */
        public char[] password() {
            String p = System.getenv(PASSWORD_ENV);
            return p == null || p.isEmpty() ? null : p.toCharArray();
        }

        /** The local data folder. */
        public Path dir() {
            return dir;
        }

        /** A connection as the test user to this place's schema (PostgreSQL only); the caller closes it. */
        public Connection connect() throws SQLException {
            return TestStores.connect(url());
        }

        /** Runs one statement as the test user on this place's schema (tests that tamper with a store). */
        public void execute(String sql) {
            try (Connection c = TestStores.connect(url()); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test statement failed: " + e.getSQLState(), e);
            }
        }

        @Override
        public void close() {
            if (schema != null) {
                try (Connection c = TestStores.connect(serverUrl()); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop test schema " + schema + ": " + e.getSQLState(), e);
                }
            }
        }
    }

    /** A fresh place for a test's store: the H2 data folder itself, or a new schema on the test server. */
    public static Place place(Store.Engine engine, Path dir) {
        if (engine == Store.Engine.H2) {
            return new Place(engine, dir, null);
        }
        requireServer();
        String schema = "vd_test_" + HexFormat.of().formatHex(bytes());
        try (Connection c = connect(serverUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test schema: " + e.getSQLState(), e);
        }
        return new Place(engine, dir, schema);
    }

    private static byte[] bytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The test server's URL; fails in CI and skips elsewhere when there is none. */
    public static String serverUrl() {
        requireServer();
        return System.getenv(ENV);
    }

    /** Fails (CI) or skips (a developer's machine) unless the test server answers. */
    public static void requireServer() {
        String why = unavailable;
        if (why == null) {
            why = probe();
            unavailable = why;
            if (!why.isEmpty()) {
                System.out.println("[VisitDesk tests] PostgreSQL tests " + (ci() ? "FAIL" : "skipped") + ": " + why);
            }
        }
        if (!why.isEmpty()) {
            if (ci()) {
                Assertions.fail("CI=true and " + why + " (.ci/run starts a PostgreSQL server and sets " + ENV + ")");
            }
            Assumptions.abort(why);
        }
    }

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String probe() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            return ENV + " is not set (e.g. jdbc:postgresql://localhost:5432/visitdesk_test?user=visitdesk_test)";
        }
        try (Connection c = connect(url)) {
            return c.isValid(5) ? "" : "the PostgreSQL server of " + ENV + " does not answer";
        } catch (SQLException e) {
            return "the PostgreSQL server of " + ENV + " cannot be used (SQL state " + e.getSQLState() + ")";
        }
    }

    static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        String p = System.getenv(PASSWORD_ENV);
        if (p != null && !p.isEmpty()) {
            props.setProperty("password", p);
        }
        return DriverManager.getConnection(url, props);
    }

    /** The URL with one more parameter. */
    public static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}
