package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.FacilityService;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.Messages;
import org.visitdesk.app.RecordType;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.UiFixture;

/**
 * The calendar without a window: the view model, the move use case and a real store, with a prompt that answers
 * as a coordinator would. Each test builds the few people and visits it needs.
 */
class CalendarViewModelTest {

    /** The week shown: Monday 7 to Sunday 13 December 2026 (the fixture's today is Sunday 6 December). */
    private static final DateRange WEEK = DateRange.isoWeekOf(LocalDate.of(2026, 12, 7));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dir;

    private Workspace ws;
    private CalendarViewModel model;
    private final Prompt prompt = new Prompt();
    private long adelanto;
    private Detainee uno;
    private Visitor alfa;

    /** Answers the questions of a drag as told, and remembers what it was asked. */
    private static final class Prompt implements CalendarViewModel.MovePrompt {
        String reason;
        final List<List<ConflictNotice>> asked = new ArrayList<>();
        final List<List<ConflictNotice>> warned = new ArrayList<>();
        final List<VisitChange> refused = new ArrayList<>();

        @Override
        public Optional<String> reasonToMoveAnyway(VisitListing visit, VisitChange change) {
            asked.add(change.conflicts());
            return Optional.ofNullable(reason);
        }

        @Override
        public void movedWithWarnings(VisitListing visit, List<ConflictNotice> warnings) {
            warned.add(warnings);
        }

        @Override
        public void notMoved(VisitListing visit, VisitChange change) {
            refused.add(change);
        }

        ChangedMeanwhile.Choice choice;
        final List<VisitChange> changedMeanwhile = new ArrayList<>();

