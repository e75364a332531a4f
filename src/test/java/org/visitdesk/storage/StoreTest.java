package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.ChildJvm;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** The store on each engine: a real H2 file in a temporary folder, and a fresh schema on a PostgreSQL server. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class StoreTest {

    static final String ADELANTO = "Adelanto ICE Processing Center";
    /** A Tuesday. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Store store;
    long adelanto;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        store = place.open();
        adelanto = store.dao(FacilityDao.class).byName(ADELANTO).orElseThrow().id();
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

    static Detainee detainee(String aNumber, String family, String given, long facility) {
        return new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, given, LocalDate.of(1990, 1, 2),
                "Mexico", List.of("Spanish", "Mam"), "M", facility, "West 3A", DetaineeStatus.DETAINED, null,
                "Prueba notes");
    }

    static Visitor visitor(String family, String given, String email) {
        return new Visitor(0, family, given, email, "(760) 555-0100", List.of("Spanish"), LocalDate.of(2026, 1, 5),
                true, VisitorStatus.ACTIVE, "");
    }

    Detainee saveDetainee(String aNumber, String family, String given) {
        return store.inTransaction(h -> h.attach(DetaineeDao.class).insert(detainee(aNumber, family, given, adelanto)));
    }

    Visitor saveVisitor(String family, String given, String email) {
        return store.inTransaction(h -> h.attach(VisitorDao.class).insert(visitor(family, given, email)));
    }

    Visit saveVisit(long detainee, long facility, LocalDateTime start, LocalDateTime end, Long... visitors) {
        Visit v = new Visit(0, detainee, facility, start, end, List.of(visitors), VisitType.SOCIAL,
                VisitStatus.SCHEDULED, "", "");
        return store.inTransaction(h -> h.attach(VisitDao.class).insert(v));
    }

    boolean txBool(org.jdbi.v3.core.HandleCallback<Boolean, RuntimeException> work) {
        return store.inTransaction(work);
    }

    int txInt(org.jdbi.v3.core.HandleCallback<Integer, RuntimeException> work) {
        return store.inTransaction(work);
    }

    @Test
    void migrationsSeedAdelantoWithItsWindows() {
        FacilityDao dao = store.dao(FacilityDao.class);
        assertThat(dao.all()).extracting(Facility::name).containsExactly(ADELANTO);
        Facility f = dao.byId(adelanto).orElseThrow();
        assertThat(f.roomCapacity()).isEqualTo(10);
        assertThat(f.maxVisitorsPerVisit()).isEqualTo(3);
        assertThat(f.maxVisitsPerWeek()).isEqualTo(3);
        assertThat(f.notes()).contains("assumption");
        List<VisitingWindow> windows = dao.windows(adelanto);
        assertThat(windows).hasSize(22);
        assertThat(windows).filteredOn(w -> w.housingUnit().equals("West 3A") && w.day() == DayOfWeek.TUESDAY)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.start()).isEqualTo(LocalTime.of(12, 10));
                    assertThat(w.end()).isEqualTo(LocalTime.of(13, 10));
                    assertThat(w.contact()).isTrue();
                });
        assertThat(windows).filteredOn(w -> w.housingUnit().equals("West 1 Admin Seg")).hasSize(7)
                .allSatisfy(w -> assertThat(w.contact()).isFalse());
        assertThat(windows).noneMatch(w -> w.day() == DayOfWeek.MONDAY && !w.housingUnit().equals("West 1 Admin Seg"));
        int applied = store.read(h -> h.createQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
                .mapTo(Integer.class).one());
        assertThat(applied).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reopeningDoesNotSeedTwiceAndKeepsRecords() {
        Detainee d = saveDetainee("A999000001", "Uno", "Prueba");
        store.close();
        store = place.open();
        assertThat(store.dao(FacilityDao.class).all()).hasSize(1);
        assertThat(store.dao(FacilityDao.class).windows(adelanto)).hasSize(22);
        assertThat(store.dao(DetaineeDao.class).byId(d.id())).contains(d);
    }

    @Test
    void detaineeCreateReadUpdateDelete() {
        DetaineeDao dao = store.dao(DetaineeDao.class);
        Detainee d = saveDetainee("A-999-000-001", "Uno", "Prueba");
        assertThat(d.id()).isPositive();
        assertThat(dao.byId(d.id())).contains(d);
        assertThat(dao.byANumber("A999000001")).contains(d);
        assertThat(dao.count()).isEqualTo(1);

        Detainee changed = new Detainee(d.id(), d.aNumber(), "Uno Cambiado", d.givenName(), d.dateOfBirth(),
                "Guatemala", List.of("K'iche'"), d.gender(), adelanto, "West 3B", DetaineeStatus.TRANSFERRED,
                LocalDate.of(2026, 11, 30), "moved");
        assertThat(txBool(h -> h.attach(DetaineeDao.class).update(changed))).isTrue();
        assertThat(dao.byId(d.id())).as("each save adds one to the version").contains(changed.withVersion(1));
        assertThat(txBool(h -> h.attach(DetaineeDao.class).update(changed.withVersion(0)))).as("saved since version 0")
                .isFalse();
        assertThat(dao.byId(d.id())).contains(changed.withVersion(1));

        assertThat(txInt(h -> h.attach(DetaineeDao.class).delete(d.id()))).isEqualTo(1);
        assertThat(dao.byId(d.id())).isEmpty();
        assertThat(dao.count()).isZero();
        assertThat(txBool(h -> h.attach(DetaineeDao.class).update(changed))).isFalse();
    }

    @Test
    void aFacilityIsSavedOnlyAtTheVersionItWasReadAt() {
        FacilityDao dao = store.dao(FacilityDao.class);
        Facility read = dao.byId(adelanto).orElseThrow();
        Facility roomier = new Facility(read.id(), read.name(), read.address(), read.roomCapacity() + 1,
                read.maxVisitorsPerVisit(), read.maxVisitsPerWeek(), read.notes(), read.version());

        assertThat(txBool(h -> h.attach(FacilityDao.class).update(roomier))).isTrue();
        assertThat(txBool(h -> h.attach(FacilityDao.class).update(roomier))).as("saved since it was read").isFalse();
        assertThat(dao.byId(adelanto)).contains(roomier.withVersion(read.version() + 1));
    }

    @Test
    void visitorCreateReadUpdateDelete() {
        VisitorDao dao = store.dao(VisitorDao.class);
        Visitor v = saveVisitor("Dos", "Prueba", "prueba.dos@example.org");
        assertThat(dao.byId(v.id())).contains(v);
        assertThat(dao.byEmail("prueba.dos@example.org")).contains(v);

        Visitor changed = new Visitor(v.id(), "Dos", "Prueba", "", "", List.of("English", "Spanish"), null, false,
                VisitorStatus.INACTIVE, "on leave");
        assertThat(txBool(h -> h.attach(VisitorDao.class).update(changed))).isTrue();
        assertThat(dao.byId(v.id())).contains(changed.withVersion(1));
        assertThat(txBool(h -> h.attach(VisitorDao.class).update(changed))).as("saved since version 0").isFalse();
        assertThat(txBool(h -> h.attach(VisitorDao.class).update(changed.withVersion(1)))).isTrue();
        assertThat(dao.byId(v.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(dao.byEmail("prueba.dos@example.org")).isEmpty();

        assertThat(txInt(h -> h.attach(VisitorDao.class).delete(v.id()))).isEqualTo(1);
        assertThat(dao.count()).isZero();
    }

    @Test
    void visitCreateReadUpdateDeleteKeepsVisitorOrder() {
        Detainee d = saveDetainee("A999000001", "Uno", "Prueba");
        Visitor a = saveVisitor("Dos", "Prueba", "prueba.dos@example.org");
        Visitor b = saveVisitor("Tres", "Prueba", "prueba.tres@example.org");
        Visitor c = saveVisitor("Cuatro", "Prueba", "prueba.cuatro@example.org");
        LocalDateTime start = TUESDAY.atTime(12, 10);
        Visit v = saveVisit(d.id(), adelanto, start, start.plusHours(1), c.id(), a.id(), b.id());

        VisitDao dao = store.dao(VisitDao.class);
        assertThat(dao.byId(v.id())).contains(v);
        assertThat(dao.byId(v.id()).orElseThrow().visitorIds()).containsExactly(c.id(), a.id(), b.id());
        assertThat(dao.countOfVisitor(a.id())).isEqualTo(1);

        Visit changed = new Visit(v.id(), d.id(), adelanto, start.plusDays(2), start.plusDays(2).plusHours(1),
                List.of(b.id(), c.id()), VisitType.PASTORAL, VisitStatus.CONFIRMED, "bring a book", "reason");
        assertThat(txBool(h -> h.attach(VisitDao.class).update(changed))).isTrue();
        assertThat(dao.byId(v.id())).contains(changed.withVersion(1));
        Visit stale = new Visit(v.id(), d.id(), adelanto, start, start.plusHours(1), List.of(a.id()), VisitType.SOCIAL,
                VisitStatus.SCHEDULED, "", "", 0);
        assertThat(txBool(h -> h.attach(VisitDao.class).update(stale))).as("saved since version 0").isFalse();
        assertThat(dao.byId(v.id())).as("nothing of the stale save, visitors included").contains(changed.withVersion(1));
        assertThat(dao.countOfVisitor(a.id())).isZero();

        assertThat(txInt(h -> h.attach(VisitDao.class).delete(v.id()))).isEqualTo(1);
        assertThat(dao.byId(v.id())).isEmpty();
        assertThat(dao.count()).isZero();
    }

    @Test
    void deletingADetaineeDeletesTheirVisitsAndDeletingAVisitorUnlinksThem() {
        Detainee d = saveDetainee("A999000001", "Uno", "Prueba");
        Detainee other = saveDetainee("A999000002", "Dos", "Prueba");
        Visitor a = saveVisitor("Dos", "Prueba", "prueba.dos@example.org");
        LocalDateTime start = TUESDAY.atTime(12, 10);
        saveVisit(d.id(), adelanto, start, start.plusHours(1), a.id());
        Visit kept = saveVisit(other.id(), adelanto, start, start.plusHours(1), a.id());

        store.inTransaction(h -> h.attach(DetaineeDao.class).delete(d.id()));
        VisitDao dao = store.dao(VisitDao.class);
        assertThat(dao.count()).isEqualTo(1);
        assertThat(dao.countOfDetainee(d.id())).isZero();

        store.inTransaction(h -> h.attach(VisitorDao.class).delete(a.id()));
        assertThat(dao.byId(kept.id()).orElseThrow().visitorIds()).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondPersonWithTheSameANumber() {
        saveDetainee("A999000001", "Uno", "Prueba");
        assertThatThrownBy(() -> saveDetainee("A-999-000-001", "Dos", "Prueba")).isInstanceOf(JdbiException.class);
        assertThat(store.dao(DetaineeDao.class).count()).isEqualTo(1);
        assertThat(store.dao(DetaineeDao.class).byANumber("A999000001").orElseThrow().familyName()).isEqualTo("Uno");
    }

    @Test
    void theDatabaseRefusesASecondVisitorWithTheSameEmailIgnoringCase() {
        saveVisitor("Dos", "Prueba", "prueba.dos@example.org");
        assertThatThrownBy(() -> saveVisitor("Tres", "Prueba", "Prueba.Dos@Example.org"))
                .isInstanceOf(JdbiException.class);
        assertThat(store.dao(VisitorDao.class).count()).isEqualTo(1);
    }

    @Test
    void manyVisitorsMayHaveNoEmail() {
        saveVisitor("Dos", "Prueba", "");
        saveVisitor("Tres", "Prueba", " ");
        assertThat(store.dao(VisitorDao.class).count()).isEqualTo(2);
    }

    @Nested
    class Search {

        Map<String, Detainee> people;

        @BeforeEach
        void fill() {
            people = List.of(
                    saveDetainee("A123456789", "Núñez", "José"),
                    saveDetainee("A999000002", "Nunez", "Prueba"),
                    saveDetainee("A999000003", "Dos", "María"),
                    saveDetainee("A999000004", "100%_Tres", "Prueba"))
                    .stream().collect(Collectors.toMap(Detainee::familyName, Function.identity()));
        }

        List<String> found(String typed) {
            return store.dao(DetaineeDao.class).search(typed, 50).stream().map(Detainee::familyName).toList();
        }

        @Test
        void ignoresAccentsAndCase() {
            assertThat(found("jose")).containsExactly("Núñez");
            assertThat(found("JOSÉ")).containsExactly("Núñez");
            assertThat(found("núñez")).containsExactlyInAnyOrder("Núñez", "Nunez");
            assertThat(found("nunez")).containsExactlyInAnyOrder("Núñez", "Nunez");
            assertThat(found("maria")).containsExactly("Dos");
        }

        @Test
        void matchesBothNameOrders() {
            assertThat(found("jose nunez")).containsExactly("Núñez");
            assertThat(found("nunez jose")).containsExactly("Núñez");
            assertThat(found("prueba nunez")).containsExactly("Nunez");
        }

        @Test
        void findsANumberDigitsInAnyForm() {
            assertThat(found("123456")).containsExactly("Núñez");
            assertThat(found("A-123-456-789")).containsExactly("Núñez");
            assertThat(found("a123 456")).containsExactly("Núñez");
            assertThat(found("999000")).containsExactlyInAnyOrder("Nunez", "Dos", "100%_Tres");
        }

        @Test
        void likeWildcardsAreLiteral() {
            assertThat(found("%")).containsExactly("100%_Tres");
            assertThat(found("_")).containsExactly("100%_Tres");
            assertThat(found("nobody here")).isEmpty();
        }

        @Test
        void respectsTheLimit() {
            assertThat(store.dao(DetaineeDao.class).search("prueba", 1)).hasSize(1);
        }
    }

    @Nested
    class Ranges {

        long other;
        Detainee d1;
        Detainee d2;
        Detainee d3;
        Visitor v1;
        Visitor v2;
        Visitor v3;

        @BeforeEach
        void fill() {
            other = store.inTransaction(h -> h.attach(FacilityDao.class)
                    .insert(new Facility(0, "Prueba Facility", "", 5, 3, 3, ""))).id();
            d1 = saveDetainee("A999000001", "Uno", "Prueba");
            d2 = saveDetainee("A999000002", "Dos", "Prueba");
            d3 = saveDetainee("A999000003", "Tres", "Prueba");
            v1 = saveVisitor("Uno", "Visita", "visita.uno@example.org");
            v2 = saveVisitor("Dos", "Visita", "visita.dos@example.org");
            v3 = saveVisitor("Tres", "Visita", "visita.tres@example.org");
        }

        LocalDateTime at(int day, int hour, int minute) {
            return TUESDAY.plusDays(day).atTime(hour, minute);
        }

        @Test
        void betweenReturnsOverlappingVisitsWithoutTouchingOnes() {
            Visit endsAtFrom = saveVisit(d1.id(), adelanto, at(0, 12, 10), at(0, 13, 10), v1.id());
            Visit overlapsFrom = saveVisit(d2.id(), adelanto, at(0, 12, 30), at(0, 13, 30), v2.id(), v1.id());
            Visit inside = saveVisit(d3.id(), other, at(0, 13, 30), at(0, 14, 0));
            Visit overlapsTo = saveVisit(d1.id(), adelanto, at(0, 14, 0), at(0, 15, 0), v3.id());
            Visit startsAtTo = saveVisit(d2.id(), adelanto, at(0, 14, 40), at(0, 15, 40));
            Visit dayBefore = saveVisit(d3.id(), adelanto, at(-1, 13, 30), at(-1, 14, 0));
            Visit dayAfter = saveVisit(d3.id(), adelanto, at(1, 13, 30), at(1, 14, 0));

            List<Visit> found = store.dao(VisitDao.class).between(at(0, 13, 10), at(0, 14, 40));

            assertThat(found).extracting(Visit::id)
                    .containsExactly(overlapsFrom.id(), inside.id(), overlapsTo.id())
                    .doesNotContain(endsAtFrom.id(), startsAtTo.id(), dayBefore.id(), dayAfter.id());
            assertThat(found.get(0).visitorIds()).containsExactly(v2.id(), v1.id());
            assertThat(found.get(1).visitorIds()).isEmpty();
        }

        @Test
        void betweenFindsAVisitThatStartedTheDayBefore() {
            // visits never cross midnight (Visit.problems), but the query must still see one that starts late
            Visit late = saveVisit(d1.id(), adelanto, at(-1, 23, 0), at(-1, 23, 59));
            assertThat(store.dao(VisitDao.class).between(at(-1, 23, 30), at(0, 1, 0)))
                    .extracting(Visit::id).containsExactly(late.id());
        }

        @Test
        void thatMatterReturnsOnlyTheVisitsThatCanConflict() {
            LocalDateTime from = at(0, 12, 10);
            LocalDateTime to = at(0, 13, 10);
            LocalDateTime weekFrom = TUESDAY.minusDays(1).atStartOfDay();
            LocalDateTime weekTo = weekFrom.plusWeeks(1);

            Visit sameFacility = saveVisit(d2.id(), adelanto, at(0, 12, 30), at(0, 13, 30), v2.id());
            Visit sameVisitor = saveVisit(d3.id(), other, at(0, 12, 0), at(0, 13, 0), v3.id(), v1.id());
            Visit sameWeek = saveVisit(d1.id(), other, at(2, 12, 10), at(2, 13, 10), v3.id());
            Visit touching = saveVisit(d2.id(), adelanto, at(0, 13, 10), at(0, 14, 10), v1.id());
            Visit otherPlace = saveVisit(d3.id(), other, at(0, 12, 10), at(0, 13, 10), v2.id());
            Visit nextWeek = saveVisit(d1.id(), adelanto, at(7, 12, 10), at(7, 13, 10), v1.id());
            Visit otherDay = saveVisit(d2.id(), adelanto, at(-1, 12, 10), at(-1, 13, 10), v1.id());

            List<Visit> found = store.dao(ScheduleDao.class)
                    .thatMatter(adelanto, d1.id(), List.of(v1.id()), from, to, weekFrom, weekTo);

            assertThat(found).extracting(Visit::id)
                    .containsExactlyInAnyOrder(sameFacility.id(), sameVisitor.id(), sameWeek.id())
                    .doesNotContain(touching.id(), otherPlace.id(), nextWeek.id(), otherDay.id());
            Visit withVisitors = found.stream().filter(v -> v.id() == sameVisitor.id()).findFirst().orElseThrow();
            assertThat(withVisitors.visitorIds()).containsExactly(v3.id(), v1.id());
        }

        @Test
        void thatMatterWithNoVisitorsAndNothingAroundIsEmpty() {
            saveVisit(d2.id(), other, at(0, 12, 10), at(0, 13, 10), v1.id());
            assertThat(store.dao(ScheduleDao.class).thatMatter(adelanto, d1.id(), List.of(), at(0, 12, 10),
                    at(0, 13, 10), TUESDAY.minusDays(1).atStartOfDay(), TUESDAY.plusDays(6).atStartOfDay())).isEmpty();
        }

        @Test
        void ofDetaineeReturnsTheirVisitsStartingInTheRange() {
            Visit a = saveVisit(d1.id(), adelanto, at(0, 12, 10), at(0, 13, 10));
            Visit b = saveVisit(d1.id(), adelanto, at(2, 12, 10), at(2, 13, 10), v2.id());
            saveVisit(d2.id(), adelanto, at(0, 12, 10), at(0, 13, 10));
            saveVisit(d1.id(), adelanto, at(7, 12, 10), at(7, 13, 10));
            assertThat(store.dao(VisitDao.class).ofDetainee(d1.id(), at(0, 0, 0), at(7, 0, 0)))
                    .containsExactly(a, b);
        }
    }

    @Nested
    class SecondProcess {

        @BeforeEach
        void onlyH2() {
            // the data folder's lock is H2's: on a shared store, many coordinators' copies are the point
            assumeTrue(engine == Store.Engine.H2, "the data-folder lock exists only for the embedded H2 store");
        }

        ChildJvm.Result sampleData() {
            return ChildJvm.run("--data-dir", dir.toString(), "sample-data", "--detainees", "1", "--visitors", "1",
                    "--visits", "0");
        }

        @Test
        void isRefusedWithOneClearLineWhileTheStoreIsOpen() {
            ChildJvm.Result r = sampleData();
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.errLines()).as(r.toString()).singleElement().asString()
                    .contains("VisitDesk is already open on this computer");
            assertThat(r.err()).as(r.toString()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(store.dao(DetaineeDao.class).count()).isZero();
        }

        @Test
        void succeedsAfterTheStoreIsClosed() {
            store.close();
            store = null;
            ChildJvm.Result r = sampleData();
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.err()).as(r.toString()).doesNotContain("\tat ");
            store = place.open();
            assertThat(store.dao(DetaineeDao.class).count()).isEqualTo(1);
            assertThat(store.dao(VisitorDao.class).count()).isEqualTo(1);
        }
    }
}
