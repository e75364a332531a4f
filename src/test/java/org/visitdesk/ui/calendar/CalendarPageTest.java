package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.ui.TestRecords.TUESDAY;

import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.EntryViewBase;
import com.calendarfx.view.WeekDayView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * The calendar in the real window on a store with three visits in the week of Tuesday 8 December: a clean one
 * (Tuesday 12:10 with Alfa, the one dragged), one outside visiting hours saved with a reason (Tuesday 15:00 with
 * Beta), one without a visitor (Thursday 12:10).
 */
@ExtendWith(ApplicationExtension.class)
class CalendarPageTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Visit clean;
    private Visit outside;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Visitor beta = TestRecords.volunteer(ws, "Beta");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Detainee dos = TestRecords.person(ws, "A999000002", "Dos", "West 3B");
            Detainee tres = TestRecords.person(ws, "A999000003", "Tres", "West 3A");
            clean = TestRecords.visit(ws, uno, TUESDAY.atTime(12, 10), List.of(alfa), "");
            outside = TestRecords.visit(ws, dos, TUESDAY.atTime(15, 0), List.of(beta), "Agreed with the facility");
            TestRecords.visit(ws, tres, TUESDAY.plusDays(2).atTime(12, 10), List.of(), "");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private CalendarView calendar(FxRobot robot) {
        app.waitIdle();
        return robot.lookup("#calendar-view").queryAs(CalendarView.class);
    }

    @Test
    void opensOnTheWeekWithItsConflictsListedByDay(FxRobot robot) {
        CalendarView view = calendar(robot);
        robot.interact(() -> view.setDate(TUESDAY));
        app.waitIdle();
        ListView<Object> list = robot.lookup("#conflict-list").queryListView();
        assertThat(list.getItems()).filteredOn(i -> i instanceof LocalDate)
                .containsExactly(TUESDAY, TUESDAY.plusDays(2));
        assertThat(list.getItems()).filteredOn(i -> i instanceof CalendarViewModel.DayConflict)
                .extracting(i -> ((CalendarViewModel.DayConflict) i).notice().conflict().code())
                .containsExactly(ConflictCode.OUTSIDE_VISITING_HOURS, ConflictCode.NO_VISITOR);

        robot.interact(() -> list.getSelectionModel().select(1));
        app.waitIdle();
        assertThat(view.getSelections()).extracting(e -> ((VisitListing) e.getUserObject()).visit().id())
                .containsExactly(outside.id());
    }

    /**
     * The hours outside the visiting windows are shaded in every column of the week: on Wednesday all but Admin
     * Seg's 11:00-12:00, on Tuesday the gaps between the units' windows; once a West 3A visit is chosen, all but
     * West 3A's windows, and the legend says so.
     */
    @Test
    void theWeekShadesTheHoursOutsideTheWindowsAndThoseOfTheChosenVisitsUnit(FxRobot robot) {
        CalendarView view = calendar(robot);
        robot.interact(() -> view.setDate(TUESDAY));
        app.waitIdle();
        for (int d = 0; d < 7; d++) {
            assertThat(shaded(robot, TUESDAY.minusDays(1).plusDays(d))).as("shades of day %d", d).isNotEmpty();
        }
        assertThat(shaded(robot, TUESDAY.plusDays(1))).containsExactly("06:30-11:00", "12:00-18:00");
        assertThat(shaded(robot, TUESDAY)).containsExactly("06:30-11:00", "12:00-12:10", "13:10-13:30",
                "14:30-14:40", "15:40-16:00", "17:00-18:00");
        Label legend = robot.lookup("#calendar-legend-hours").queryAs(Label.class);
        assertThat(legend.getText()).isEqualTo("shaded: no unit takes visits");

        EntryViewBase<?> entry = view.getWeekPage().getDetailedWeekView().getWeekView()
                .lookupAll(".default-style-entry").stream().map(n -> (EntryViewBase<?>) n)
                .filter(e -> e.getEntry() == UiFixture.entryOf(view, clean)).findFirst().orElseThrow();
        robot.clickOn(entry);
        app.waitIdle();
        assertThat(shaded(robot, TUESDAY)).containsExactly("06:30-12:10", "13:10-18:00");
        assertThat(shaded(robot, TUESDAY.plusDays(1))).containsExactly("06:30-18:00");
        assertThat(legend.getText()).isEqualTo("shaded: West 3A takes no visits (the unit of the chosen visit)");
    }

    /** The shaded stretches drawn in a week column, as times read back from where they are drawn. */
    private static List<String> shaded(FxRobot robot, LocalDate day) {
        WeekDayView column = robot.lookup(n -> n instanceof WeekDayView w && day.equals(w.getDate()))
                .queryAs(WeekDayView.class);
        return column.lookupAll(".closed-hours").stream().filter(Node::isVisible).map(n -> (Region) n)
                .sorted(Comparator.comparingDouble(Region::getLayoutY))
                .map(r -> timeAt(column, r.getLayoutY()) + "-" + timeAt(column, r.getLayoutY() + r.getHeight()))
                .toList();
    }

    /** The time at a height of a column, to the nearest five minutes (the shades lie on whole pixels). */
    private static LocalTime timeAt(WeekDayView column, double y) {
        LocalTime t = column.getZonedDateTimeAt(0, y).toLocalTime();
        int minutes = (int) Math.round((t.toSecondOfDay() / 60.0) / 5) * 5;
        return LocalTime.MIDNIGHT.plusMinutes(minutes);
    }

    /**
     * The first click on a conflict after moving to another week once failed: the selection of the week before
     * pointed into the list it had then (an IndexOutOfBoundsException, "Something unexpected went wrong").
     */
    @Test
    void theFirstClickOnAConflictAfterChangingWeekShowsItsVisit(FxRobot robot) {
        CalendarView view = calendar(robot);
        List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        ListView<Object> list = robot.lookup("#conflict-list").queryListView();
        robot.interact(() -> view.setDate(TUESDAY));
        app.waitIdle();
        clickRow(robot, list, 3);
        // to the week after (no conflict) and back
        for (int weeks : List.of(1, -1)) {
            robot.interact(() -> view.setDate(view.getDate().plusWeeks(weeks)));
            app.waitIdle();
        }
        assertThat(list.getItems()).hasSize(4);

        for (int row : List.of(1, 3)) {
            clickRow(robot, list, row);
            assertThat(uncaught).as("errors after clicking row %d", row).isEmpty();
            assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(row);
        }
        clickRow(robot, list, 1);
        assertThat(view.getSelections()).extracting(e -> ((VisitListing) e.getUserObject()).visit().id())
                .containsExactly(outside.id());
        assertThat(uncaught).isEmpty();
    }

    private void clickRow(FxRobot robot, ListView<Object> list, int row) {
        Node cell = robot.lookup(".list-cell").match(c -> c instanceof javafx.scene.control.ListCell<?> lc
                && lc.getListView() == list && lc.getIndex() == row).query();
        robot.clickOn(cell);
        app.waitIdle();
    }

    /** Shows the Tuesday as a day page and returns the clean visit's entry view on it. */
    private EntryViewBase<?> cleanEntryView(FxRobot robot, CalendarView view) {
        robot.interact(() -> {
            view.setDate(TUESDAY);
            view.showDayPage();
            view.setRequestedTime(LocalTime.of(11, 0));
        });
        app.waitIdle();
        DayView day = view.getDayPage().getDetailedDayView().getDayView();
        EntryViewBase<?> v = day.findEntryView(UiFixture.entryOf(view, clean));
        assertThat(v).as("the clean visit is drawn on the day page").isNotNull();
        Bounds b = v.localToScreen(v.getBoundsInLocal());
        Window w = v.getScene().getWindow();
        assertThat(b.getMaxY() + 150).as("room below the visit to drag it").isLessThan(w.getY() + w.getHeight());
        return v;
    }

    private void dragDown(FxRobot robot, EntryViewBase<?> view, double pixels) {
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2)
                .press(MouseButton.PRIMARY)
                .moveBy(0, pixels / 3).moveBy(0, pixels / 3).moveBy(0, pixels / 3)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDragOutsideVisitingHoursSaysSoAndKeepingTheOldTimeSavesNothing(FxRobot robot) {
        CalendarView view = calendar(robot);
        dragDown(robot, cleanEntryView(robot, view), 120);
        app.waitIdle();

        assertThat(robot.lookup("#move-breaks").queryAs(Label.class).getText())
                .startsWith("\u2716 The visit with Prueba Uno at 1").contains("is outside visiting hours")
                .doesNotContain("\n");
        robot.clickOn("#keep-old-time");
        app.waitIdle();

        assertThat(app.workspace.visits().byId(clean.id()).orElseThrow()).isEqualTo(clean);
        assertThat(UiFixture.entryOf(view, clean).getStartAsLocalDateTime()).isEqualTo(clean.start());
    }

    @Test
    void moveAnywayNeedsAReasonAndStoresIt(FxRobot robot) {
        CalendarView view = calendar(robot);
        dragDown(robot, cleanEntryView(robot, view), 120);
        app.waitIdle();
        assertThat(robot.lookup("#move-anyway").queryButton().isDisabled()).isTrue();
        robot.clickOn("#move-reason").write("Confirmed by phone");
        robot.clickOn("#move-anyway");
        app.waitIdle();

        Visit after = app.workspace.visits().byId(clean.id()).orElseThrow();
        assertThat(after.start()).isAfter(clean.start());
        assertThat(after.overrideReason()).isEqualTo("Confirmed by phone");
        assertThat(UiFixture.entryOf(view, after).getStyleClass()).contains("visit-error");
    }

    @Test
    void doubleClickOnAnEmptyTimeOpensTheVisitDialogFilledIn(FxRobot robot) {
        CalendarView view = calendar(robot);
        robot.interact(() -> {
            view.setDate(TUESDAY);
            view.showDayPage();
        });
        app.waitIdle();
        DayView day = view.getDayPage().getDetailedDayView().getDayView();
        ZonedDateTime nine = TUESDAY.atTime(9, 0).atZone(ZoneId.systemDefault());
        Point2D at = day.localToScreen(day.getWidth() / 2, day.getLocation(nine) + 4);
        robot.moveTo(at).doubleClickOn(MouseButton.PRIMARY);
        app.waitIdle();

        assertThat(robot.lookup("#field-date").queryAs(DatePicker.class).getValue()).isEqualTo(TUESDAY);
        assertThat(robot.lookup("#field-start").queryAs(TextField.class).getText()).startsWith("09:");
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
        assertThat(app.workspace.visits().count()).as("the three visits of the fixture, no more").isEqualTo(3);
    }

    @Test
    void dayWeekAndMonthAreTheAppsButtonsAndKeepTheirWordsWhole(FxRobot robot) {
        CalendarView view = calendar(robot);
        List<ToggleButton> buttons = List.of(robot.lookup("#calendar-day").queryAs(ToggleButton.class),
                robot.lookup("#calendar-week").queryAs(ToggleButton.class),
                robot.lookup("#calendar-month").queryAs(ToggleButton.class));
        assertThat(buttons).extracting(ToggleButton::getText).containsExactly("Day", "Week", "Month");
        assertThat(buttons.get(1).isSelected()).as("the week is shown first").isTrue();

        // as narrow as the window opens by default, or narrower: that is when CalendarFX's own switch was cut
        Window window = buttons.get(0).getScene().getWindow();
        robot.interact(() -> window.setWidth(1100));
        app.waitIdle();
        for (ToggleButton b : buttons) {
            assertThat(b.getWidth()).as("width of %s", b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }

        robot.clickOn("#calendar-month");
        app.waitIdle();
        assertThat(view.getSelectedPage()).isEqualTo(CalendarView.Page.MONTH);
        robot.clickOn("#calendar-month");
        app.waitIdle();
        assertThat(buttons.get(2).isSelected()).as("a click on the page shown keeps it shown").isTrue();
    }
}
