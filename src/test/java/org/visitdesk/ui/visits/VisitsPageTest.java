package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** Plans visits through the real dialog into a real store holding a few made-up people. */
@ExtendWith(ApplicationExtension.class)
class VisitsPageTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee dos;
    private Visitor alfa;

    /**
     * Two visits in the two weeks shown first (a clean one, one outside visiting hours saved with a reason), and a
     * person with a volunteer and nothing planned yet.
     */
    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor beta = TestRecords.volunteer(ws, "Beta");
            alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            dos = TestRecords.person(ws, "A999000002", "Dos", "West 3A");
            TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 1).atTime(12, 10), List.of(beta),
                "Recorded afterwards");
            TestRecords.visit(ws, uno, TestRecords.TUESDAY.atTime(15, 0), List.of(beta), "Agreed with the facility");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void tableShowsTheRangeAndAVisitAddedThroughTheDialogIsSaved(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        TableView<VisitRow> table = robot.lookup("#visit-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#visits-from").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // the line of the visit outside visiting hours carries a conflict marker, the clean one none
        assertThat(robot.lookup(".conflict-marker").queryAll()).hasSize(1);

        // Thursday 10 December, West 3A's window: free for Dos and Alfa
        LocalDateTime start = TestRecords.TUESDAY.plusDays(2).atTime(12, 10);
        long before = app.workspace.visits().count();
        robot.clickOn("#visit-add");
        app.waitIdle();
        pickDetainee(robot, dos);
        pickVisitor(robot, alfa);
        typeDate(robot, start.toLocalDate());
        robot.clickOn("#field-start").write("12:10");
        assertThat(robot.lookup("#field-end").queryAs(TextField.class).getText())
                .as("the end follows the start by an hour").isEqualTo("13:10");
        waitForCheck(robot, () -> robot.lookup("#visit-conflicts").queryAs(VBox.class).getChildren().stream()
                .anyMatch(n -> n.getStyleClass().contains("success")));

        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(robot.lookup("#dialog-save").tryQuery()).as("the dialog closed once saved").isEmpty();
        assertThat(app.workspace.visits().count()).isEqualTo(before + 1);
        List<Visit> saved = app.workspace.visits().ofDetainee(dos.id(), start, start.plusMinutes(1));
        assertThat(saved).singleElement().satisfies(v -> {
            assertThat(v.end()).isEqualTo(start.plusHours(1));
            assertThat(v.visitorIds()).containsExactly(alfa.id());
            assertThat(v.facilityId()).isEqualTo(dos.facilityId());
            assertThat(v.overrideReason()).isEmpty();
        });
        app.waitIdle();
        assertThat(table.getItems()).extracting(VisitRow::id).contains(saved.get(0).id()).hasSize(3);
    }

    @Test
    void visitOutsideVisitingHoursShowsTheConflictLiveAndNeedsAReason(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        long before = app.workspace.visits().count();
        robot.clickOn("#visit-add");
        app.waitIdle();
        pickDetainee(robot, dos);
        pickVisitor(robot, alfa);
        // Monday afternoon: no housing unit at Adelanto has visiting hours then
        LocalDate monday = LocalDate.of(2026, 12, 14);
        typeDate(robot, monday);
        robot.clickOn("#field-start").write("15:00");
        waitForCheck(robot, () -> codes(robot).contains(ConflictCode.OUTSIDE_VISITING_HOURS));
        Label shown = conflictLabels(robot).stream()
                .filter(l -> l.getUserData() == ConflictCode.OUTSIDE_VISITING_HOURS).findFirst().orElseThrow();
        assertThat(shown.getText()).contains("outside visiting hours");
        assertThat(shown.getStyleClass()).contains("danger");

        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(app.workspace.visits().count()).as("not saved without a reason").isEqualTo(before);
        TextField reason = robot.lookup("#visit-override-reason").queryAs(TextField.class);
        assertThat(reason.isVisible()).isTrue();
        // a blank reason still saves nothing, and what was typed stays
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(app.workspace.visits().count()).isEqualTo(before);
        assertThat(robot.lookup("#field-start").queryAs(TextField.class).getText()).isEqualTo("15:00");
        assertThat(reason.getStyleClass()).contains("error");

        robot.clickOn(reason).write("Agreed by phone with the facility");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(robot.lookup("#dialog-save").tryQuery()).as("the dialog closed once saved").isEmpty();
        assertThat(app.workspace.visits().count()).isEqualTo(before + 1);
        assertThat(app.workspace.visits().ofDetainee(dos.id(), monday.atTime(15, 0),
                monday.atTime(15, 1))).singleElement().satisfies(v -> {
                    assertThat(v.end()).isEqualTo(monday.atTime(16, 0));
                    assertThat(v.overrideReason()).isEqualTo("Agreed by phone with the facility");
                });
    }

    @Test
    void ctrlNPlansAVisitOnThisPageAndAddsAPersonOnTheDetaineesPage(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.SHORTCUT);
        app.waitIdle();
        assertThat(robot.lookup("#field-detainee").tryQuery()).as("the visit dialog").isPresent();
        assertThat(robot.lookup("#field-aNumber").tryQuery()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        app.waitIdle();

        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.SHORTCUT);
        app.waitIdle();
        assertThat(robot.lookup("#field-aNumber").tryQuery()).as("the detainee dialog").isPresent();
        assertThat(robot.lookup("#field-detainee").tryQuery()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    private void pickDetainee(FxRobot robot, Detainee d) {
        String display = d.aNumber().display();
        // part of the A-number, as read from a letter: the last six digits with their dash
        robot.clickOn("#field-detainee").write(display.substring(display.length() - 7));
        chooseSuggestion(robot, display);
        assertThat(robot.lookup("#visit-detainee-details").queryAs(Label.class).getText())
                .contains(d.housingUnit());
    }

    private void pickVisitor(FxRobot robot, Visitor v) {
        robot.clickOn("#visit-visitor-search").write(v.givenName() + " " + v.familyName());
        chooseSuggestion(robot, v.fullName());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-visitors").queryListView().getItems()).extracting(x -> ((Visitor) x).id())
                .containsExactly(v.id());
    }

    private static void typeDate(FxRobot robot, LocalDate day) {
        DatePicker picker = robot.lookup("#field-date").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write(day.toString());
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

    private static List<Label> conflictLabels(FxRobot robot) {
        return robot.lookup("#visit-conflicts .conflict").queryAllAs(Label.class).stream().toList();
    }

    private static List<ConflictCode> codes(FxRobot robot) {
        return conflictLabels(robot).stream().map(l -> (ConflictCode) l.getUserData()).toList();
    }

    private void waitForCheck(FxRobot robot, java.util.concurrent.Callable<Boolean> done) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                app.waitIdle();
                return done.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the live check did not show what was expected; shown: " + codes(robot), e);
        }
    }
}
