package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A save that clashed with another coordinator's (a serialization failure or a deadlock) runs again from the
 * start on a fresh transaction, what the clashing try wrote rolled back; one that clashes every time is refused in
 * words; any other failure is not tried again.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class SaveRetryTest {

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;
    Store store;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
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

    /** What a driver throws when the server found the transaction clashing with another. */
    private static RuntimeException clash(String state) {
        return new IllegalStateException(new SQLException("could not serialize access (test)", state));
    }

    private Optional<String> setting(String key) {
        return store.read(h -> h.attach(SettingDao.class).get(key));
    }

    @Test
    void aClashRunsTheWholeWorkAgainFromTheStart() {
        AtomicInteger runs = new AtomicInteger();
        String done = Transactions.of(store).write(u -> {
            int run = runs.incrementAndGet();
            u.settings().put("test.run" + run, "written");
            if (run == 1) {
                throw clash("40001");
            }
            if (run == 2) {
                throw clash("40P01");
            }
            return "done";
        });
        assertThat(done).isEqualTo("done");
        assertThat(runs).hasValue(3);
        assertThat(setting("test.run1")).as("the first try rolled back").isEmpty();
        assertThat(setting("test.run2")).as("the second try rolled back").isEmpty();
        assertThat(setting("test.run3")).contains("written");
    }

    @Test
    void aSaveThatClashesEveryTimeIsRefusedInWordsWithNothingSaved() {
        AtomicInteger runs = new AtomicInteger();
        Throwable refused = catchThrowable(() -> Transactions.of(store).write(u -> {
            u.settings().put("test.run" + runs.incrementAndGet(), "written");
            throw clash("40001");
        }));
        assertThat(refused).isInstanceOf(StoreException.class);
        assertThat(((StoreException) refused).kind()).isEqualTo(StoreException.Kind.SAVE_CLASHED);
        assertThat(refused.getMessage())
                .isEqualTo("Someone else was saving at the same moment. Nothing was saved. Try again.");
        assertThat(runs).hasValue(Store.TRIES);
        for (int run = 1; run <= Store.TRIES; run++) {
            assertThat(setting("test.run" + run)).isEmpty();
        }
    }

    @Test
    void anyOtherFailureIsNotTriedAgain() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException own = new IllegalStateException("the work's own failure");
        Throwable thrown = catchThrowable(() -> Transactions.of(store).write(u -> {
            runs.incrementAndGet();
            u.settings().put("test.own", "written");
            throw own;
        }));
        assertThat(thrown).isSameAs(own);
        assertThat(runs).hasValue(1);
        assertThat(setting("test.own")).isEmpty();
    }
}
