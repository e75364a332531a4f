package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.WeeklyHours;

/** A volunteer's availability and family links on each engine: kept, changed, cleaned up, backed up (H2). */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class AvailabilityStoreTest {

    private static final ANumber FIRST = new ANumber("A999000101");
    private static final ANumber SECOND = new ANumber("A999000102");

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Store store;
    Detainee first;
    Detainee second;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        store = place.open();
        long adelanto = store.dao(FacilityDao.class).byName(StoreTest.ADELANTO).orElseThrow().id();
        first = store.inTransaction(h -> h.attach(DetaineeDao.class)
                .insert(StoreTest.detainee(FIRST.value(), "Prueba", "Uno", adelanto)));
        second = store.inTransaction(h -> h.attach(DetaineeDao.class)
                .insert(StoreTest.detainee(SECOND.value(), "Prueba", "Dos", adelanto)));
    }

    @AfterEach
    void close() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            if (place != null) {
                place.close();
            }
        }
    }

    private static Availability availability(List<ANumber> family) {
        return new Availability(WeeklyHours.read("Tue 12:00-17:00; Sat 07:00-12:00").hours(), 2,
                LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 3), family);
    }

    private Visitor save(Visitor v) {
        return store.inTransaction(h -> h.attach(VisitorDao.class).insert(v));
    }

    private Visitor read(long id) {
        return store.inTransaction(h -> h.attach(VisitorDao.class).byId(id).orElseThrow());
    }

    @Test
    void availabilityAndFamilyAreKeptAcrossAReopen() {
        Visitor saved = save(StoreTest.visitor("Prueba", "Ana", "ana@example.org")
                .withAvailability(availability(List.of(SECOND, FIRST))));
        store.close();
        store = place.open();
        Visitor back = read(saved.id());
        assertThat(back).isEqualTo(saved);
        assertThat(WeeklyHours.join(back.availability().hours())).isEqualTo("Tue 12:00-17:00; Sat 07:00-12:00");
        assertThat(back.availability().familyOf()).containsExactly(FIRST, SECOND);
        List<Visitor> all = store.inTransaction(h -> h.attach(VisitorDao.class).all());
        assertThat(all).containsExactly(saved);
    }

    @Test
    void aVisitorWithoutAvailabilityReadsAsNone() {
        Visitor saved = save(StoreTest.visitor("Prueba", "Ben", "ben@example.org"));
        assertThat(read(saved.id()).availability()).isEqualTo(Availability.NONE);
    }

    @Test
    void anUpdateReplacesHoursAndFamily() {
        Visitor saved = save(StoreTest.visitor("Prueba", "Ana", "ana@example.org")
                .withAvailability(availability(List.of(FIRST))));
        Visitor changed = saved.withAvailability(new Availability(WeeklyHours.read("Thu 09:00-11:00").hours(), 0,
                null, null, List.of(SECOND)));
        boolean found = store.inTransaction(h -> h.attach(VisitorDao.class).update(changed));
        assertThat(found).isTrue();
        assertThat(read(saved.id())).isEqualTo(changed.withVersion(changed.version() + 1));
    }

    @Test
    void deletingThePersonOrTheVisitorRemovesTheLink() {
        Visitor saved = save(StoreTest.visitor("Prueba", "Ana", "ana@example.org")
                .withAvailability(availability(List.of(FIRST, SECOND))));
        store.inTransaction(h -> h.attach(DetaineeDao.class).delete(first.id()));
        assertThat(read(saved.id()).availability().familyOf()).containsExactly(SECOND);
        store.inTransaction(h -> h.attach(VisitorDao.class).delete(saved.id()));
        long links = store.inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM visitor_family")
                .mapTo(Long.class).one());
        assertThat(links).isZero();
    }

    @Test
    void theDatabaseRefusesAnImpossibleCommitmentOrAwayDates() {
        Visitor saved = save(StoreTest.visitor("Prueba", "Ana", "ana@example.org"));
        assertThatThrownBy(() -> store.inTransaction(h -> h.attach(VisitorDao.class)
                .updateAvailability(saved.id(), "", 40, null, null))).isInstanceOf(JdbiException.class);
        assertThatThrownBy(() -> store.inTransaction(h -> h.attach(VisitorDao.class)
                .updateAvailability(saved.id(), "", 1, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1))))
                .isInstanceOf(JdbiException.class);
        assertThat(read(saved.id()).availability()).isEqualTo(Availability.NONE);
    }

    @Test
    void aBackupRestoresAvailabilityAndFamily() throws Exception {
        Visitor saved = save(StoreTest.visitor("Prueba", "Ana", "ana@example.org")
                .withAvailability(availability(List.of(FIRST))));
        Path zip = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-out")).resolve("copy.zip");
        if (engine == Store.Engine.POSTGRESQL) {
            // a shared store is backed up by its server (pg_dump), and VisitDesk says so
            assertThatThrownBy(() -> store.backupTo(zip)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.SHARED_BACKUP));
            assertThat(zip).doesNotExist();
            return;
        }
        store.backupTo(zip);
        store.inTransaction(h -> h.attach(VisitorDao.class).update(saved.withAvailability(Availability.NONE)));
        store.close();
        store = null;
        Backups.restore(dir, zip, null, Clock.systemDefaultZone());
        store = place.open();
        assertThat(read(saved.id())).isEqualTo(saved);
    }
}
