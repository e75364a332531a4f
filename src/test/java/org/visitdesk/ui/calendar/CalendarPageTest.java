package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import com.calendarfx.view.EntryViewBase;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visit;
import org.visitdesk.ui.UiFixture;

/** The calendar in the real window on a real sample store: conflicts shown, drags checked before saving. */
@ExtendWith(ApplicationExtension.class)
class CalendarPageTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dir;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.startWithSample(stage, dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private CalendarPage page(FxRobot robot) {
        app.waitIdle();
        return (CalendarPage) app.window.pageShown();
    }

    @Test
    void opensOnTheWeekWithItsConflictsListedByDay(FxRobot robot) {
        CalendarPage page = page(robot);
        robot.interact(() -> page.calendarView().setDate(TUESDAY));
        app.waitIdle();
        ListView<?> list = robot.lookup("#conflict-list").queryListView();
        assertThat(list.getItems()).anySatisfy(i -> assertThat(i).isInstanceOf(LocalDate.class));
        assertThat(list.getItems()).filteredOn(i -> i instanceof ConflictNotice).isNotEmpty();

        ConflictNotice first = (ConflictNotice) list.getItems().stream().filter(i -> i instanceof ConflictNotice)
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().indexOf(first)));
        app.waitIdle();
        assertThat(page.calendarView().getSelections()).extracting(e -> ((VisitListing) e.getUserObject()).visit().id())
                .containsAnyElementsOf(first.conflict().visitIds());
    }

    private EntryViewBase<?> cleanEntryView(FxRobot robot, CalendarPage page) {
        robot.interact(() -> {
            page.calendarView().setDate(TUESDAY);
            page.calendarView().showDayPage();
            page.calendarView().setRequestedTime(java.time.LocalTime.of(11, 0));
        });
        app.waitIdle();
        return robot.lookup(".default-style-entry").queryAllAs(EntryViewBase.class).stream()
                .filter(v -> v instanceof com.calendarfx.view.DayEntryView && v.isVisible() && v.getEntry().getUserObject() instanceof VisitListing l
                        && l.visit().status().isActive() && page.model().conflictsOf(l.visit().id()).isEmpty()
                        && v.getWidth() > 20 && v.getHeight() > 20 && onScreen(robot, v))
                .findFirst().orElseThrow();
    }

    /** True when the whole entry is inside the window, with room below it to drag. */
    private static boolean onScreen(FxRobot robot, EntryViewBase<?> v) {
        Bounds b = v.localToScreen(v.getBoundsInLocal());
        javafx.stage.Window w = v.getScene().getWindow();
        return b.getMinY() > w.getY() + 150 && b.getMaxY() + 150 < w.getY() + w.getHeight();
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
    void aDragOutsideVisitingHoursAsksAndKeepTheOldTimeSavesNothing(FxRobot robot) {
        CalendarPage page = page(robot);
        EntryViewBase<?> view = cleanEntryView(robot, page);
        Visit before = ((VisitListing) view.getEntry().getUserObject()).visit();

        dragDown(robot, view, 120);
        app.waitIdle();
        assertThat(page.model().entryOf(before.id()).getStartAsLocalDateTime()).as("the drag moved the entry")
                .isNotEqualTo(before.start());
        robot.clickOn("#keep-old-time");
        app.waitIdle();

        assertThat(app.workspace.visits().byId(before.id()).orElseThrow().start()).isEqualTo(before.start());
        assertThat(page.model().entryOf(before.id()).getStartAsLocalDateTime()).isEqualTo(before.start());
    }

    @Test
    void moveAnywayNeedsAReasonAndStoresIt(FxRobot robot) {
        CalendarPage page = page(robot);
        EntryViewBase<?> view = cleanEntryView(robot, page);
        Visit before = ((VisitListing) view.getEntry().getUserObject()).visit();

        dragDown(robot, view, 120);
        app.waitIdle();
        assertThat(robot.lookup("#move-anyway").queryButton().isDisabled()).isTrue();
        robot.clickOn("#move-reason").write("Confirmed by phone");
        robot.clickOn("#move-anyway");
        app.waitIdle();

        Visit after = app.workspace.visits().byId(before.id()).orElseThrow();
        assertThat(after.start()).isAfter(before.start());
        assertThat(after.overrideReason()).isEqualTo("Confirmed by phone");
    }

    @Test
    void doubleClickOnAnEmptyTimeOpensTheVisitDialogFilledIn(FxRobot robot) {
        CalendarPage page = page(robot);
        robot.interact(() -> {
            page.calendarView().setDate(TUESDAY);
            page.calendarView().showDayPage();
        });
        app.waitIdle();
        com.calendarfx.view.DayView day = page.calendarView().getDayPage().getDetailedDayView().getDayView();
        java.time.ZonedDateTime nine = TUESDAY.atTime(9, 0).atZone(java.time.ZoneId.systemDefault());
        double y = day.getLocation(nine);
        javafx.geometry.Point2D at = day.localToScreen(day.getWidth() / 2, y + 4);
        robot.moveTo(at).doubleClickOn(MouseButton.PRIMARY);
        app.waitIdle();

        javafx.scene.control.DatePicker date = robot.lookup("#field-date").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(date.getValue()).isEqualTo(TUESDAY);
        javafx.scene.control.TextField start = robot.lookup("#field-start").queryAs(javafx.scene.control.TextField.class);
        assertThat(start.getText()).startsWith("09:");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        app.waitIdle();
        assertThat(app.workspace.visits().between(new DateRange(TUESDAY, TUESDAY))).noneMatch(
                l -> l.visit().start().getHour() == 9);
    }

    @Test
    void theDayWeekMonthSwitchShowsItsWordsWhole(FxRobot robot) {
        page(robot);
        java.util.Set<javafx.scene.control.ToggleButton> buttons = robot.lookup(".segmented-button .toggle-button")
                .queryAllAs(javafx.scene.control.ToggleButton.class);
        assertThat(buttons).hasSize(3);
        // as narrow as the window opens by default, or narrower: that is when the switch was cut
        javafx.stage.Window window = buttons.iterator().next().getScene().getWindow();
        robot.interact(() -> window.setWidth(1100));
        app.waitIdle();
        for (javafx.scene.control.ToggleButton b : buttons) {
            // the text drawn by the skin is the button's whole text, not cut with an ellipsis
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) b.lookup(".text");
            assertThat(drawn.getText()).as("switch button").isEqualTo(b.getText());
        }
    }
}
