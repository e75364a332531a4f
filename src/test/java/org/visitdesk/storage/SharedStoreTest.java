package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a shared PostgreSQL store has: its schema against H2's, its address, and each way opening it fails. */
class SharedStoreTest {

    private static final String SECRET = "not-the-password-7f3a";

    @TempDir
    Path dir;

    TestStores.Place place;

    @BeforeEach
    void place() {
        place = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("pg"));
    }

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    private static StoreException.Kind kindOf(Runnable open) {
        try {
            open.run();
        } catch (StoreException e) {
            // never the password, never the driver's words (which name the server and user)
            assertThat(e.getMessage()).doesNotContain(SECRET).isEqualTo(e.kind().english());
            assertThat(e.getCause()).isNull();
            return e.kind();
        }
        throw new AssertionError("the store opened");
    }

    @Test
    void theMigrationsMakeTheSameTablesAndColumnsOnBothEngines() throws SQLException {
        Map<String, List<String>> h2;
        try (Store s = Store.open(dir.resolve("h2")); Handle h = s.jdbi().open()) {
            h2 = columns(h.getConnection(), "PUBLIC");
        }
        Map<String, List<String>> pg;
        try (Store s = place.open(); Handle h = s.jdbi().open()) {
            pg = columns(h.getConnection(), h.getConnection().getSchema());
        }
        assertThat(pg.keySet()).contains("visit", "detainee", "visitor", "change_log", "flyway_schema_history");
        assertThat(pg).isEqualTo(h2);
    }

    /** Table name to its columns (lower case, in order) with their nullability. */
    private static Map<String, List<String>> columns(Connection c, String schema) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                out.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getInt("ORDINAL_POSITION") + " "
                        + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + rs.getString("IS_NULLABLE"));
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    @Test
    void anOlderSchemaIsBroughtUpToDateAndTheHistoryMatchesH2s() {
        try (Store s = place.open("2")) {
            assertThat(versions(s)).containsExactly("1", "2");
        }
        List<String> h2;
        try (Store s = Store.open(dir.resolve("h2"))) {
            h2 = versions(s);
        }
        try (Store s = place.open()) {
            assertThat(versions(s)).isEqualTo(h2);
            assertThat(s.dao(FacilityDao.class).all()).hasSize(1);
        }
    }

    private static List<String> versions(Store s) {
        return s.read(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT "
                + "NULL AND \"success\" ORDER BY \"installed_rank\"").mapTo(String.class).list());
    }

    @Test
    void aSchemaNewerThanThisVisitDeskIsRefused() {
        place.open().close();
        place.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (999, '999', 'from a newer VisitDesk', 'SQL', 'V999__newer.sql', 1, 'test', 1, TRUE)");
        assertThat(kindOf(() -> place.open().close())).isEqualTo(StoreException.Kind.SHARED_SCHEMA_NEWER);
    }

    @Test
    void aWrongPasswordIsSaidAsSuch() {
        assertThat(kindOf(() -> Store.openShared(place.url(), SECRET.toCharArray(), dir).close()))
                .isEqualTo(StoreException.Kind.SHARED_WRONG_PASSWORD);
    }

    @Test
    void aMissingDatabaseIsSaidAsSuch() {
        String url = place.url().replaceFirst("/[^/?]+\\?", "/visitdesk_no_such_database?");
        assertThat(kindOf(() -> Store.openShared(url, place.password(), dir).close()))
                .isEqualTo(StoreException.Kind.SHARED_NO_DATABASE);
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidAsSuch() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/visitdesk?user=visitdesk&connectTimeout=5";
        assertThat(kindOf(() -> Store.openShared(url, SECRET.toCharArray(), dir).close()))
                .isEqualTo(StoreException.Kind.SHARED_UNREACHABLE);
    }

    @Test
    void aUserUnknownToTheServerIsRefusedInWords() {
        String url = place.url().replaceFirst("user=[^&]+", "user=visitdesk_nobody");
        assertThat(kindOf(() -> Store.openShared(url, null, dir).close())).isIn(
                StoreException.Kind.SHARED_NEEDS_PASSWORD, StoreException.Kind.SHARED_NOT_ALLOWED,
                StoreException.Kind.SHARED_WRONG_PASSWORD);
    }

    @Test
    void aPasswordInTheAddressIsRefusedBeforeAnythingIsTried() {
        assertThat(kindOf(() -> Store.openShared(TestStores.withParameter(place.url(), "password=" + SECRET), null,
                dir).close())).isEqualTo(StoreException.Kind.SHARED_PASSWORD_IN_URL);
        assertThat(kindOf(() -> Store.openShared(TestStores.withParameter(place.url(), "PassWord=" + SECRET), null,
                dir).close())).isEqualTo(StoreException.Kind.SHARED_PASSWORD_IN_URL);
        assertThat(kindOf(() -> Store.openShared(TestStores.withParameter(place.url(), "sslpassword=" + SECRET), null,
                dir).close())).isEqualTo(StoreException.Kind.SHARED_PASSWORD_IN_URL);
        assertThat(kindOf(() -> Store.openShared("postgres://localhost/visitdesk", null, dir).close()))
                .isEqualTo(StoreException.Kind.SHARED_BAD_URL);
    }

    @Test
    void aConnectionIsKeptForTheNextWorkAndOneTheServerDroppedIsReplaced() throws Exception {
        try (Store s = place.open()) {
            int pid = backendPid(s);
            assertThat(backendPid(s)).as("the same connection serves the next read").isEqualTo(pid);
            place.execute("SELECT pg_terminate_backend(" + pid + ")");
            for (int i = 0; i < 50 && stillThere(pid); i++) {
                Thread.sleep(100);
            }
            // the kept connection is dead: the next piece of work gets a live one instead of failing
            assertThat(backendPid(s)).isNotEqualTo(pid);
            assertThat(s.dao(FacilityDao.class).all()).hasSize(1);
        }
    }

    private static int backendPid(Store s) {
        return s.read(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
    }

    private boolean stillThere(int pid) throws SQLException {
        try (Connection c = place.connect(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + pid)) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @Test
    void fileBackupsAreRefusedWithTheServersWayAndNothingIsWritten() {
        try (Store s = place.open()) {
            assertThat(s.shared()).isTrue();
            assertThat(s.encrypted()).isFalse();
            assertThatThrownBy(() -> s.backupAutomatic("manual", java.time.Clock.systemDefaultZone()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.SHARED_BACKUP));
            assertThat(e(StoreException.Kind.SHARED_BACKUP)).contains("pg_dump");
        }
        assertThat(Backups.list(place.dir())).isEmpty();
    }

    private static String e(StoreException.Kind kind) {
        return kind.english();
    }
}
