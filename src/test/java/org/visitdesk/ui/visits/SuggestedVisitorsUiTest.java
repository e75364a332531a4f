package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.SuggestedVisitor;
import org.visitdesk.app.UnvisitedListing;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.WeeklyHours;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * Availability in the visitor dialog (a bad one marks the field and keeps what was typed), and suggested visitors
 * with their reasons in the visit dialog and in "Find a time", one added with a click, on a real store.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestedVisitorsUiTest {

    /** Thursday 10 December: West 3A takes visits 12:10-13:10. */
    private static final LocalDate THU = TestRecords.TUESDAY.plusDays(2);

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee dos;
    private Visitor alfa;
    private Visitor familia;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            dos = TestRecords.person(ws, "A999000002", "Dos", "West 3A");
            TestRecords.volunteer(ws, "Beta");
            alfa = ws.visitors().save(TestRecords.volunteer(ws, "Alfa").withAvailability(new Availability(
                    WeeklyHours.read("Thu 12:00-17:00").hours(), 2, null, null, List.of()))).saved();
            familia = ws.visitors().save(TestRecords.volunteer(ws, "Familia").withAvailability(new Availability(
                    WeeklyHours.read("Thu 12:00-17:00").hours(), 4, null, null, List.of(dos.aNumber())))).saved();
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aBadAvailabilityIsMarkedAndKeptThenAGoodOneIsSaved(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visitors");
        app.waitIdle();
        robot.clickOn("#visitor-add");
        robot.clickOn("#field-familyName").write("Visitante");
        robot.clickOn("#field-givenName").write("Proba");
        robot.clickOn("#field-available").write("Tue 17:00-12:00");
        robot.clickOn("#field-visitsPerMonth").write("2");
        robot.clickOn("#field-familyOf").write("A-999-000-002");
        long before = app.workspace.visitors().count();
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(app.workspace.visitors().count()).isEqualTo(before);
        TextField available = robot.lookup("#field-available").queryAs(TextField.class);
        assertThat(available.getText()).isEqualTo("Tue 17:00-12:00");
        assertThat(available.getStyleClass()).as("ControlsFX marks the field").contains("error");
        assertThat(robot.lookup("#field-visitsPerMonth").query().getStyleClass()).doesNotContain("error");
        assertThat(robot.lookup(".form-error").queryAs(Label.class).getText()).contains("ends before it starts");

        robot.doubleClickOn(available).eraseText(available.getText().length()).write("Tue 12:00-17:00; sáb 7-12");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        Visitor saved = app.workspace.visitors().listAll().stream().filter(v -> v.familyName().equals("Visitante"))
                .findFirst().orElseThrow();
        assertThat(saved.availability()).isEqualTo(new Availability(
                WeeklyHours.read("Tue 12:00-17:00; Sat 07:00-12:00").hours(), 2, null, null,
                List.of(new ANumber("A999000002"))));

    }

    @Test
    void theVisitDialogSuggestsWithReasonsAndAddsOneWithAClick(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        robot.clickOn("#visit-add");
        app.waitIdle();
        robot.clickOn("#field-detainee").write("000-002");
        chooseCompletion(robot, dos.aNumber().display());
        DatePicker date = robot.lookup("#field-date").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write(THU.toString());
        robot.clickOn("#field-start").write("12:10");
        waitFor(() -> !rows(robot).isEmpty());

        List<SuggestedVisitor> shown = rows(robot);
        assertThat(shown).extracting(s -> s.visitor().familyName()).startsWith("Alfa").doesNotContain("Familia");
        VBox panel = robot.lookup("#suggested-visitors").queryAs(VBox.class);
        assertThat(robot.from(panel).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("speaks Spanish; free Thursdays 12:00–17:00; 0 of 2 visits this month"));

        robot.clickOn("#suggest-add-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-visitors").queryListView().getItems()).extracting(x -> ((Visitor) x).id())
                .containsExactly(alfa.id());
        waitFor(() -> rows(robot).stream().noneMatch(s -> s.visitor().id() == alfa.id()));

        robot.clickOn("#dialog-save");
        app.waitIdle();
        List<Visit> saved = app.workspace.visits().ofDetainee(dos.id(), THU.atTime(12, 10), THU.atTime(12, 11));
        assertThat(saved).singleElement().satisfies(v -> assertThat(v.visitorIds()).containsExactly(alfa.id()));
    }

    @Test
    void findATimeSuggestsAndTicksTheOnePicked(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-unvisited");
        app.waitIdle();
        TableView<UnvisitedListing> unvisited = robot.lookup("#unvisited-table").queryTableView();
        robot.interact(() -> unvisited.getSelectionModel().select(unvisited.getItems().stream()
                .filter(l -> l.person().id() == dos.id()).findFirst().orElseThrow()));
        robot.clickOn("#unvisited-edit");
        app.waitIdle();
        waitFor(() -> !rows(robot).isEmpty());
        assertThat(rows(robot)).extracting(s -> s.visitor().id()).doesNotContain(familia.id());
        assertThat(rows(robot).get(0).visitor().id()).isEqualTo(alfa.id());

        robot.clickOn("#suggest-add-1");
        WaitForAsyncUtils.waitForFxEvents();
        CheckListView<Visitor> ticks = robot.lookup("#find-visitors").queryAs(CheckListView.class);
        assertThat(ticks.getCheckModel().getCheckedItems()).extracting(Visitor::id).containsExactly(alfa.id());

        robot.clickOn("#find-search");
        ListView<?> slots = robot.lookup("#find-slots").queryListView();
        waitFor(() -> !slots.getItems().isEmpty());
        robot.interact(() -> slots.getSelectionModel().select(0));
        robot.clickOn("#find-use");
        app.waitIdle();
        assertThat(robot.lookup("#field-visitors").queryListView().getItems()).extracting(x -> ((Visitor) x).id())
                .containsExactly(alfa.id());
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(app.workspace.visits().ofDetainee(dos.id(), THU.minusDays(7).atStartOfDay(),
                THU.plusDays(30).atStartOfDay())).singleElement()
                .satisfies(v -> assertThat(v.visitorIds()).containsExactly(alfa.id()));
    }

    private static List<SuggestedVisitor> rows(FxRobot robot) {
        return robot.lookup(".suggested-visitor").queryAll().stream().filter(Node::isVisible)
                .map(n -> (SuggestedVisitor) n.getUserData()).toList();
    }

    private void waitFor(Callable<Boolean> done) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                app.waitIdle();
                return done.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("not shown in time", e);
        }
    }

    private static void chooseCompletion(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                    .match((ListCell<?> c) -> c.getItem() != null && c.getText() != null
                            && c.getText().contains(text) && c.isVisible()).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no suggestion containing " + text, e);
        }
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getText() != null && c.getText().contains(text) && c.isVisible()).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
