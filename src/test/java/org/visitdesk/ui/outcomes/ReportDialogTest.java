package org.visitdesk.ui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.EntryViewBase;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.visits.VisitRow;

/**
 * The Report dialog in the real window on a real store: opened from the calendar's popover and from the Visits
 * page, filled in with the keyboard, refusing bad input without saving anything.
 */
@ExtendWith(ApplicationExtension.class)
public class ReportDialogTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Visit tuesday;
    private Visit wednesday;
    private Visit nextWeek;

    /** Two past visits of this week (Tuesday 1 and Wednesday 2 December) and one next week, not yet reportable. */
    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Detainee dos = TestRecords.person(ws, "A999000002", "Dos", "West 3A");
            tuesday = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa),
                    "Recorded afterwards");
            wednesday = TestRecords.visit(ws, dos, UiFixture.TODAY.minusDays(4).atTime(12, 10), List.of(alfa),
                    "Recorded afterwards");
            nextWeek = TestRecords.visit(ws, dos, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aDenialRecordedFromTheCalendarPopoverNeedsItsReasonAndMakesItsFollowUp(FxRobot robot) {
        openPopoverOf(robot, tuesday);
        robot.clickOn("#popover-report");
        app.waitIdle();
        assertThat(robot.lookup("#field-denialReason").query().isVisible()).isFalse();

        // the keyboard alone: a letter picks the outcome, and the reason shows only for a denial
        robot.type(KeyCode.D);
        app.waitIdle();
        assertThat(combo(robot, "#field-outcome").getValue()).isEqualTo(OutcomeCode.DENIED);
        assertThat(robot.lookup("#field-denialReason").query().isVisible()).isTrue();
        robot.clickOn("#field-arrived").write("12:05");
        robot.clickOn("#field-left").write("12:45");
        robot.clickOn("#need-COMMISSARY");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        // no reason: marked on its field, the dialog stays, nothing saved
        assertThat(robot.lookup("#report-dialog").tryQuery()).isPresent();
        assertThat(combo(robot, "#field-denialReason").getPseudoClassStates().toString()).contains("danger");
        assertThat(robot.lookup(".form-error").queryAs(Label.class).getText()).contains("reason");
        assertThat(app.workspace.outcomes().of(tuesday.id())).isEmpty();
        assertThat(app.workspace.followUps().list(true)).isEmpty();

        robot.type(KeyCode.D);
        assertThat(combo(robot, "#field-denialReason").getValue()).isEqualTo(DenialReason.DRESS_CODE);
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(robot.lookup("#report-dialog").tryQuery()).isEmpty();
        assertThat(app.workspace.outcomes().of(tuesday.id())).contains(new Outcome(tuesday.id(), OutcomeCode.DENIED,
                DenialReason.DRESS_CODE, LocalTime.of(12, 5), null, LocalTime.of(12, 45), ""));
        assertThat(app.workspace.visits().byId(tuesday.id()).orElseThrow().status()).isEqualTo(VisitStatus.DENIED);
        assertThat(app.workspace.followUps().list(false)).extracting(l -> l.followUp().kind(),
                l -> l.detainee().aNumber().display(), l -> l.followUp().visitId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FollowUpKind.COMMISSARY, "A-999-000-001",
                        tuesday.id()));
    }

    @Test
    void theVisitsPageReportsTheChosenPastVisitWithTheKeyboardAndNotAFutureOne(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        TableView<VisitRow> table = robot.lookup("#visit-table").queryTableView();
        select(robot, table, nextWeek);
        assertThat(robot.lookup("#visit-report").queryAs(Button.class).isDisabled()).isTrue();
        select(robot, table, wednesday);
        assertThat(robot.lookup("#visit-report").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#visit-report");
        app.waitIdle();

        // a time that cannot be read is marked and nothing is saved (the robot writes into the dialog's window)
        robot.targetWindow(robot.lookup("#report-dialog").query().getScene().getWindow());
        assertThat(robot.lookup("#field-outcome").query().isFocused()).as("the outcome has the focus").isTrue();
        robot.type(KeyCode.H);
        app.waitIdle();
        assertThat(combo(robot, "#field-outcome").getValue()).isEqualTo(OutcomeCode.HAPPENED);
        robot.type(KeyCode.TAB).write("10:5x");
        assertThat(robot.lookup("#field-arrived").query().isFocused()).as("Tab goes to the arrival").isTrue();
        robot.type(KeyCode.ENTER);
        app.waitIdle();
        assertThat(robot.lookup("#report-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#field-arrived").query().getPseudoClassStates().toString()).contains("danger");
        assertThat(app.workspace.outcomes().of(wednesday.id())).isEmpty();

        robot.doubleClickOn("#field-arrived").eraseText(5).write("10:05");
        robot.clickOn("#field-seen").write("10:50");
        CheckBox phone = robot.lookup("#need-PHONE").queryAs(CheckBox.class);
        robot.clickOn(phone);
        robot.clickOn("#field-seen");
        robot.type(KeyCode.ENTER);
        app.waitIdle();

        assertThat(robot.lookup("#report-dialog").tryQuery()).isEmpty();
        Outcome saved = app.workspace.outcomes().of(wednesday.id()).orElseThrow();
        assertThat(saved.code()).isEqualTo(OutcomeCode.HAPPENED);
        assertThat(saved.waitTime()).contains(java.time.Duration.ofMinutes(45));
        assertThat(app.workspace.followUps().list(false)).extracting(FollowUpListing::followUp)
                .extracting(f -> f.kind()).containsExactly(FollowUpKind.PHONE);
        assertThat(table.getItems().stream().filter(r -> r.id() == wednesday.id()).findFirst().orElseThrow()
                .listing().visit().status()).isEqualTo(VisitStatus.COMPLETED);
    }

    @Test
    void cancelClosesTheDialogAndSavesNothing(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-visits");
        app.waitIdle();
        select(robot, robot.lookup("#visit-table").queryTableView(), wednesday);
        robot.clickOn("#visit-report");
        app.waitIdle();
        robot.interact(() -> combo(robot, "#field-outcome").setValue(OutcomeCode.DENIED));
        robot.clickOn("#dialog-save");
        app.waitIdle();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isCancelButton())
                .queryButton());
        app.waitIdle();
        assertThat(robot.lookup("#report-dialog").tryQuery()).isEmpty();
        assertThat(app.workspace.outcomes().of(wednesday.id())).isEmpty();
    }

    private static void select(FxRobot robot, TableView<VisitRow> table, Visit v) {
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.id() == v.id()).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static <E> ComboBox<E> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** Shows the visit's day and clicks its entry, which opens its popover. */
    static void openPopoverOf(FxRobot robot, Visit v) {
        CalendarView view = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        robot.interact(() -> {
            view.setDate(v.day());
            view.showDayPage();
            view.setRequestedTime(v.start().toLocalTime().minusHours(1));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        DayView day = view.getDayPage().getDetailedDayView().getDayView();
        EntryViewBase<?> entry = day.findEntryView(UiFixture.entryOf(view, v));
        Node node = entry;
        robot.clickOn(node);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#popover-report").tryQuery().isEmpty()) {
            robot.doubleClickOn(node);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