        @Override
        public Optional<ChangedMeanwhile.Choice> changedMeanwhile(VisitListing visit, VisitChange change) {
            changedMeanwhile.add(change);
            return Optional.ofNullable(choice);
        }
    }

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir, UiFixture.clock());
        adelanto = ws.facilities().listAll().get(0).id();
        // West 3A visits on Tuesdays 12:10-13:10 and Saturdays 07:00-08:00
        uno = ws.detainees().save(new Detainee(0, ANumber.parse("A999000001").orElseThrow(), "Uno", "Prueba", null,
                "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "")).saved();
        alfa = ws.visitors().save(new Visitor(0, "Alfa", "Prueba", "alfa@example.org", "", List.of("Spanish"),
                LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        model = new CalendarViewModel(ws, Background.direct(), prompt);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void showWeek() {
        model.visibleRangeProperty().set(WEEK);
        model.ensureLoaded(WEEK.first(), WEEK.last());
    }

    private Visit saved(LocalDateTime start, List<Long> visitors, String reason) {
        Visit v = new Visit(0, uno.id(), adelanto, start, start.plusHours(1), visitors, VisitType.SOCIAL,
                VisitStatus.SCHEDULED, "", "");
        VisitChange c = ws.schedule().plan(v, reason);
        assertThat(c.isSaved()).as("fixture visit saved: %s", c.kind()).isTrue();
        return c.saved();
    }

    /** A clean visit: Tuesday 12:10 with Alfa, who speaks Spanish. */
    private Visit clean() {
        return saved(TUESDAY.atTime(12, 10), List.of(alfa.id()), "");
    }

    private List<Entry<?>> entriesOfWeek() {
        List<Entry<?>> out = new ArrayList<>();
        for (Calendar<?> c : model.source().getCalendars()) {
            Map<LocalDate, List<Entry<?>>> found = c.findEntries(WEEK.first(), WEEK.last(), ZoneId.systemDefault());
            found.values().forEach(out::addAll);
        }
        return out.stream().distinct().toList();
    }

    /** What a coordinator does with the mouse: the entry gets a new time, and CalendarFX tells the calendars. */
    private void drag(Visit v, LocalDateTime start) {
        Entry<VisitListing> e = model.entryOf(v.id());
        assertThat(e).as("entry of visit %d", v.id()).isNotNull();
        e.setInterval(start, start.plusHours(1));
    }

    private Visit stored(Visit v) {
        return ws.visits().byId(v.id()).orElseThrow();
    }

    private List<ConflictNotice> shown() {
        return model.shownConflicts().stream().map(CalendarViewModel.DayConflict::notice).toList();
    }

    private static List<ConflictCode> codes(List<ConflictNotice> notices) {
        return notices.stream().map(n -> n.conflict().code()).toList();
    }

    @Test
    void eachVisitOfTheWeekIsAnEntryMarkedByItsWorstConflict() {
        Visit ok = clean();
        Visit warning = saved(TUESDAY.plusDays(4).atTime(7, 0), List.of(), "");
        Visit error = saved(TUESDAY.atTime(15, 0), List.of(alfa.id()), "Agreed with the facility");
        showWeek();

        assertThat(entriesOfWeek()).hasSize(3);
        assertThat(model.entryOf(ok.id()).getStyleClass()).doesNotContain("visit-error", "visit-warning");
        assertThat(model.entryOf(ok.id()).getTitle()).isEqualTo("Prueba Uno");
        assertThat(model.entryOf(warning.id()).getStyleClass()).contains("visit-warning")
                .doesNotContain("visit-error");
        assertThat(codes(model.conflictsOf(warning.id()))).containsExactly(ConflictCode.NO_VISITOR);
        assertThat(model.entryOf(error.id()).getStyleClass()).contains("visit-error");
        assertThat(codes(model.conflictsOf(error.id()))).containsExactly(ConflictCode.OUTSIDE_VISITING_HOURS);
    }

    @Test
    void closedDaysAreShownAndThePanelListsTheWeeksConflictsErrorsOnlyOnRequest() {
        FacilityService.FacilityRules rules = ws.facilities().rules(adelanto);
        List<BlackoutDay> closed = new ArrayList<>(rules.blackouts());
        closed.add(new BlackoutDay(0, adelanto, TUESDAY.plusDays(2), null, "Lockdown (test)"));
        assertThat(ws.facilities().save(new FacilityService.FacilityRules(rules.facility(), rules.windows(), closed))
                .isSaved()).isTrue();
        saved(TUESDAY.plusDays(4).atTime(7, 0), List.of(), "");
        saved(TUESDAY.atTime(15, 0), List.of(alfa.id()), "Agreed with the facility");
        showWeek();

        assertThat(entriesOfWeek()).filteredOn(e -> e.getStyleClass().contains("closed-day"))
                .extracting(Entry::getStartDate).containsExactly(TUESDAY.plusDays(2));
        assertThat(codes(shown())).containsExactly(ConflictCode.OUTSIDE_VISITING_HOURS, ConflictCode.NO_VISITOR);
        model.errorsOnlyProperty().set(true);
        assertThat(codes(shown())).containsExactly(ConflictCode.OUTSIDE_VISITING_HOURS);
    }

    private String closedOn(LocalDate day) {
        return String.join(" ", model.closedOn(day).stream().map(s -> s.from() + "-" + s.to()).toList());
    }

    @Test
    void theHoursOutsideTheFacilitysWindowsAreShadedAndThoseOfTheChosenVisitsUnitWhileItIsChosen() {
        FacilityService.FacilityRules rules = ws.facilities().rules(adelanto);
        List<BlackoutDay> closed = new ArrayList<>(rules.blackouts());
        closed.add(new BlackoutDay(0, adelanto, TUESDAY.plusDays(2), null, "Lockdown (test)"));
        assertThat(ws.facilities().save(new FacilityService.FacilityRules(rules.facility(), rules.windows(), closed))
                .isSaved()).isTrue();
        Visit v = clean();
        assertThat(closedOn(TUESDAY)).as("nothing known before the week is loaded").isEmpty();
        showWeek();

        // every unit: on Tuesday the weekday windows of West 3A-3D and the segregation units leave short gaps
        assertThat(closedOn(TUESDAY))
                .isEqualTo("06:30-11:00 12:00-12:10 13:10-13:30 14:30-14:40 15:40-16:00 17:00-18:00");
        // Wednesday: only Admin Seg's daily hour; Thursday: the facility is closed all day
        assertThat(closedOn(TUESDAY.plusDays(1))).isEqualTo("06:30-11:00 12:00-18:00");
        assertThat(closedOn(TUESDAY.plusDays(2))).isEqualTo("06:30-18:00");

        // Uno's visit chosen: West 3A's windows only (Tuesday 12:10, Saturday 07:00), and the legend says whose
        model.focusProperty().set(model.entryOf(v.id()).getUserObject());
        assertThat(model.shadingProperty().get().unit()).isEqualTo("West 3A");
        assertThat(closedOn(TUESDAY)).isEqualTo("06:30-12:10 13:10-18:00");
        assertThat(closedOn(TUESDAY.plusDays(4))).isEqualTo("06:30-07:00 08:00-18:00");
        assertThat(closedOn(TUESDAY.plusDays(1))).isEqualTo("06:30-18:00");

        model.focusProperty().set(null);
        assertThat(model.shadingProperty().get().unit()).isNull();
        assertThat(closedOn(TUESDAY.plusDays(1))).isEqualTo("06:30-11:00 12:00-18:00");
    }

    @Test
    void aWeeklyLimitIsListedUnderTheDayOfTheVisitBeyondItAndMarksOnlyThatVisit() {
        // four visits of Uno in the week, three allowed: the fourth, by start, is on Sunday
        saved(TUESDAY.minusDays(1).atTime(9, 0), List.of(alfa.id()), "Legal visit agreed");
        saved(TUESDAY.atTime(12, 10), List.of(alfa.id()), "");
        saved(TUESDAY.plusDays(4).atTime(7, 0), List.of(alfa.id()), "");
        Visit sunday = saved(TUESDAY.plusDays(5).atTime(11, 0), List.of(alfa.id()), "Agreed with the facility");
        showWeek();

        assertThat(model.shownConflicts()).filteredOn(d -> d.notice().conflict().code() == ConflictCode.WEEKLY_LIMIT)
                .singleElement().satisfies(d -> {
                    assertThat(d.day()).isEqualTo(sunday.day());
                    assertThat(d.visitIds()).containsExactly(sunday.id());
                });
        // the calendar and the list agree: a visit is marked exactly when the list names it under its day
        for (Entry<?> e : entriesOfWeek()) {
            if (!(e.getUserObject() instanceof VisitListing l)) {
                continue;
            }
            long id = l.visit().id();
            boolean listed = model.shownConflicts().stream()
                    .anyMatch(d -> d.day().equals(l.visit().day()) && d.visitIds().contains(id));
            assertThat(listed).as("visit on %s listed", l.visit().start()).isEqualTo(!model.conflictsOf(id).isEmpty());
            assertThat(codes(model.conflictsOf(id)).contains(ConflictCode.WEEKLY_LIMIT))
                    .as("weekly limit on the visit of %s", l.visit().start()).isEqualTo(id == sunday.id());
        }
    }

    /** Another coordinator saves a note on the visit after the calendar showed it. */
    private void changedByAna(Visit shown) {
        ws.useCoordinator("Ana Uno");
        Visit now = stored(shown);
        assertThat(ws.schedule().plan(new Visit(now.id(), now.detaineeId(), now.facilityId(), now.start(), now.end(),
                now.visitorIds(), now.type(), now.status(), "Bring the forms.", now.overrideReason(), now.version()),
                "").isSaved()).isTrue();
        ws.useCoordinator("Beto Dos");
    }

    @Test
    void aDragOfAVisitChangedSinceTheCalendarShowedItIsPutBackAndSaysWhoChangedIt() {
        Visit before = clean();
        showWeek();
        changedByAna(before);

        drag(before, TUESDAY.plusDays(4).atTime(7, 0));

        assertThat(prompt.changedMeanwhile).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(VisitChange.Kind.CHANGED_MEANWHILE);
            assertThat(c.otherChange().coordinator()).isEqualTo("Ana Uno");
        });
        assertThat(stored(before).start()).isEqualTo(before.start());
        assertThat(model.entryOf(before.id()).getStartAsLocalDateTime()).isEqualTo(before.start());
        assertThat(model.entryOf(before.id()).getUserObject().visit().notes())
                .as("the calendar shows the visit as saved now").isEqualTo("Bring the forms.");
    }

    @Test
    void aDragOverAnotherCoordinatorsChangeMovesItAndTheHistorySaysSo() {
        Visit before = clean();
        showWeek();
        changedByAna(before);
        prompt.choice = ChangedMeanwhile.Choice.OVERWRITE;

        drag(before, TUESDAY.plusDays(4).atTime(7, 0));

        assertThat(prompt.changedMeanwhile).hasSize(1);
        Visit after = stored(before);
        assertThat(after.start()).isEqualTo(TUESDAY.plusDays(4).atTime(7, 0));
        assertThat(after.notes()).as("a move keeps the other change").isEqualTo("Bring the forms.");
        HistoryEntry newest = ws.history().of(RecordType.VISIT, before.id()).get(0);
        assertThat(newest.coordinator()).isEqualTo("Beto Dos");
        assertThat(newest.overwrote().coordinator()).isEqualTo("Ana Uno");
    }

    @Test
    void aDragOutsideVisitingHoursAsksAndKeepingTheOldTimeSavesNothing() {
        Visit before = clean();
        showWeek();

        drag(before, TUESDAY.atTime(14, 10));

        assertThat(prompt.asked).singleElement()
                .satisfies(c -> assertThat(codes(c)).containsExactly(ConflictCode.OUTSIDE_VISITING_HOURS));
        assertThat(stored(before)).isEqualTo(before);
        assertThat(model.entryOf(before.id()).getStartAsLocalDateTime()).isEqualTo(before.start());
        assertThat(model.lastMoveProperty().get().kind()).isEqualTo(VisitChange.Kind.NEEDS_DECISION);
        assertThat(ws.history().of(RecordType.VISIT, before.id())).hasSize(1);
    }

    @Test
    void moveAnywayIsSavedWithItsReasonWhichTheHistoryRecords() {
        Visit before = clean();
        showWeek();
        prompt.reason = "Facility confirmed by phone";

        drag(before, TUESDAY.atTime(14, 10));

        assertThat(prompt.asked).hasSize(1);
        Visit after = stored(before);
        assertThat(after.start()).isEqualTo(TUESDAY.atTime(14, 10));
        assertThat(after.overrideReason()).isEqualTo("Facility confirmed by phone");
        VisitChange change = model.lastMoveProperty().get();
        assertThat(change.kind()).isEqualTo(VisitChange.Kind.SAVED_DESPITE_ERRORS);
        assertThat(change.before()).isEqualTo(before);
        assertThat(change.saved()).isEqualTo(after);
        assertThat(change.affected()).contains(before.id());
        assertThat(model.entryOf(before.id()).getStyleClass()).contains("visit-error");
        assertThat(ws.history().of(RecordType.VISIT, before.id()).get(0).reason())
                .isEqualTo("Facility confirmed by phone");
    }

    @Test
    void aMoveToACleanTimeDropsTheOldReasonAndTheHistoryKeepsIt() {
        Visit before = saved(TUESDAY.atTime(15, 0), List.of(alfa.id()), "Agreed with the facility");
        assertThat(before.overrideReason()).isEqualTo("Agreed with the facility");
        showWeek();

        drag(before, TUESDAY.atTime(12, 10));

        assertThat(prompt.asked).as("a clean time asks nothing").isEmpty();
        assertThat(model.lastMoveProperty().get().kind()).isEqualTo(VisitChange.Kind.SAVED);
        Visit after = stored(before);
        assertThat(after.start()).isEqualTo(TUESDAY.atTime(12, 10));
        assertThat(after.overrideReason()).isEmpty();
        assertThat(model.entryOf(before.id()).getStyleClass()).doesNotContain("visit-error", "visit-warning");
        HistoryEntry.Change cleared = ws.history().of(RecordType.VISIT, before.id()).get(0).changes().stream()
                .filter(c -> c.fieldKey().equals("field.overrideReason")).findFirst().orElseThrow();
        assertThat(cleared.before()).isEqualTo("Agreed with the facility");
        assertThat(cleared.after()).isEmpty();
    }

    @Test
    void aMoveThatOnlyWarnsIsSavedAndSaysSo() {
        Visit before = saved(TUESDAY.atTime(12, 10), List.of(), "");
        showWeek();

        drag(before, TUESDAY.plusDays(4).atTime(7, 0));

        assertThat(prompt.asked).isEmpty();
        assertThat(prompt.warned).singleElement()
                .satisfies(w -> assertThat(codes(w)).containsExactly(ConflictCode.NO_VISITOR));
        assertThat(stored(before).start()).isEqualTo(TUESDAY.plusDays(4).atTime(7, 0));
    }

    @Test
    void aMoveOfAVisitCancelledMeanwhileAsksAndMovedAnywayStaysCancelled() {
        Visit before = clean();
        showWeek();
        assertThat(ws.visits().cancel(before.id())).isTrue();
        prompt.choice = ChangedMeanwhile.Choice.OVERWRITE;

        drag(before, TUESDAY.atTime(14, 10));

        // cancelled after the calendar showed it: the coordinator is told before it moves
        assertThat(prompt.changedMeanwhile).hasSize(1);
        // a cancelled visit takes part in no rule: the move is saved, and its status is the store's, not the view's
        assertThat(prompt.asked).isEmpty();
        Visit after = stored(before);
        assertThat(after.start()).isEqualTo(TUESDAY.atTime(14, 10));
        assertThat(after.status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void aMoveOfAVisitRemovedMeanwhileIsRefusedAndPutBack() {
        Visit before = clean();
        showWeek();
        assertThat(ws.detainees().delete(ws.detainees().byId(uno.id()).orElseThrow()).isDeleted()).isTrue();

        drag(before, TUESDAY.atTime(14, 10));

        assertThat(prompt.refused).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(VisitChange.Kind.REFUSED));
        assertThat(ws.visits().byId(before.id())).isEmpty();
        assertThat(model.entryOf(before.id())).as("gone from the calendar after the reload").isNull();
    }

    /** What a calendar shows of each loaded visit (its entry and marks) and the panel's list, to compare two. */
    private static String drawn(CalendarViewModel m) {
        Map<Long, String> byVisit = new TreeMap<>();
        for (Calendar<?> c : m.source().getCalendars()) {
            c.findEntries(WEEK.first(), WEEK.first().plusWeeks(3), ZoneId.systemDefault()).values().stream()
                    .flatMap(List::stream).distinct().forEach(e -> {
                        if (e.getUserObject() instanceof VisitListing l) {
                            byVisit.put(l.visit().id(), c.getName() + " " + e.getTitle() + " " + e.getLocation()
                                    + " " + e.getStartAsLocalDateTime() + "-" + e.getEndAsLocalDateTime() + " "
                                    + e.getStyleClass() + " " + l + " " + m.conflictsOf(l.visit().id()));
                        }
                    });
        }
        return byVisit + "\n" + m.shownConflicts();
    }

    @Test
    void aMoveRereadsOnlyTheWeeksItTouchesRedrawsOnlyWhatChangedAndShowsWhatAFullReloadShows() {
        Visit stays = clean();
        Visit moving = saved(TUESDAY.plusDays(4).atTime(7, 0), List.of(alfa.id()), "");
        Visit next = saved(TUESDAY.plusWeeks(1).atTime(12, 10), List.of(alfa.id()), "");
        Visit far = saved(TUESDAY.plusWeeks(2).atTime(12, 10), List.of(alfa.id()), "");
        DateRange three = new DateRange(WEEK.first(), WEEK.first().plusWeeks(3).minusDays(1));
        model.visibleRangeProperty().set(three);
        model.ensureLoaded(three.first(), three.last());
        assertThat(model.reads()).containsExactly(three);
        Entry<VisitListing> staysEntry = model.entryOf(stays.id());
        Entry<VisitListing> farEntry = model.entryOf(far.id());
        prompt.reason = "Agreed with the facility";

        // onto the next week's visit: the person and Alfa booked twice there, the first week loses a visit
        drag(moving, TUESDAY.plusWeeks(1).atTime(12, 10));

        assertThat(model.lastMoveProperty().get().kind()).isEqualTo(VisitChange.Kind.SAVED_DESPITE_ERRORS);
        assertThat(model.reads()).as("the two weeks the move touched, in one read")
                .containsExactly(three, new DateRange(WEEK.first(), WEEK.last().plusWeeks(1)));
        assertThat(model.entryOf(far.id())).as("a week the move did not touch is not redrawn").isSameAs(farEntry);
        assertThat(model.entryOf(stays.id())).as("an entry whose visit and marks did not change is kept")
                .isSameAs(staysEntry);
        assertThat(codes(model.conflictsOf(next.id()))).contains(ConflictCode.DETAINEE_DOUBLE_BOOKED);
        assertThat(shown()).anyMatch(n -> n.conflict().code() == ConflictCode.DETAINEE_DOUBLE_BOOKED);

        CalendarViewModel fresh = new CalendarViewModel(ws, Background.direct(), prompt);
        fresh.visibleRangeProperty().set(three);
        fresh.ensureLoaded(three.first(), three.last());
        assertThat(drawn(model)).isEqualTo(drawn(fresh));
    }

    @Test
    void aMoveWithinOneWeekRereadsThatWeekOnlyAndShowsWhatAFullReloadShows() {
        Visit moving = clean();
        saved(TUESDAY.plusDays(4).atTime(7, 0), List.of(alfa.id()), "");
        saved(TUESDAY.plusWeeks(1).atTime(12, 10), List.of(), "");
        DateRange two = new DateRange(WEEK.first(), WEEK.last().plusWeeks(1));
        model.visibleRangeProperty().set(two);
        model.ensureLoaded(two.first(), two.last());
        prompt.reason = "Agreed with the facility";

        drag(moving, TUESDAY.plusDays(4).atTime(7, 0));

        assertThat(model.reads()).containsExactly(two, WEEK);
        CalendarViewModel fresh = new CalendarViewModel(ws, Background.direct(), prompt);
        fresh.visibleRangeProperty().set(two);
        fresh.ensureLoaded(two.first(), two.last());
        assertThat(drawn(model)).isEqualTo(drawn(fresh));
        assertThat(codes(shown())).contains(ConflictCode.DETAINEE_DOUBLE_BOOKED);
    }
}
