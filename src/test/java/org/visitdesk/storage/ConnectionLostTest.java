package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection to a shared store breaks (here: the server ends the session, as a restart or a network cut
 * would): during a save nothing of it is saved and the coordinator is told in words; the same save then goes
 * through on a new connection. A connection that broke while unused is replaced before the next save.
 */
class ConnectionLostTest {

    @TempDir
    Path dir;

    TestStores.Place place;
    Store store;

    @BeforeEach
    void open() {
        place = TestStores.place(Store.Engine.POSTGRESQL, dir);
        store = place.open();
    }

    @AfterEach
    void close() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            place.close();
        }
    }

    private static int backend(Handle h) {
        return h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
    }

    /** Ends a session from another connection, as the server's administrator would, and waits until it is gone. */
    private void terminate(int pid) {
        try (Connection admin = place.connect();
                PreparedStatement st = admin.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            st.setInt(1, pid);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next() && rs.getBoolean(1)).as("session ended").isTrue();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not end the session: " + e.getSQLState(), e);
        }
    }

    private Optional<String> setting(String key) {
        return store.read(h -> h.attach(SettingDao.class).get(key));
    }

    private void save() {
        Transactions.of(store).write(u -> {
            u.settings().put("test.first", "1");
            u.settings().put("test.second", "2");
            return null;
        });
    }

    private static StoreException.Kind kindOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(StoreException.class);
        // the driver's words name the server and the user: only the sentence goes on
        assertThat(thrown.getCause()).isNull();
        assertThat(thrown.getMessage()).isEqualTo(((StoreException) thrown).kind().english());
        return ((StoreException) thrown).kind();
    }

    @Test
    void lostHalfWayThroughASaveSavesNothingAndTheSaveCanBeDoneAgain() {
        Throwable thrown = catchThrowable(() -> store.inTransaction(h -> {
            SettingDao settings = h.attach(SettingDao.class);
            settings.put("test.first", "1");
            terminate(backend(h));
            settings.put("test.second", "2");
            return null;
        }));
        assertThat(kindOf(thrown)).isEqualTo(StoreException.Kind.SHARED_CONNECTION_LOST);
        assertThat(thrown.getMessage()).isEqualTo("The connection to the shared store was lost while saving. "
                + "Nothing was saved. Check the network and try again.");
        assertThat(setting("test.first")).as("half of the save").isEmpty();

        save();
        assertThat(setting("test.first")).contains("1");
        assertThat(setting("test.second")).contains("2");
    }

    @Test
    void lostJustBeforeTheCommitSavesNothing() {
        Throwable thrown = catchThrowable(() -> store.inTransaction(h -> {
            h.attach(SettingDao.class).put("test.first", "1");
            terminate(backend(h));
            return null;
        }));
        assertThat(kindOf(thrown)).isEqualTo(StoreException.Kind.SHARED_CONNECTION_LOST);
        assertThat(setting("test.first")).isEmpty();

        save();
        assertThat(setting("test.first")).contains("1");
    }

    @Test
    void aConnectionThatBrokeWhileUnusedIsReplacedBeforeTheNextSave() {
        // read once: that connection is kept for the next piece of work
        int kept = store.read(ConnectionLostTest::backend);
        terminate(kept);

        save();
        assertThat(setting("test.second")).contains("2");
        assertThat(store.read(ConnectionLostTest::backend)).isNotEqualTo(kept);
    }

    @Test
    void lostWhileReadingIsToldInWords() {
        Throwable thrown = catchThrowable(() -> store.read(h -> {
            terminate(backend(h));
            return h.createQuery("SELECT count(*) FROM setting").mapTo(Long.class).one();
        }));
        assertThat(kindOf(thrown)).isEqualTo(StoreException.Kind.SHARED_CONNECTION_LOST_READING);
        assertThat(setting("test.first")).as("the store works again").isEmpty();
    }
}
