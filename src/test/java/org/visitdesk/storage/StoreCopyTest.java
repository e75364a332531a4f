package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying an embedded store into a shared one: ids kept, the seed replaced, a store with records left alone. */
class StoreCopyTest {

    @TempDir
    Path dir;

    TestStores.Place place;

    @BeforeEach
    void place() {
        place = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("shared"));
    }

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    private static long single(Store s, String sql) {
        return s.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void theSeedMakesWayForTheCopiedFacilitiesWhichKeepTheirIds() {
        try (Store here = Store.open(dir.resolve("data")); Store there = place.open()) {
            // the coordinator replaced Adelanto (id 1) by a facility of their own (id 2)
            here.jdbi().useHandle(h -> {
                h.execute("DELETE FROM facility");
                h.execute("INSERT INTO facility (name, room_capacity, max_visitors_per_visit, max_visits_per_week) "
                        + "VALUES ('Test Facility Two', 4, 2, 2)");
            });
            long id = single(here, "SELECT id FROM facility");
            assertThat(id).isGreaterThan(1);
            List<String> progress = new ArrayList<>();
            List<StoreCopy.Table> copied = StoreCopy.copy(here, there, (t, rows) -> progress.add(t + " " + rows));
            assertThat(progress).contains("facility 1", "visiting_window 0");
            assertThat(copied).allSatisfy(t -> assertThat(t.copied()).isEqualTo(t.rows()));
            assertThat(single(there, "SELECT COUNT(*) FROM facility")).isEqualTo(1);
            assertThat(single(there, "SELECT id FROM facility")).isEqualTo(id);
            assertThat(single(there, "SELECT COUNT(*) FROM visiting_window")).isZero();
            long next = there.read(h -> h.createQuery("INSERT INTO facility (name, room_capacity, "
                    + "max_visitors_per_visit, max_visits_per_week) VALUES ('Test Facility Three', 4, 2, 2) RETURNING id")
                    .mapTo(Long.class).one());
            assertThat(next).isGreaterThan(id);
        }
    }

    @Test
    void aSharedStoreWithAnyRecordIsRefusedAndLeftAsItWas() {
        try (Store here = Store.open(dir.resolve("data")); Store there = place.open()) {
            there.jdbi().useHandle(h -> h.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('x', 'y')"));
            assertThatThrownBy(() -> StoreCopy.copy(here, there, (t, rows) -> { }))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.SHARED_NOT_EMPTY));
            assertThat(single(there, "SELECT COUNT(*) FROM setting")).isEqualTo(1);
            // the seed is still there: nothing was deleted
            assertThat(single(there, "SELECT COUNT(*) FROM visiting_window")).isEqualTo(22);
        }
    }
}
