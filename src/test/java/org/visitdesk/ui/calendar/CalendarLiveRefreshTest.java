package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Calendar;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ChangeByOthers;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.FacilityService;
import org.visitdesk.app.Messages;
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
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.UiFixture;

/**
 * Two coordinators on one shared store (issue 12, "live"): what one saves shows in the other's calendar, its
 * conflicts panel and its closed days within two seconds, with no restart. The other's window is played by this
 * test's thread: it takes each change told, and reads the calendar again as the window does.
 */
class CalendarLiveRefreshTest {

    private static final Duration PROMISE = Duration.ofSeconds(2);
    private static final DateRange WEEK = DateRange.isoWeekOf(LocalDate.of(2026, 12, 7));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dir;

    private TestStores.Place place;
    private Workspace mine;
    private Workspace theirs;
    private CalendarViewModel model;
    private final BlockingQueue<ChangeByOthers> told = new LinkedBlockingQueue<>();
    private final List<ChangeByOthers> heard = new ArrayList<>();
    private long adelanto;

    /** A coordinator who moves nothing by dragging here. */
    private static final class NoMoves implements CalendarViewModel.MovePrompt {
        @Override
        public Optional<String> reasonToMoveAnyway(VisitListing visit, VisitChange change) {
            return Optional.empty();
        }

        @Override
        public void movedWithWarnings(VisitListing visit, List<ConflictNotice> warnings) {
        }

        @Override
        public void notMoved(VisitListing visit, VisitChange change) {
        }
    }

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        place = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("pg"));
        mine = Workspace.openShared(place.url(), place.password(), dir.resolve("mine"), UiFixture.clock());
        theirs = Workspace.openShared(place.url(), place.password(), dir.resolve("theirs"), UiFixture.clock());
        adelanto = mine.facilities().listAll().get(0).id();
        model = new CalendarViewModel(mine, Background.direct(), new NoMoves());
        mine.onChangesByOthers(told::add);
        model.visibleRangeProperty().set(WEEK);
        model.ensureLoaded(WEEK.first(), WEEK.last());
    }

    @AfterEach
    void close() {
        try {
            if (theirs != null) {
                theirs.close();
            }
            if (mine != null) {
                mine.close();
            }
        } finally {
            if (place != null) {
                place.close();
            }
        }
    }

    /** Plays the window until {@code shown} holds or the promise runs out: each change told, a read again. */
    private boolean shownWithinPromise(BooleanSupplier shown) throws InterruptedException {
        long deadline = System.nanoTime() + PROMISE.toNanos();
        while (!shown.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            ChangeByOthers c = told.poll(left, TimeUnit.NANOSECONDS);
            if (c != null) {
                heard.add(c);
                model.refresh(() -> { });
            }
        }
        return true;
    }

    /** True when a change of the kind was told already, or is within the promise. */
    private boolean toldWithinPromise(ChangeByOthers.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + PROMISE.toNanos();
        while (heard.stream().noneMatch(c -> c.kinds().contains(kind))) {
            ChangeByOthers c = told.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (c == null) {
                return false;
            }
            heard.add(c);
        }
        return true;
    }

    private long theyPlan(LocalDateTime start, String reason) {
        Detainee d = theirs.detainees().save(new Detainee(0, ANumber.parse("A999000071").orElseThrow(), "Uno",
                "Prueba", null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED,
                null, "")).saved();
        VisitChange c = theirs.schedule().plan(new Visit(0, d.id(), adelanto, start, start.plusHours(1), List.of(),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), reason);
        assertThat(c.isSaved()).as("their visit saved: %s", c.kind()).isTrue();
        return c.saved().id();
    }

    @Test
    void aVisitAnotherCoordinatorPlansShowsInTheCalendarAndItsConflictInThePanelWithinTwoSeconds()
            throws Exception {
        assertThat(model.entryOf(1)).isNull();
        // 15:00 on a Tuesday is outside West 3A's visiting hours: an error they planned with a reason
        long id = theyPlan(TUESDAY.atTime(15, 0), "Agreed with the facility");

        assertThat(shownWithinPromise(() -> model.entryOf(id) != null
                && model.shownConflicts().stream().anyMatch(d -> d.visitIds().contains(id)
                        && d.notice().conflict().code() == ConflictCode.OUTSIDE_VISITING_HOURS)))
                .as("their visit and its conflict shown within %s", PROMISE).isTrue();
        assertThat(model.entryOf(id).getStyleClass()).contains("visit-error");
        assertThat(toldWithinPromise(ChangeByOthers.Kind.VISITS)).as("told that visits changed").isTrue();
        assertThat(heard).allSatisfy(c -> assertThat(c.coordinator()).isEqualTo(place.url()
                .replaceFirst(".*[?&]user=([^&]+).*", "$1")));

        theirs.visits().cancel(id);
        assertThat(shownWithinPromise(() -> model.entryOf(id) != null
                && model.entryOf(id).getStyleClass().contains("visit-inactive")))
                .as("their cancel shown within %s", PROMISE).isTrue();
    }

    @Test
    void aDayAnotherCoordinatorClosesShowsAsClosedWithItsVisitInConflictWithinTwoSecondsThoughTheRulesWereReadBefore()
            throws Exception {
        LocalDate closedDay = TUESDAY;
        // in West 3A's Tuesday window: the checks here read the facility's rules (and keep them) with no closed day
        long id = theyPlan(closedDay.atTime(12, 10), "");
        assertThat(shownWithinPromise(() -> model.entryOf(id) != null)).isTrue();
        assertThat(model.conflictsOf(id)).noneMatch(c -> c.conflict().code() == ConflictCode.FACILITY_CLOSED);
        FacilityService.FacilityRules rules = theirs.facilities().rules(adelanto);
        List<BlackoutDay> closed = new ArrayList<>(rules.blackouts());
        closed.add(new BlackoutDay(0, adelanto, closedDay, null, "Lockdown (test)"));
        assertThat(theirs.facilities().save(new FacilityService.FacilityRules(rules.facility(), rules.windows(),
                closed)).isSaved()).isTrue();

        assertThat(closedDays()).isEmpty();
        assertThat(shownWithinPromise(() -> closedDays().contains(closedDay) && model.conflictsOf(id).stream()
                .anyMatch(c -> c.conflict().code() == ConflictCode.FACILITY_CLOSED)))
                .as("their closed day shown within %s", PROMISE).isTrue();
        assertThat(toldWithinPromise(ChangeByOthers.Kind.FACILITIES)).as("told that facilities changed").isTrue();
    }

    /** The days the calendar shows as closed (their entries, as CalendarFX finds them). */
    private List<LocalDate> closedDays() {
        List<LocalDate> out = new ArrayList<>();
        for (Calendar<?> c : model.source().getCalendars()) {
            c.findEntries(WEEK.first(), WEEK.last(), ZoneId.systemDefault()).values().forEach(es -> es.stream()
                    .filter(e -> e.getStyleClass().contains("closed-day")).forEach(e -> out.add(e.getStartDate())));
        }
        return out;
    }

    @Test
    void thisCoordinatorsOwnSavesAreNotToldAsOthers() throws Exception {
        mine.detainees().save(new Detainee(0, ANumber.parse("A999000072").orElseThrow(), "Dos", "Prueba", null,
                "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, ""));
        assertThat(told.poll(1, TimeUnit.SECONDS)).isNull();
    }
}
