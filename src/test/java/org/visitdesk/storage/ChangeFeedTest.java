package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared store hears what others save (migration V12's notices): another copy's and another program's saves,
 * not its own copy's, not another store's in the same database, and again after the server dropped the
 * connection that listens. An H2 store hears nothing.
 */
class ChangeFeedTest {

    /** The promise: another coordinator's save shows within two seconds. */
    private static final Duration SOON = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private TestStores.Place place;
    private Store store;
    private final BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() {
        place = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("pg"));
        store = place.open();
        store.onChangesByOthers(heard::add);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (place != null) {
            place.close();
        }
    }

    private StoreChange next() throws InterruptedException {
        StoreChange c = heard.poll(SOON.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(c).as("a change heard within " + SOON).isNotNull();
        return c;
    }

    private static String user() {
        return TestStores.serverUrl().replaceFirst(".*[?&]user=([^&]+).*", "$1");
    }

    @Test
    void anotherCopysSaveIsHeardWithItsTableAndUserAndOnceForItsTransaction() throws Exception {
        try (Store other = place.open()) {
            other.inTransaction(h -> {
                // two statements on one table in one transaction: one notice
                h.execute("UPDATE facility SET name = name");
                h.execute("UPDATE facility SET name = name");
                return null;
            });
        }
        StoreChange c = next();
        assertThat(c.table()).isEqualTo("facility");
        assertThat(c.user()).isEqualTo(user());
        assertThat(c.isMissed()).isFalse();
        place.execute("UPDATE visitor SET notes = notes");
        assertThat(next().table()).isEqualTo("visitor");
        assertThat(heard).isEmpty();
    }

    @Test
    void thisCopysOwnSavesAndAnotherStoresAreNotHeard() throws Exception {
        store.inTransaction(h -> h.execute("UPDATE facility SET name = name"));
        try (TestStores.Place elsewhere = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("pg2"))) {
            try (Store another = elsewhere.open()) {
                another.inTransaction(h -> h.execute("UPDATE facility SET name = name"));
            }
        }
        // a change heard after them shows they were passed over, not late
        place.execute("UPDATE detainee SET notes = notes");
        assertThat(next().table()).isEqualTo("detainee");
        assertThat(heard).isEmpty();
    }

    @Test
    void aChangeRolledBackIsNotHeard() throws Exception {
        try (java.sql.Connection c = place.connect()) {
            c.setAutoCommit(false);
            c.createStatement().execute("UPDATE facility SET name = name");
            c.rollback();
            c.createStatement().execute("UPDATE visit SET notes = notes");
            c.commit();
        }
        assertThat(next().table()).isEqualTo("visit");
        assertThat(heard).isEmpty();
    }

    @Test
    void afterTheServerDropsTheListeningConnectionItListensAgainAndSaysChangesMayHaveBeenMissed()
            throws Exception {
        String application = store.read(h -> h.createQuery("SELECT current_setting('application_name')")
                .mapTo(String.class).one());
        assertThat(application).startsWith("VisitDesk ");
        place.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + application + "' AND query LIKE 'LISTEN%'");
        StoreChange missed = heard.poll(5, TimeUnit.SECONDS);
        assertThat(missed).as("told that changes may have been missed").isNotNull();
        assertThat(missed.isMissed()).isTrue();
        place.execute("UPDATE visitor SET notes = notes");
        assertThat(next().table()).isEqualTo("visitor");
    }

    /** Tables no coordinator sees change: settings, the history (written with a record), bookkeeping. */
    static final Set<String> UNTOLD = Set.of("setting", "change_log", "calendar_removal", "flyway_schema_history");

    @Test
    void everyTableOfRecordsTellsItsChangesSoThatATableAMigrationAddsIsNotForgotten() throws Exception {
        Set<String> tables = new TreeSet<>();
        Set<String> telling = new TreeSet<>();
        try (Connection c = place.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = "
                    + "t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'visitdesk_notify_change' "
                    + "AND c.relnamespace = current_schema()::regnamespace")) {
                while (rs.next()) {
                    telling.add(rs.getString(1));
                }
            }
        }
        tables.removeAll(UNTOLD);
        assertThat(telling).as("tables whose changes are told (a new table needs a trigger, or a place in UNTOLD)")
                .isEqualTo(tables);
    }

    @Test
    void anH2StoreHearsNothingAndOpensNoFeed() throws Exception {
        try (Store h2 = Store.open(dir.resolve("h2"))) {
            BlockingQueue<StoreChange> none = new LinkedBlockingQueue<>();
            h2.onChangesByOthers(none::add);
            h2.inTransaction(h -> h.execute("UPDATE facility SET name = name"));
            assertThat(none.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
