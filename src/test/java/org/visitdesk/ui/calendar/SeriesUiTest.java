package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.ui.TestRecords.TUESDAY;

import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.EntryViewBase;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.SeriesService;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.visits.VisitForm;
import org.visitdesk.ui.visits.VisitRow;

/**
 * A weekly series planned from the calendar's visit dialog, in the real window: eight Tuesdays at 12:10 for Uno
 * with Alfa, of which the fourth double-books Uno (a single visit is planned then) and is left out; then one visit
 * of the series moved alone by a drag, and the rest of it cancelled from one visit on.
 */
@ExtendWith(ApplicationExtension.class)
class SeriesUiTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee uno;
    private Visitor alfa;
    private Visit single;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            alfa = TestRecords.volunteer(ws, "Alfa");
            uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            single = TestRecords.visit(ws, uno, TUESDAY.plusWeeks(3).atTime(12, 10), List.of(), "");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Uno's visits from the first Tuesday on, by start. */
    private List<Visit> unosVisits() {
        return app.workspace.visits().ofDetainee(uno.id(), TUESDAY.atStartOfDay(),
                TUESDAY.plusWeeks(10).atStartOfDay());
    }

    /** Plans the series through the dialog and its preview, leaving the conflicting Tuesday out as offered. */
    private void planWeeklySeriesOfEight(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#calendar-new-visit");
        app.waitIdle();
        assertThat(robot.lookup("#visit-repeat-times").queryAs(TextField.class).isVisible())
                .as("no times while the visit does not repeat").isFalse();
        pickDetainee(robot, uno);
        pickVisitor(robot, alfa);
        DatePicker picker = robot.lookup("#field-date").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write(TUESDAY.toString());
        robot.clickOn("#field-start").write("12:10");
        @SuppressWarnings("unchecked")
        ComboBox<VisitForm.Repeating> repeat = robot.lookup("#visit-repeat").queryAs(ComboBox.class);
        robot.interact(() -> repeat.setValue(VisitForm.Repeating.EVERY_WEEK));
        WaitForAsyncUtils.waitForFxEvents();
        TextField times = robot.lookup("#visit-repeat-times").queryAs(TextField.class);
        assertThat(times.isVisible()).isTrue();
        assertThat(times.getText()).as("eight by default").isEqualTo("8");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(robot.lookup("#series-dialog").tryQuery()).as("the preview of the series").isPresent();
        for (int i = 0; i < 8; i++) {
            CheckBox tick = robot.lookup("#series-occurrence-" + i).queryAs(CheckBox.class);
            assertThat(tick.getText()).as("visit %d", i).contains("12:10");
            assertThat(tick.isSelected()).as("visit %d ticked", i).isEqualTo(i != 3);
        }
        VBox fourth = (VBox) robot.lookup("#series-occurrence-3").queryAs(CheckBox.class).getParent();
        assertThat(((Label) fourth.getChildren().get(1)).getText()).startsWith("\u2716 ").contains("Uno");
        assertThat(robot.lookup("#series-reason-box").query().isVisible())
                .as("no reason asked while the visit that breaks a rule is left out").isFalse();
        robot.clickOn("#series-save");
        app.waitIdle();
        assertThat(robot.lookup("#series-dialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#dialog-save").tryQuery()).as("the visit dialog closed once saved").isEmpty();
    }

    @Test
    void aWeeklySeriesOfEightLeavesTheConflictingTuesdayOutAndOneVisitMovesAlone(FxRobot robot) {
        planWeeklySeriesOfEight(robot);

        List<Visit> visits = unosVisits();
        assertThat(visits).hasSize(8);
        List<Visit> series = visits.stream().filter(v -> v.id() != single.id()).toList();
        assertThat(series).extracting(Visit::start).containsExactly(TUESDAY.atTime(12, 10),
                TUESDAY.plusWeeks(1).atTime(12, 10), TUESDAY.plusWeeks(2).atTime(12, 10),
                TUESDAY.plusWeeks(4).atTime(12, 10), TUESDAY.plusWeeks(5).atTime(12, 10),
                TUESDAY.plusWeeks(6).atTime(12, 10), TUESDAY.plusWeeks(7).atTime(12, 10));
        assertThat(series).allMatch(v -> v.visitorIds().equals(List.of(alfa.id())));
        long seriesId = app.workspace.series().membership(series.get(0).id()).orElseThrow().seriesId();
        assertThat(series).allMatch(v -> app.workspace.series().membership(v.id()).orElseThrow().seriesId()
                == seriesId);

        // the first Tuesday dragged down, out of the visiting window: only this visit, with a reason
        CalendarView view = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        Visit first = series.get(0);
        EntryViewBase<?> entry = entryView(robot, view, first);
        drag(robot, entry, 120);
        app.waitIdle();
        assertThat(robot.lookup("#series-scope").tryQuery()).as("which visits of the series move").isPresent();
        robot.clickOn("#series-only-this");
        app.waitIdle();
        robot.clickOn("#move-reason").write("Agreed with the facility");
        robot.clickOn("#move-anyway");
        app.waitIdle();

        Visit moved = app.workspace.visits().byId(first.id()).orElseThrow();
        assertThat(moved.start()).isAfter(first.start());
        assertThat(moved.overrideReason()).isEqualTo("Agreed with the facility");
        for (Visit v : series.subList(1, series.size())) {
            assertThat(app.workspace.visits().byId(v.id()).orElseThrow()).as("the others stay").isEqualTo(v);
        }
        assertThat(app.workspace.series().membership(first.id()).orElseThrow().seriesId())
                .as("moved alone, still in its series").isEqualTo(seriesId);
    }

    @Test
    void theRestOfASeriesIsCancelledFromOneVisitOn(FxRobot robot) {
        planWeeklySeriesOfEight(robot);
        List<Visit> series = unosVisits().stream().filter(v -> v.id() != single.id()).toList();
        Visit third = series.get(2);
        CalendarView view = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        EntryViewBase<?> entry = entryView(robot, view, third);
        // a double click shows the visit's popover, with what can be done with it
        robot.doubleClickOn(entry, MouseButton.PRIMARY);
        app.waitIdle();
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Cancel visit".equals(b.getText())
                && b.isVisible()).queryButton());
        app.waitIdle();
        assertThat(robot.lookup("#series-scope").tryQuery()).isPresent();
        robot.clickOn("#series-following");
        app.waitIdle();

        assertThat(series).extracting(v -> app.workspace.visits().byId(v.id()).orElseThrow().status())
                .containsExactly(VisitStatus.SCHEDULED, VisitStatus.SCHEDULED, VisitStatus.CANCELLED,
                        VisitStatus.CANCELLED, VisitStatus.CANCELLED, VisitStatus.CANCELLED, VisitStatus.CANCELLED);
        assertThat(app.workspace.visits().byId(single.id()).orElseThrow().status())
                .as("the single visit is in no series").isEqualTo(VisitStatus.SCHEDULED);
    }

    @Test
    void onTheVisitsPageOneVisitOfASeriesIsCancelledAlone(FxRobot robot) {
        Visit first = app.workspace.visits().byId(single.id()).orElseThrow().withId(0)
                .withTime(TUESDAY.atTime(12, 10), TUESDAY.atTime(13, 10));
        List<Visit> series = app.workspace.series().save(Repeat.times(1, 3), app.workspace.series()
                .preview(first, Repeat.times(1, 3)).occurrences().stream().map(SeriesService.Occurrence::visit)
                .toList(), "").saved();
        assertThat(series).hasSize(3);
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        TableView<VisitRow> table = robot.lookup("#visit-table").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(r -> r.id() == series.get(0).id()).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.clickOn("#visit-cancel");
        app.waitIdle();
        assertThat(robot.lookup("#series-scope").tryQuery()).isPresent();
        // only this visit is the default: Enter
        robot.type(KeyCode.ENTER);
        app.waitIdle();
        assertThat(series).extracting(v -> app.workspace.visits().byId(v.id()).orElseThrow().status())
                .containsExactly(VisitStatus.CANCELLED, VisitStatus.SCHEDULED, VisitStatus.SCHEDULED);
    }

    @Test
    void aNewDayInTheVisitDialogMovesThisAndTheFollowing(FxRobot robot) {
        Visit template = app.workspace.visits().byId(single.id()).orElseThrow().withId(0)
                .withTime(TUESDAY.atTime(12, 10), TUESDAY.atTime(13, 10));
        List<Visit> series = app.workspace.series().save(Repeat.times(1, 3), app.workspace.series()
                .preview(template, Repeat.times(1, 3)).occurrences().stream().map(SeriesService.Occurrence::visit)
                .toList(), "").saved();
        app.waitIdle();
        CalendarView view = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        robot.interact(view::refreshData);
        app.waitIdle();
        Visit second = series.get(1);
        robot.doubleClickOn(entryView(robot, view, second), MouseButton.PRIMARY);
        app.waitIdle();
        robot.clickOn("#popover-edit");
        app.waitIdle();
        assertThat(robot.lookup("#visit-repeat").tryQuery()).as("a saved visit does not repeat").isEmpty();
        DatePicker picker = robot.lookup("#field-date").queryAs(DatePicker.class);
        robot.interact(() -> picker.getEditor().setText(second.day().plusDays(2).toString()));
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(robot.lookup("#series-scope").tryQuery()).as("which visits of the series move").isPresent();
        robot.clickOn("#series-following");
        app.waitIdle();

        assertThat(robot.lookup("#dialog-save").tryQuery()).as("the dialog closed once saved").isEmpty();
        assertThat(series).extracting(v -> app.workspace.visits().byId(v.id()).orElseThrow().start())
                .containsExactly(TUESDAY.atTime(12, 10), TUESDAY.plusWeeks(1).plusDays(2).atTime(12, 10),
                        TUESDAY.plusWeeks(2).plusDays(2).atTime(12, 10));
    }

    /** Shows a visit's day as a day page and returns its entry view there. */
    private EntryViewBase<?> entryView(FxRobot robot, CalendarView view, Visit v) {
        robot.interact(() -> {
            view.setDate(v.day());
            view.showDayPage();
            view.setRequestedTime(LocalTime.of(11, 0));
        });
        app.waitIdle();
        DayView day = view.getDayPage().getDetailedDayView().getDayView();
        EntryViewBase<?> found = day.findEntryView(UiFixture.entryOf(view, v));
        assertThat(found).as("the visit is drawn on its day").isNotNull();
        return found;
    }

    private static void drag(FxRobot robot, EntryViewBase<?> view, double pixels) {
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2)
                .press(MouseButton.PRIMARY)
                .moveBy(0, pixels / 3).moveBy(0, pixels / 3).moveBy(0, pixels / 3)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pickDetainee(FxRobot robot, Detainee d) {
        String display = d.aNumber().display();
        robot.clickOn("#field-detainee").write(display.substring(display.length() - 7));
        chooseSuggestion(robot, display);
    }

    private void pickVisitor(FxRobot robot, Visitor v) {
        robot.clickOn("#visit-visitor-search").write(v.givenName() + " " + v.familyName());
        chooseSuggestion(robot, v.fullName());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the auto-completion suggestion whose text contains {@code text}. */
    private static void chooseSuggestion(FxRobot robot, String text) {
        Supplier<java.util.Optional<Node>> cell = () -> robot.lookup(".auto-complete-popup .list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getText() != null && c.getText().contains(text)
                        && c.isVisible())
                .tryQuery();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell.get().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no suggestion containing " + text, e);
        }
        robot.clickOn(cell.get().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
