package org.visitdesk.ui.detainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SeriesService;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * A person who leaves detention, now or on a day known in advance: the Detainees page offers to cancel the visits
 * planned from that day on, and only those.
 */
@ExtendWith(ApplicationExtension.class)
class LeavingTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee person;
    private final List<Visit> visits = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            person = TestRecords.person(ws, "A999000401", "Salida", "West 3A");
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            // Tuesday 8, Thursday 10 and Saturday 12 December; today is Sunday 6 December
            visits.add(TestRecords.visit(ws, person, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), ""));
            visits.add(TestRecords.visit(ws, person, TestRecords.TUESDAY.plusDays(2).atTime(12, 10), List.of(alfa),
                    ""));
            visits.add(TestRecords.visit(ws, person, TestRecords.TUESDAY.plusDays(4).atTime(7, 0), List.of(alfa),
                    ""));
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Edits the person's status and its day in the dialog, and saves. */
    private void leave(FxRobot robot, DetaineeStatus status, String day) {
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#detainee-edit");
        app.waitIdle();
        @SuppressWarnings("unchecked")
        ComboBox<DetaineeStatus> picker = robot.lookup("#field-status").queryAs(ComboBox.class);
        DatePicker since = robot.lookup("#field-statusDate").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(status));
        robot.interact(() -> since.getEditor().setText(day));
        robot.clickOn("#dialog-save");
        app.waitIdle();
    }

    private DialogPane question(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.lookup("#detainee-cancel-visits") != null).findFirst().orElseThrow();
    }

    private List<VisitStatus> statuses() {
        return visits.stream().map(v -> app.workspace.visits().byId(v.id()).orElseThrow().status()).toList();
    }

    @Test
    void aReleaseKnownInAdvanceCancelsTheVisitsFromThatDayOn(FxRobot robot) {
        leave(robot, DetaineeStatus.RELEASED, "2026-12-10");
        DialogPane question = question(robot);
        assertThat(question.getHeaderText()).contains("Prueba Salida", "Released", "Thu 10 Dec");
        assertThat(question.getContentText()).contains("2 visits planned from that day on");
        robot.clickOn("#detainee-cancel-visits");
        app.waitIdle();

        assertThat(app.workspace.detainees().byId(person.id()).orElseThrow().statusDate())
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(statuses()).as("Tuesday kept; Thursday and Saturday cancelled")
                .containsExactly(VisitStatus.SCHEDULED, VisitStatus.CANCELLED, VisitStatus.CANCELLED);
    }

    @Test
    void aTransferTodayOffersEveryVisitFromTodayAndNoKeepsThem(FxRobot robot) {
        leave(robot, DetaineeStatus.TRANSFERRED, "2026-12-06");
        DialogPane question = question(robot);
        assertThat(question.getHeaderText()).isEqualTo("Prueba Salida is now Transferred.");
        assertThat(question.getContentText()).contains("3 visits planned from today on");
        robot.clickOn(Messages.get("action.no"));
        app.waitIdle();
        assertThat(statuses()).containsOnly(VisitStatus.SCHEDULED);
    }

    @Test
    void theRestOfTheirWeeklyVisitsIsOfferedWithTheOthersAndSaidSo(FxRobot robot) {
        // Tuesdays 15, 22 and 29 December, as one series
        Visit first = visits.get(0);
        List<Visit> weekly = app.workspace.series().preview(first.withId(0).withTime(first.start().plusWeeks(1),
                first.end().plusWeeks(1)), Repeat.times(1, 3)).occurrences().stream()
                .map(SeriesService.Occurrence::visit).toList();
        List<Visit> series = app.workspace.series().save(Repeat.times(1, 3), weekly, "").saved();
        assertThat(series).hasSize(3);

        leave(robot, DetaineeStatus.RELEASED, "2026-12-10");
        DialogPane question = question(robot);
        assertThat(question.getContentText()).contains("5 visits planned from that day on")
                .contains("3 of them are weekly visits");
        robot.clickOn("#detainee-cancel-visits");
        app.waitIdle();
        assertThat(series).extracting(v -> app.workspace.visits().byId(v.id()).orElseThrow().status())
                .containsOnly(VisitStatus.CANCELLED);
        assertThat(statuses()).containsExactly(VisitStatus.SCHEDULED, VisitStatus.CANCELLED, VisitStatus.CANCELLED);
    }
}
