package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** Every create, change and delete leaves a history entry, on a real store; a refused save leaves none. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class HistoryTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 12, 8);

    /** A clock the test moves forward, so that entries have distinct times. */
    static final class StepClock extends Clock {
        Instant now = LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant();

        void advance() {
            now = now.plus(Duration.ofMinutes(5));
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

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

    StepClock clock = new StepClock();
    Workspace ws;
    long adelanto;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        ws = TestWorkspaces.open(place, clock);
        adelanto = ws.facilities().listAll().get(0).id();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    Detainee person(String family, String given) {
        return new Detainee(0, ANumber.parse("A999000101").orElseThrow(), family, given, LocalDate.of(1990, 1, 2),
                "Guatemala", List.of("Spanish"), "F", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "");
    }

    Detainee rename(Detainee d, String family, String given) {
        return new Detainee(d.id(), d.aNumber(), family, given, d.dateOfBirth(), d.countryOfBirth(), d.languages(),
                d.gender(), d.facilityId(), d.housingUnit(), d.status(), d.statusDate(), d.notes());
    }

    static HistoryEntry.Change change(HistoryEntry e, String key) {
        return e.changes().stream().filter(c -> c.fieldKey().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no " + key + " in " + e.changes()));
    }

    @Test
    void anEditedVisitListsCreateMoveAnywayAndCancelNewestFirst() {
        Detainee d = ws.detainees().save(person("Uno", "Prueba")).saved();
        Visitor v = ws.visitors().save(new Visitor(0, "Dos", "Prueba", "prueba.dos@example.org", "",
                List.of("Spanish"), LocalDate.of(2026, 11, 1), true, VisitorStatus.ACTIVE, "")).saved();
        clock.advance();
        Visit good = new Visit(0, d.id(), adelanto, NEXT_TUESDAY.atTime(12, 10), NEXT_TUESDAY.atTime(13, 10),
                List.of(v.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
        VisitChange created = ws.schedule().plan(good, "");
        assertThat(created.isSaved()).isTrue();
        long id = created.saved().id();

        clock.advance();
        Visit moved = created.saved().withTime(NEXT_MONDAY.atTime(15, 0), NEXT_MONDAY.atTime(16, 0));
        assertThat(ws.schedule().plan(moved, "").kind() == VisitChange.Kind.NEEDS_DECISION).isTrue();
        VisitChange anyway = ws.schedule().plan(moved, "Confirmed by phone with the facility");
        assertThat(anyway.isSaved()).isTrue();

        clock.advance();
        assertThat(ws.visits().cancel(id)).isTrue();

        List<HistoryEntry> history = ws.history().of(RecordType.VISIT, id);
        assertThat(history).extracting(HistoryEntry::action).containsExactly(HistoryEntry.Action.CHANGED,
                HistoryEntry.Action.CHANGED, HistoryEntry.Action.CREATED);
        assertThat(history.get(0).at()).isAfter(history.get(1).at());
        assertThat(history.get(1).at()).isAfter(history.get(2).at());

        HistoryEntry cancel = history.get(0);
        assertThat(cancel.changes()).extracting(HistoryEntry.Change::fieldKey).containsExactly("field.status");
        assertThat(Messages.get(change(cancel, "field.status").describe()))
                .isEqualTo("Status: Scheduled → Cancelled");
        assertThat(Messages.in(Locale.forLanguageTag("es"), change(cancel, "field.status").describe()))
                .isEqualTo("Situación: Programada → Cancelada");
        assertThat(cancel.reason()).isEmpty();

        HistoryEntry move = history.get(1);
        assertThat(move.reason()).isEqualTo("Confirmed by phone with the facility");
        assertThat(change(move, "field.start").before()).isEqualTo("2026-12-08 12:10");
        assertThat(change(move, "field.start").after()).isEqualTo("2026-12-07 15:00");
        assertThat(change(move, "field.end").after()).isEqualTo("2026-12-07 16:00");
        assertThat(Messages.get(change(move, "field.start").describe()))
                .isEqualTo("Start: 2026-12-08 12:10 → 2026-12-07 15:00");
        assertThat(move.changes()).extracting(HistoryEntry.Change::fieldKey).doesNotContain("field.visitors",
                "field.facility", "field.detainee");

        HistoryEntry create = history.get(2);
        assertThat(change(create, "field.detainee").after()).contains("Prueba Uno").contains("A-999-000-101");
        assertThat(change(create, "field.visitors").after()).isEqualTo("Prueba Dos");
        assertThat(create.reason()).isEmpty();
    }

    @Test
    void aDetaineeEditRecordsOldAndNewNames() {
        Detainee d = ws.detainees().save(person("Uno", "Prueba")).saved();
        clock.advance();
        assertThat(ws.detainees().save(rename(d, "Dos", "Prueba")).isSaved()).isTrue();

        List<HistoryEntry> history = ws.history().of(RecordType.DETAINEE, d.id());
        assertThat(history).extracting(HistoryEntry::action).containsExactly(HistoryEntry.Action.CHANGED,
                HistoryEntry.Action.CREATED);
        assertThat(history.get(0).changes()).containsExactly(
                new HistoryEntry.Change("field.familyName", "Uno", "Dos"));
        assertThat(Messages.get(history.get(0).changes().get(0).describe())).isEqualTo("Family name: Uno → Dos");
        assertThat(change(history.get(1), "field.familyName").after()).isEqualTo("Uno");
    }

    @Test
    void aRefusedSaveRecordsNothing() {
        Detainee d = ws.detainees().save(person("Uno", "Prueba")).saved();
        int before = ws.history().of(RecordType.DETAINEE, d.id()).size();

        SaveResult<Detainee> blank = ws.detainees().save(rename(d, "", "Prueba"));
        assertThat(blank.isSaved()).isFalse();
        Detainee twin = new Detainee(0, d.aNumber(), "Tres", "Prueba", null, "", List.of(), "", adelanto, "",
                DetaineeStatus.DETAINED, null, "");
        assertThat(ws.detainees().save(twin).errors()).extracting(e -> e.messageKey()).containsExactly(
                "error.aNumber.taken");
        // saving without any change is no change either
        assertThat(ws.detainees().save(d).isSaved()).isTrue();

        assertThat(ws.history().of(RecordType.DETAINEE, d.id())).hasSize(before);
        Visit bad = new Visit(0, d.id(), adelanto, NEXT_TUESDAY.atTime(13, 0), NEXT_TUESDAY.atTime(12, 0), List.of(),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
        assertThat(ws.schedule().plan(bad, "any reason").isSaved()).isFalse();
        assertThat(ws.visits().count()).isZero();
    }

    @Test
    void deletesAreRecordedWithWhatWasThere() {
        Detainee d = ws.detainees().save(person("Uno", "Prueba")).saved();
        Visit v = ws.schedule().plan(new Visit(0, d.id(), adelanto, NEXT_TUESDAY.atTime(12, 10),
                NEXT_TUESDAY.atTime(13, 10), List.of(), VisitType.LEGAL_ACCOMPANIMENT, VisitStatus.SCHEDULED, "", ""),
                "").saved();
        Visitor volunteer = ws.visitors().save(new Visitor(0, "Cuatro", "Prueba", "prueba.cuatro@example.org", "",
                List.of(), null, false, VisitorStatus.ACTIVE, "")).saved();
        clock.advance();

        assertThat(ws.detainees().delete(d).isDeleted()).isTrue();
        assertThat(ws.visitors().delete(volunteer).isDeleted()).isTrue();

        HistoryEntry gone = ws.history().of(RecordType.DETAINEE, d.id()).get(0);
        assertThat(gone.action()).isEqualTo(HistoryEntry.Action.DELETED);
        assertThat(change(gone, "field.familyName").before()).isEqualTo("Uno");
        assertThat(change(gone, "field.familyName").after()).isEmpty();
        assertThat(ws.history().of(RecordType.VISIT, v.id()).get(0).action()).isEqualTo(HistoryEntry.Action.DELETED);
        assertThat(ws.history().of(RecordType.VISITOR, volunteer.id())).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.DELETED, HistoryEntry.Action.CREATED);
    }

    @Test
    void facilityRulesChangesAreRecorded() {
        FacilityService.FacilityRules rules = ws.facilities().rules(adelanto);
        var f = rules.facility();
        var changed = new FacilityService.FacilityRules(new org.visitdesk.domain.Facility(f.id(), f.name(),
                f.address(), f.roomCapacity() + 1, f.maxVisitorsPerVisit(), f.maxVisitsPerWeek(), f.notes()),
                rules.windows().subList(1, rules.windows().size()), rules.blackouts());
        assertThat(ws.facilities().save(changed).isSaved()).isTrue();

        HistoryEntry e = ws.history().of(RecordType.FACILITY, adelanto).get(0);
        assertThat(e.action()).isEqualTo(HistoryEntry.Action.CHANGED);
        assertThat(e.changes()).extracting(HistoryEntry.Change::fieldKey).containsExactly("field.roomCapacity",
                "field.windows");
        assertThat(change(e, "field.roomCapacity").after())
                .isEqualTo(Integer.toString(f.roomCapacity() + 1));
    }

    @Test
    void valuesWithTabsAndNewLinesSurviveStorage() {
        Detainee d = ws.detainees().save(person("Uno", "Prueba")).saved();
        Detainee noted = new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(),
                d.countryOfBirth(), d.languages(), d.gender(), d.facilityId(), d.housingUnit(), d.status(),
                d.statusDate(), "line one\n\tline two \\ end");
        ws.detainees().save(noted);
        assertThat(change(ws.history().of(RecordType.DETAINEE, d.id()).get(0), "field.notes").after())
                .isEqualTo("line one\n\tline two \\ end");
        assertThat(LocalDateTime.now(clock)).isNotNull();
    }
}
