package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Visit;
import org.visitdesk.scheduling.ConflictCode;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.UiFixture;

/** The calendar's state on a real sample store, without a window. */
class CalendarViewModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private Workspace ws;
    private CalendarViewModel model;
    private final List<CalendarViewModel.Move> moves = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, UiFixture.clock());
        ws.loadSampleData(SampleData.Size.DEFAULT, 7, f -> { });
        model = new CalendarViewModel(ws, Background.direct());
        model.setOnMove(moves::add);
        model.visibleRangeProperty().set(new LocalDate[] {MONDAY, MONDAY.plusDays(6)});
        model.ensureLoaded(MONDAY, MONDAY.plusDays(6));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<Entry<?>> entriesOfWeek() {
        List<Entry<?>> out = new ArrayList<>();
        for (Calendar<?> c : model.source().getCalendars()) {
            Map<LocalDate, List<Entry<?>>> found = c.findEntries(MONDAY, MONDAY.plusDays(6),
                    java.time.ZoneId.systemDefault());
            found.values().forEach(out::addAll);
        }
        return out.stream().distinct().toList();
    }

    @Test
    void everyVisitOfTheWeekBecomesAnEntryMarkedByItsWorstConflict() {
        List<VisitListing> visits = ws.visits().between(MONDAY, MONDAY.plusDays(6));
        List<Entry<?>> entries = entriesOfWeek().stream().filter(e -> e.getUserObject() instanceof VisitListing)
                .toList();
        assertThat(entries).hasSize(visits.size());
        for (Entry<?> e : entries) {
            long id = ((VisitListing) e.getUserObject()).visit().id();
            List<ConflictNotice> cs = model.conflictsOf(id);
            boolean error = cs.stream().anyMatch(ConflictNotice::isError);
            assertThat(e.getStyleClass().contains("visit-error")).as("error mark of visit %d", id).isEqualTo(error);
            assertThat(e.getStyleClass().contains("visit-warning")).isEqualTo(!error && !cs.isEmpty());
        }
        assertThat(entries).anySatisfy(e -> assertThat(e.getStyleClass()).contains("visit-error"));
    }

    @Test
    void closedDaysAreShownAndTheConflictsPanelListsTheWeek() {
        assertThat(entriesOfWeek()).anySatisfy(e -> assertThat(e.getStyleClass()).contains("closed-day"));
        assertThat(model.shownConflicts()).extracting(n -> n.conflict().code())
                .contains(ConflictCode.OUTSIDE_VISITING_HOURS, ConflictCode.VISITOR_DOUBLE_BOOKED,
                        ConflictCode.NO_VISITOR, ConflictCode.FACILITY_CLOSED);
        assertThat(model.shownConflicts()).allSatisfy(n -> assertThat(n.conflict().at().toLocalDate())
                .isBetween(MONDAY, MONDAY.plusDays(6)));
        model.errorsOnlyProperty().set(true);
        assertThat(model.shownConflicts()).isNotEmpty().allSatisfy(n -> assertThat(n.isError()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private Entry<VisitListing> cleanScheduledEntry() {
        return (Entry<VisitListing>) entriesOfWeek().stream()
                .filter(e -> e.getUserObject() instanceof VisitListing l && l.visit().status().isActive()
                        && model.conflictsOf(l.visit().id()).isEmpty() && !l.visitors().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void aDragThatBreaksARuleCanBeRevertedAndNothingIsSaved() {
        Entry<VisitListing> e = cleanScheduledEntry();
        Visit before = e.getUserObject().visit();
        e.setInterval(before.start().plusHours(2), before.end().plusHours(2));

        assertThat(moves).singleElement().satisfies(m -> {
            assertThat(m.moved().start()).isEqualTo(before.start().plusHours(2));
            assertThat(m.oldStart()).isEqualTo(before.start());
        });
        model.revert(moves.get(0));

        assertThat(e.getStartAsLocalDateTime()).isEqualTo(before.start());
        assertThat(ws.visits().byId(before.id()).orElseThrow().start()).isEqualTo(before.start());
        assertThat(moves).hasSize(1);
    }

    @Test
    void aMoveAnywayIsSavedWithItsReasonAndAMoveWithoutReasonIsNot() {
        Entry<VisitListing> e = cleanScheduledEntry();
        Visit before = e.getUserObject().visit();
        e.setInterval(before.start().plusHours(2), before.end().plusHours(2));
        CalendarViewModel.Move move = moves.get(0);

        model.saveMove(move, "", outcome -> assertThat(outcome.blockedByConflicts()).isTrue());
        assertThat(ws.visits().byId(before.id()).orElseThrow().start()).isEqualTo(before.start());

        e = model.entryOf(before.id());
        e.setInterval(before.start().plusHours(2), before.end().plusHours(2));
        model.saveMove(moves.get(moves.size() - 1), "Facility confirmed by phone",
                outcome -> assertThat(outcome.isSaved()).isTrue());
        Visit after = ws.visits().byId(before.id()).orElseThrow();
        assertThat(after.start()).isEqualTo(before.start().plusHours(2));
        assertThat(after.overrideReason()).isEqualTo("Facility confirmed by phone");
        assertThat(model.entryOf(before.id()).getStyleClass()).contains("visit-error");
    }
}
