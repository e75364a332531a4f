package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.FreeTime;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.UiFixture;

/** Plans visits through the real dialog into a real store filled with made-up sample people. */
@ExtendWith(ApplicationExtension.class)
class VisitsPageTest {

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

    /** A detained person, a cleared volunteer and a free slot for both. */
    private record Plan(Detainee detainee, Visitor visitor, FreeTime slot) {
    }

    private Plan plan(Set<Long> avoidDetainees) {
        List<Visitor> cleared = app.workspace.visitors().listAll().stream().filter(Visitor::isCleared).toList();
        assertThat(cleared).isNotEmpty();
        for (DetaineeListing l : app.workspace.detainees().listAll(Locale.ENGLISH)) {
            Detainee d = l.detainee();
            if (d.status() != DetaineeStatus.DETAINED || d.facilityId() == null || avoidDetainees.contains(d.id())) {
                continue;
            }
            for (Visitor v : cleared.subList(0, Math.min(5, cleared.size()))) {
                List<FreeTime> slots = app.workspace.schedule().freeTimes(d.id(), List.of(v.id()),
                        UiFixture.TODAY.plusDays(1), 1);
                if (!slots.isEmpty()) {
                    return new Plan(d, v, slots.get(0));
                }
            }
        }
        throw new AssertionError("no free slot in the sample");
    }

    @Test
    void tableShowsTheRangeAndAVisitAddedThroughTheDialogIsSaved(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        TableView<VisitRow> table = robot.lookup("#visit-table").queryTableView();
        int inRange = app.workspace.visits().between(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 13))).size();
        assertThat(inRange).isPositive();
        assertThat(table.getItems()).hasSize(inRange);
        assertThat(robot.lookup("#visits-from").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // some lines carry a conflict marker (the sample's deliberate conflicts)
        assertThat(robot.lookup(".conflict-marker").queryAll()).isNotEmpty();

        Plan p = plan(Set.of());
        long before = app.workspace.visits().count();
        robot.clickOn("#visit-add");
        app.waitIdle();
        pickDetainee(robot, p.detainee());
        pickVisitor(robot, p.visitor());
        typeDate(robot, p.slot().start().toLocalDate());
        robot.clickOn("#field-start").write(Dates.show(p.slot().start().toLocalTime()));
        assertThat(robot.lookup("#field-end").queryAs(TextField.class).getText())
                .as("the end follows the start by an hour").isEqualTo(Dates.show(p.slot().start().toLocalTime()
                        .plusHours(1)));
        robot.clickOn("#field-end").eraseText(5).write(Dates.show(p.slot().end().toLocalTime()));
        waitForCheck(robot, () -> conflictLabels(robot).stream().noneMatch(l -> l.getUserData() != null
                && ((ConflictCode) l.getUserData()).severity() == org.visitdesk.domain.Severity.ERROR)
                && robot.lookup("#visit-conflicts").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                        .anyMatch(n -> n.getStyleClass().contains("success") || n.getUserData() != null));

        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(robot.lookup("#dialog-save").tryQuery()).as("the dialog closed once saved").isEmpty();
        assertThat(app.workspace.visits().count()).isEqualTo(before + 1);
        List<Visit> saved = app.workspace.visits().ofDetainee(p.detainee().id(), p.slot().start(),
                p.slot().start().plusMinutes(1));
        assertThat(saved).singleElement().satisfies(v -> {
            assertThat(v.end()).isEqualTo(p.slot().end());
            assertThat(v.visitorIds()).containsExactly(p.visitor().id());
            assertThat(v.facilityId()).isEqualTo(p.detainee().facilityId());
            assertThat(v.overrideReason()).isEmpty();
        });
        if (!p.slot().start().toLocalDate().isAfter(LocalDate.of(2026, 12, 13))) {
            assertThat(table.getItems()).extracting(VisitRow::id).contains(saved.get(0).id());
        }
    }

    @Test
    void visitOutsideVisitingHoursShowsTheConflictLiveAndNeedsAReason(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        Plan p = plan(Set.of());
        long before = app.workspace.visits().count();
        robot.clickOn("#visit-add");
        app.waitIdle();
        pickDetainee(robot, p.detainee());
        pickVisitor(robot, p.visitor());
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
        assertThat(app.workspace.visits().ofDetainee(p.detainee().id(), monday.atTime(15, 0),
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
