package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * The use cases over a real store on each engine (H2 in a temporary folder, a schema on the test PostgreSQL
 * server), with "today" fixed to Sunday 6 December 2026.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class WorkspaceTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 12, 8);

    static Locale saved;

    @BeforeAll
    static void english() {
        saved = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Messages.setLocale(saved);
    }

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Workspace ws;
    long adelanto;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        ws = TestWorkspaces.open(place, CLOCK);
        adelanto = ws.facilities().listAll().get(0).id();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    Detainee person(long id, String aNumber, String family, String given, LocalDate dob) {
        return new Detainee(id, aNumber == null ? null : ANumber.parse(aNumber).orElseThrow(), family, given, dob,
                "Guatemala", List.of("Mam", "Spanish"), "F", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "");
    }

    Detainee savedPerson(String aNumber, String family) {
        SaveResult<Detainee> r = ws.detainees().save(person(0, aNumber, family, "Prueba", LocalDate.of(1991, 3, 4)));
        assertThat(r.errors()).isEmpty();
        return r.saved();
    }

    Visitor volunteer(String family, String email, List<String> languages, boolean cleared) {
        return new Visitor(0, family, "Prueba", email, "", languages, cleared ? TODAY.minusDays(10) : null, cleared,
                VisitorStatus.ACTIVE, "");
    }

    Visitor savedVolunteer(String family, String email, List<String> languages, boolean cleared) {
        SaveResult<Visitor> r = ws.visitors().save(volunteer(family, email, languages, cleared));
        assertThat(r.errors()).isEmpty();
        return r.saved();
    }

    static Visit visit(long detainee, long facility, LocalDateTime start, LocalDateTime end, List<Long> visitors) {
        return new Visit(0, detainee, facility, start, end, visitors, VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
    }

    static List<ConflictCode> codes(List<ConflictNotice> notices) {
        return notices.stream().map(n -> n.conflict().code()).toList();
    }

    @Test
    void aNewWorkspaceIsEmptyButHasAdelanto() {
        assertThat(ws.isEmpty()).isTrue();
        assertThat(ws.folder()).isEqualTo(dir);
        assertThat(ws.clock()).isSameAs(CLOCK);
        assertThat(ws.facilities().rules(adelanto).windows()).hasSize(22);
    }

    @Nested
    class Detainees {

        @Test
        void savesAndUpdatesAPerson() {
            Detainee d = savedPerson("A999000001", "Uno");
            assertThat(ws.isEmpty()).isFalse();
            assertThat(ws.detainees().byId(d.id())).contains(d);
            Detainee renamed = person(d.id(), "A999000001", "Uno Cambiado", "Prueba", null);
            assertThat(ws.detainees().save(renamed).isSaved()).isTrue();
            assertThat(ws.detainees().byId(d.id()).orElseThrow().familyName()).isEqualTo("Uno Cambiado");
            assertThat(ws.detainees().count()).isEqualTo(1);
        }

        @Test
        void refusesAnANumberThatIsTakenAndSavesNothing() {
            Detainee first = savedPerson("A999000001", "Uno");
            SaveResult<Detainee> r = ws.detainees().save(person(0, "A-999-000-001", "Dos", "Prueba", null));
            assertThat(r.isSaved()).isFalse();
            assertThat(r.saved()).isNull();
            assertThat(r.errors()).containsExactly(new FieldError("aNumber", "error.aNumber.taken"));
            assertThat(ws.detainees().count()).isEqualTo(1);

            Detainee other = savedPerson("A999000002", "Dos");
            SaveResult<Detainee> moved = ws.detainees().save(person(other.id(), "A999000001", "Dos", "Prueba", null));
            assertThat(moved.errors()).containsExactly(new FieldError("aNumber", "error.aNumber.taken"));
            assertThat(ws.detainees().byId(other.id()).orElseThrow().aNumber().value()).isEqualTo("A999000002");
            assertThat(ws.detainees().byId(first.id()).orElseThrow().familyName()).isEqualTo("Uno");
        }

        @Test
        void refusesMissingNamesAndFutureDatesAndSavesNothing() {
            SaveResult<Detainee> r = ws.detainees().save(person(0, "A999000003", " ", "", TODAY.plusDays(1)));
            assertThat(r.isSaved()).isFalse();
            assertThat(r.errors()).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("familyName", "givenName", "dateOfBirth");
            assertThat(r.errors()).filteredOn(e -> e.field().equals("dateOfBirth"))
                    .extracting(FieldError::messageKey).containsExactly("error.date.future");
            assertThat(ws.detainees().count()).isZero();
        }

        @Test
        void todayIsTheClocksDayNotTheMachines() {
            // 6 December 2026 is not in the future for the fixed clock, the 7th is
            assertThat(ws.detainees().save(person(0, "A999000004", "Cuatro", "Prueba", TODAY)).isSaved()).isTrue();
            assertThat(ws.detainees().save(person(0, "A999000005", "Cinco", "Prueba", TODAY.plusDays(1))).isSaved())
                    .isFalse();
        }

        @Test
        void searchesIgnoringAccents() {
            ws.detainees().save(person(0, "A999000006", "Núñez", "José", null));
            savedPerson("A999000007", "Siete");
            assertThat(ws.detainees().search("jose nunez", 10)).extracting(Detainee::familyName)
                    .containsExactly("Núñez");
            assertThat(ws.detainees().listAll(Locale.ENGLISH)).hasSize(2);
        }
    }

    @Nested
    class Visitors {

        @Test
        void refusesAnEmailThatIsTakenIgnoringCase() {
            savedVolunteer("Uno", "prueba.uno@example.org", List.of("Spanish"), true);
            SaveResult<Visitor> r = ws.visitors().save(volunteer("Dos", "Prueba.Uno@Example.org", List.of(), true));
            assertThat(r.isSaved()).isFalse();
            assertThat(r.errors()).containsExactly(new FieldError("email", "error.email.taken"));
            assertThat(ws.visitors().count()).isEqualTo(1);
        }

        @Test
        void refusesABadEmailAndSavesNothing() {
            SaveResult<Visitor> r = ws.visitors().save(volunteer("Dos", "not-an-email", List.of(), true));
            assertThat(r.errors()).containsExactly(new FieldError("email", "error.email"));
            assertThat(ws.visitors().count()).isZero();
        }

        @Test
        void keepsItsOwnEmailOnUpdate() {
            Visitor v = savedVolunteer("Uno", "prueba.uno@example.org", List.of("Spanish"), true);
            Visitor changed = new Visitor(v.id(), "Uno", "Otra", v.email(), v.phone(), v.languages(),
                    v.orientationDate(), v.idChecked(), v.status(), "updated");
            assertThat(ws.visitors().save(changed).isSaved()).isTrue();
            assertThat(ws.visitors().byId(v.id()).orElseThrow().givenName()).isEqualTo("Otra");
        }
    }

    @Nested
    class Visits {

        Detainee d;
        Visitor v;

        @BeforeEach
        void people() {
            d = savedPerson("A999000001", "Uno");
            v = savedVolunteer("Dos", "prueba.dos@example.org", List.of("Spanish"), true);
        }

        @Test
        void betweenListsTheVisitsOfTheDaysWithTheirPeople() {
            Visit tuesday = ws.schedule().plan(visit(d.id(), adelanto, NEXT_TUESDAY.atTime(12, 10),
                    NEXT_TUESDAY.atTime(13, 10), List.of(v.id())), "").saved();
            Visit thursday = ws.schedule().plan(visit(d.id(), adelanto, NEXT_TUESDAY.plusDays(2).atTime(12, 10),
                    NEXT_TUESDAY.plusDays(2).atTime(13, 10), List.of()), "").saved();
            ws.schedule().plan(visit(d.id(), adelanto, NEXT_TUESDAY.plusDays(7).atTime(12, 10),
                    NEXT_TUESDAY.plusDays(7).atTime(13, 10), List.of()), "");

            List<VisitListing> week = ws.visits().between(new DateRange(NEXT_TUESDAY, NEXT_TUESDAY.plusDays(2)));
            assertThat(week).extracting(l -> l.visit().id()).containsExactly(tuesday.id(), thursday.id());
            assertThat(week.get(0).detainee()).isEqualTo(d);
            assertThat(week.get(0).visitors()).containsExactly(v);
            assertThat(week.get(0).facility().id()).isEqualTo(adelanto);
            assertThat(ws.visits().between(new DateRange(NEXT_TUESDAY.plusDays(3), NEXT_TUESDAY.plusDays(6))))
                    .isEmpty();
            assertThat(ws.visits().between(new DateRange(NEXT_TUESDAY, NEXT_TUESDAY))).hasSize(1);
        }

        @Test
        void checkFlagsAMondayAfternoonAsOutsideVisitingHours() {
            Visit monday = visit(d.id(), adelanto, NEXT_MONDAY.atTime(15, 0), NEXT_MONDAY.atTime(16, 0),
                    List.of(v.id()));
            ScheduleService.Check check = ws.schedule().check(monday);
            assertThat(codes(check.notices())).contains(ConflictCode.OUTSIDE_VISITING_HOURS);
            assertThat(check.hasErrors()).isTrue();
            assertThat(check.notices()).allSatisfy(n -> {
                assertThat(Messages.get(n.message())).isNotBlank().doesNotContain("conflict.");
                assertThat(Messages.get(n.title())).isNotBlank().doesNotContain("conflict.");
            });
        }

        @Test
        void checkFindsNothingWrongWithAGoodWest3AVisit() {
            Visit good = visit(d.id(), adelanto, NEXT_TUESDAY.atTime(12, 10), NEXT_TUESDAY.atTime(13, 10),
                    List.of(v.id()));
            ScheduleService.Check check = ws.schedule().check(good);
            assertThat(check.notices()).isEmpty();
            assertThat(check.hasErrors()).isFalse();
        }

        @Test
        void checkSeesTheOtherSavedVisits() {
            Detainee other = savedPerson("A999000002", "Tres");
            ws.schedule().plan(visit(other.id(), adelanto, NEXT_TUESDAY.atTime(12, 10), NEXT_TUESDAY.atTime(13, 10),
                    List.of(v.id())), "");
            Visit same = visit(d.id(), adelanto, NEXT_TUESDAY.atTime(12, 10), NEXT_TUESDAY.atTime(13, 10),
                    List.of(v.id()));
            assertThat(codes(ws.schedule().check(same).notices())).containsExactly(ConflictCode.VISITOR_DOUBLE_BOOKED);
        }

        @Test
        void saveRefusesAnErrorWithoutReasonAndKeepsTheReasonWhenGiven() {
            Visit monday = visit(d.id(), adelanto, NEXT_MONDAY.atTime(15, 0), NEXT_MONDAY.atTime(16, 0),
                    List.of(v.id()));

            VisitChange refused = ws.schedule().plan(monday, "  ");
            assertThat(refused.isSaved()).isFalse();
            assertThat(refused.kind() == VisitChange.Kind.NEEDS_DECISION).isTrue();
            assertThat(codes(refused.conflicts())).contains(ConflictCode.OUTSIDE_VISITING_HOURS);
            assertThat(ws.visits().count()).isZero();
            assertThat(ws.schedule().plan(monday, null).isSaved()).isFalse();
            assertThat(ws.visits().count()).isZero();

            VisitChange overridden = ws.schedule().plan(monday, " The warden agreed by phone ");
            assertThat(overridden.isSaved()).isTrue();
            assertThat(codes(overridden.conflicts())).contains(ConflictCode.OUTSIDE_VISITING_HOURS);
            Visit stored = ws.visits().byId(overridden.saved().id()).orElseThrow();
            assertThat(stored.overrideReason()).isEqualTo("The warden agreed by phone");
            assertThat(ws.visits().count()).isEqualTo(1);
        }

        @Test
        void saveLetsWarningsThroughWithoutAReason() {
            Visit noVisitor = visit(d.id(), adelanto, NEXT_TUESDAY.atTime(12, 10), NEXT_TUESDAY.atTime(13, 10),
                    List.of());
            VisitChange o = ws.schedule().plan(noVisitor, "");
            assertThat(o.isSaved()).isTrue();
            assertThat(codes(o.conflicts())).containsExactly(ConflictCode.NO_VISITOR);
            assertThat(ws.visits().byId(o.saved().id()).orElseThrow().overrideReason()).isEmpty();
        }

        @Test
        void saveReportsFieldErrorsBeforeConflicts() {
            Visit backwards = visit(d.id(), adelanto, NEXT_TUESDAY.atTime(13, 10), NEXT_TUESDAY.atTime(12, 10),
                    List.of(v.id()));
            VisitChange o = ws.schedule().plan(backwards, "any reason");
            assertThat(o.isSaved()).isFalse();
            assertThat(o.errors()).extracting(FieldError::messageKey).contains("error.visit.endBeforeStart");
            assertThat(ws.visits().count()).isZero();
        }
    }

    @Nested
    class Samples {

        static final SampleData.Size SIZE = new SampleData.Size(30, 8, 60);

        @Test
        void loadsExactlyWhatWasAskedWithObviouslyFakeRecords() {
            List<Double> progress = new ArrayList<>();
            SampleData.Summary s = ws.loadSampleData(SIZE, 3, progress::add);

            assertThat(s.detainees()).isEqualTo(30);
            assertThat(s.visitors()).isEqualTo(8);
            assertThat(s.visits()).isGreaterThanOrEqualTo(60);
            assertThat(ws.detainees().count()).isEqualTo(30);
            assertThat(ws.visitors().count()).isEqualTo(8);
            assertThat(ws.visits().count()).isEqualTo(s.visits());
            assertThat(ws.detainees().listAll(Locale.ENGLISH)).extracting(l -> l.detainee().aNumber().value())
                    .allMatch(a -> a.startsWith("A999")).doesNotHaveDuplicates();
            assertThat(ws.visitors().listAll()).extracting(Visitor::email)
                    .allMatch(e -> e.endsWith("@example.org")).doesNotHaveDuplicates();
            assertThat(progress).isNotEmpty().isSorted();
            assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
        }

        @Test
        void recordsSavedAfterALoadGetFreshIds() {
            ws.loadSampleData(SIZE, 3, f -> { });
            // the load chose its ids itself: each engine's id counter must have been moved past them
            Detainee d = savedPerson("A999000901", "Despues");
            assertThat(d.id()).isGreaterThan(30);
            assertThat(ws.detainees().count()).isEqualTo(31);
        }

        @Test
        void refusesToLoadTwiceAndChangesNothing() {
            ws.loadSampleData(SIZE, 3, f -> { });
            long visits = ws.visits().count();
            int blackouts = ws.facilities().rules(adelanto).blackouts().size();

            assertThatThrownBy(() -> ws.loadSampleData(SIZE, 4, f -> { }))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.key()).isEqualTo("welcome.notEmpty"));

            assertThat(ws.detainees().count()).isEqualTo(30);
            assertThat(ws.visitors().count()).isEqualTo(8);
            assertThat(ws.visits().count()).isEqualTo(visits);
            assertThat(ws.facilities().rules(adelanto).blackouts()).hasSize(blackouts);
        }

        @Test
        void refusesToLoadIntoAFolderWithOnlyAVisitor() {
            savedVolunteer("Uno", "prueba.uno@example.org", List.of("Spanish"), true);
            assertThatThrownBy(() -> ws.loadSampleData(SIZE, 3, f -> { }))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.key()).isEqualTo("welcome.notEmpty"));
            assertThat(ws.detainees().count()).isZero();
            assertThat(ws.visits().count()).isZero();
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
        @org.junit.jupiter.params.provider.ValueSource(longs = {3, 1, 2, 5, 8, 13})
        void theNextTwoWeeksShowTheDeliberateConflicts(long seed) {
            ws.loadSampleData(SIZE, seed, f -> { });
            List<ConflictNotice> found = ws.schedule().conflictsBetween(new DateRange(TODAY, TODAY.plusWeeks(2)));
            assertThat(codes(found)).contains(ConflictCode.OUTSIDE_VISITING_HOURS, ConflictCode.VISITOR_DOUBLE_BOOKED,
                    ConflictCode.NO_VISITOR, ConflictCode.FACILITY_CLOSED);
            assertThat(found).allSatisfy(n -> assertThat(Messages.get(n.message())).isNotBlank()
                    .doesNotContain("conflict."));
        }

        @Test
        void sampleVisitsOutsideTheDeliberateOnesKeepTheRules() {
            ws.loadSampleData(SIZE, 3, f -> { });
            // the planner places visits inside windows: no other visit is outside hours
            DateRange lastFourWeeks = new DateRange(TODAY.minusWeeks(4), TODAY.minusDays(1));
            assertThat(ws.visits().between(lastFourWeeks).size()).as("visits in the weeks checked").isGreaterThan(5);
            List<ConflictNotice> past = ws.schedule().conflictsBetween(lastFourWeeks);
            assertThat(codes(past)).doesNotContain(ConflictCode.OUTSIDE_VISITING_HOURS, ConflictCode.FACILITY_CLOSED,
                    ConflictCode.VISITOR_DOUBLE_BOOKED, ConflictCode.DETAINEE_DOUBLE_BOOKED, ConflictCode.ROOM_FULL);
        }
    }
}
