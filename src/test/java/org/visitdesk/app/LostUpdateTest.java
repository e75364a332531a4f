package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/**
 * No lost updates (issue 12): two coordinators open the same record and both save; the second save is refused and
 * says who saved first and when, and saving over it is kept in the history. On PostgreSQL the two are two
 * workspaces on the shared store, each with its own name; the embedded store has one coordinator, so there one
 * workspace stands for both, named before each save.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class LostUpdateTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    /** Sunday 6 December 2026, noon. */
    static final LocalDateTime NOW = LocalDate.of(2026, 12, 6).atTime(12, 0);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
    /** Tuesday 8 December, in West 3A's visiting hours. */
    static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 12, 8, 12, 10);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;
    Workspace ana;
    Workspace beto;
    long adelanto;
    Detainee person;
    Visitor volunteer;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        ana = TestWorkspaces.open(place, CLOCK);
        ana.useCoordinator("Ana Uno");
        beto = engine == Store.Engine.H2 ? ana
                : Workspace.openShared(place.url(), place.password(), place.dir(), CLOCK, "Beto Dos");
        adelanto = ana.facilities().listAll().get(0).id();
        volunteer = ana.visitors().save(new Visitor(0, "Versión", "Prueba", "prueba.version@example.org", "",
                List.of("Spanish"), LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        person = ana.detainees().save(new Detainee(0, ANumber.parse("A999000611").orElseThrow(), "Dos Veces",
                "Prueba", null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED,
                null, "")).saved();
    }

    @AfterEach
    void close() {
        if (beto != null && beto != ana) {
            beto.close();
        }
        TestWorkspaces.close(ana, place);
    }

    /** The workspace of a coordinator, named for the save that follows. */
    private Workspace as(Workspace ws, String name) {
        ws.useCoordinator(name);
        return ws;
    }

    private Visit visit() {
        return ana.schedule().plan(new Visit(0, person.id(), adelanto, TUESDAY, TUESDAY.plusHours(1),
                List.of(volunteer.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), "").saved();
    }

    private static Visit withNotes(Visit v, String notes) {
        return new Visit(v.id(), v.detaineeId(), v.facilityId(), v.start(), v.end(), v.visitorIds(), v.type(),
                v.status(), notes, v.overrideReason(), v.version());
    }

    @Test
    void theSecondOfTwoSavesOfOneVisitIsRefusedAndToldWhoAndWhen() {
        Visit saved = visit();
        Visit openedByAna = ana.visits().byId(saved.id()).orElseThrow();
        Visit openedByBeto = beto.visits().byId(saved.id()).orElseThrow();

        VisitChange first = as(ana, "Ana Uno").schedule().plan(withNotes(openedByAna, "Bring the forms."), "");
        VisitChange second = as(beto, "Beto Dos").schedule().plan(withNotes(openedByBeto, "Ask for a Bible."), "");

        assertThat(first.isSaved()).isTrue();
        assertThat(first.saved().version()).isEqualTo(openedByAna.version() + 1);
        assertThat(second.kind()).isEqualTo(VisitChange.Kind.CHANGED_MEANWHILE);
        assertThat(second.isSaved()).isFalse();
        assertThat(second.otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(second.otherChange().at()).isEqualTo(NOW);
        assertThat(second.before().notes()).as("the visit as saved now, for a reload").isEqualTo("Bring the forms.");
        assertThat(beto.visits().byId(saved.id()).orElseThrow().notes()).isEqualTo("Bring the forms.");
    }

    @Test
    void savingOverTheOtherChangeIsKeptInTheHistory() {
        Visit saved = visit();
        Visit openedByBeto = beto.visits().byId(saved.id()).orElseThrow();
        as(ana, "Ana Uno").schedule().plan(withNotes(ana.visits().byId(saved.id()).orElseThrow(), "Forms."), "");
        Visit mine = withNotes(openedByBeto, "Bible.");
        VisitChange refused = as(beto, "Beto Dos").schedule().plan(mine, "");

        VisitChange over = beto.schedule().plan(mine.withVersion(refused.before().version()), "",
                refused.otherChange());

        assertThat(over.isSaved()).isTrue();
        assertThat(ana.visits().byId(saved.id()).orElseThrow().notes()).isEqualTo("Bible.");
        HistoryEntry newest = ana.history().of(RecordType.VISIT, saved.id()).get(0);
        assertThat(newest.coordinator()).isEqualTo("Beto Dos");
        assertThat(newest.overwrote()).isEqualTo(new OtherChange("Ana Uno", NOW));
        assertThat(ana.history().of(RecordType.VISIT, saved.id()).get(1).overwrote()).isNull();
    }

    @Test
    void savingOverAChangeRefusesAgainWhenAThirdWasSavedSinceTheRefusal() {
        Visit saved = visit();
        Visit openedByBeto = beto.visits().byId(saved.id()).orElseThrow();
        as(ana, "Ana Uno").schedule().plan(withNotes(ana.visits().byId(saved.id()).orElseThrow(), "One."), "");
        VisitChange refused = as(beto, "Beto Dos").schedule().plan(withNotes(openedByBeto, "Two."), "");
        as(ana, "Ana Uno").schedule().plan(withNotes(ana.visits().byId(saved.id()).orElseThrow(), "Three."), "");

        VisitChange over = as(beto, "Beto Dos").schedule().plan(
                withNotes(openedByBeto, "Two.").withVersion(refused.before().version()), "", refused.otherChange());

        assertThat(over.kind()).isEqualTo(VisitChange.Kind.CHANGED_MEANWHILE);
        assertThat(ana.visits().byId(saved.id()).orElseThrow().notes()).isEqualTo("Three.");
    }

    @Test
    void aDragOfAVisitChangedSinceTheCalendarShowedItIsRefused() {
        Visit shown = visit();
        as(ana, "Ana Uno").schedule().plan(withNotes(shown, "Moved the notes."), "");

        VisitChange drag = as(beto, "Beto Dos").schedule().move(shown.id(), shown.version(),
                TUESDAY.plusMinutes(10), TUESDAY.plusMinutes(40), "", null);

        assertThat(drag.kind()).isEqualTo(VisitChange.Kind.CHANGED_MEANWHILE);
        assertThat(drag.otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(beto.visits().byId(shown.id()).orElseThrow().start()).isEqualTo(TUESDAY);

        VisitChange over = beto.schedule().move(shown.id(), drag.before().version(), TUESDAY.plusMinutes(10),
                TUESDAY.plusMinutes(40), "", drag.otherChange());
        assertThat(over.isSaved()).as(over.kind() + " " + over.errors() + " " + over.conflicts()).isTrue();
        Visit now = beto.visits().byId(shown.id()).orElseThrow();
        assertThat(now.start()).isEqualTo(TUESDAY.plusMinutes(10));
        assertThat(now.notes()).as("a move keeps the rest as saved").isEqualTo("Moved the notes.");
        assertThat(beto.history().of(RecordType.VISIT, shown.id()).get(0).overwrote().coordinator())
                .isEqualTo("Ana Uno");
    }

    @Test
    void aSeriesEditOfAVisitChangedSinceItWasOpenedIsRefused() {
        Visit opened = visit();
        as(ana, "Ana Uno").visits().setConfirmed(opened.id(), true);

        SeriesService.SeriesChange change = as(beto, "Beto Dos").series()
                .editFollowing(withNotes(opened, "Mine."), "");

        assertThat(change.kind()).isEqualTo(VisitChange.Kind.CHANGED_MEANWHILE);
        assertThat(change.isSaved()).isFalse();
        assertThat(change.asOne().otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(beto.visits().byId(opened.id()).orElseThrow().status()).isEqualTo(VisitStatus.CONFIRMED);
    }

    @Test
    void aPersonChangedSinceTheFormOpenedIsNotSavedOver() {
        Detainee openedByBeto = beto.detainees().byId(person.id()).orElseThrow();
        Detainee anas = new Detainee(person.id(), person.aNumber(), person.familyName(), person.givenName(), null,
                person.countryOfBirth(), person.languages(), "", adelanto, "East 2B", DetaineeStatus.DETAINED, null,
                "", person.version());
        assertThat(as(ana, "Ana Uno").detainees().save(anas).isSaved()).isTrue();

        Detainee betos = new Detainee(person.id(), person.aNumber(), person.familyName(), person.givenName(), null,
                person.countryOfBirth(), person.languages(), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null,
                "Speaks K'iche' too.", openedByBeto.version());
        SaveResult<Detainee> refused = as(beto, "Beto Dos").detainees().save(betos);

        assertThat(refused.changedMeanwhile()).isTrue();
        assertThat(refused.isSaved()).isFalse();
        assertThat(refused.otherChange()).isEqualTo(new OtherChange("Ana Uno", NOW));
        assertThat(refused.current().housingUnit()).isEqualTo("East 2B");

        SaveResult<Detainee> over = beto.detainees().save(betos.withVersion(refused.current().version()),
                refused.otherChange());
        assertThat(over.isSaved()).isTrue();
        assertThat(beto.detainees().byId(person.id()).orElseThrow()).isEqualTo(over.saved());
        assertThat(beto.history().of(RecordType.DETAINEE, person.id()).get(0).overwrote().coordinator())
                .isEqualTo("Ana Uno");
    }

    @Test
    void aVolunteerChangedSinceTheFormOpenedIsNotSavedOver() {
        Visitor opened = beto.visitors().byId(volunteer.id()).orElseThrow();
        assertThat(as(ana, "Ana Uno").visitors().save(new Visitor(volunteer.id(), "Versión", "Prueba",
                "prueba.version@example.org", "555-0100 12", List.of("Spanish"), LocalDate.of(2026, 1, 5), true,
                VisitorStatus.ACTIVE, "", null, volunteer.version())).isSaved()).isTrue();

        SaveResult<Visitor> refused = as(beto, "Beto Dos").visitors().save(new Visitor(opened.id(), "Versión",
                "Prueba", "prueba.version@example.org", "", List.of("Spanish", "English"), LocalDate.of(2026, 1, 5),
                true, VisitorStatus.ACTIVE, "", null, opened.version()));

        assertThat(refused.changedMeanwhile()).isTrue();
        assertThat(refused.otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(refused.current().phone()).isEqualTo("555-0100 12");
        assertThat(beto.visitors().byId(volunteer.id()).orElseThrow().languages()).containsExactly("Spanish");
    }

    @Test
    void aFacilityChangedSinceTheFormOpenedIsNotSavedOver() {
        FacilityService.FacilityRules opened = beto.facilities().rules(adelanto);
        Facility f = opened.facility();
        Facility anas = new Facility(f.id(), f.name(), f.address(), f.roomCapacity() + 1, f.maxVisitorsPerVisit(),
                f.maxVisitsPerWeek(), f.notes(), f.version());
        assertThat(as(ana, "Ana Uno").facilities().save(new FacilityService.FacilityRules(anas, opened.windows(),
                opened.blackouts())).isSaved()).isTrue();

        Facility betos = new Facility(f.id(), f.name(), f.address(), f.roomCapacity(), f.maxVisitorsPerVisit(),
                f.maxVisitsPerWeek() + 1, f.notes(), f.version());
        SaveResult<FacilityService.FacilityRules> refused = as(beto, "Beto Dos").facilities().save(
                new FacilityService.FacilityRules(betos, opened.windows(), opened.blackouts()));

        assertThat(refused.changedMeanwhile()).isTrue();
        assertThat(refused.otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(refused.current().facility().roomCapacity()).isEqualTo(f.roomCapacity() + 1);
    }

    @Test
    void withoutAGivenNameTheHistoryNamesTheDatabaseUserOfASharedStore() throws Exception {
        ana.useCoordinator(null);
        String expected = "";
        if (engine == Store.Engine.POSTGRESQL) {
            try (Connection c = place.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
                rs.next();
                expected = rs.getString(1);
            }
            assertThat(expected).isNotBlank();
        }
        assertThat(ana.coordinator()).isEqualTo(expected);
        Visit v = visit();
        assertThat(ana.history().of(RecordType.VISIT, v.id()).get(0).coordinator()).isEqualTo(expected);
    }
}
