package org.visitdesk.ui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.visits.VisitRow;

/** Saturday evening: three reports in a row on the Reports due page, with the keyboard alone. */
@ExtendWith(ApplicationExtension.class)
class ReportsDuePageTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private final List<Visit> due = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            for (int i = 1; i <= 3; i++) {
                Detainee d = TestRecords.person(ws, "A99900000" + i, "Persona" + i, "West 3A");
                due.add(TestRecords.visit(ws, d, UiFixture.TODAY.minusDays(6 - i).atTime(12, 10), List.of(alfa),
                        "Recorded afterwards"));
            }
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void enterOpensTheReportAndAfterSavingTheNextVisitIsChosen(FxRobot robot) {
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        app.waitIdle();
        TableView<VisitRow> table = robot.lookup("#due-table").queryTableView();
        assertThat(table.getItems()).extracting(VisitRow::id).containsExactlyElementsOf(due.stream()
                .map(Visit::id).toList());
        assertThat(table.isFocused()).as("the list has the keyboard").isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();

        for (int i = 0; i < due.size(); i++) {
            robot.type(KeyCode.ENTER);
            app.waitIdle();
            assertThat(robot.lookup("#report-dialog").tryQuery()).as("report %d opens", i).isPresent();
            assertThat(robot.lookup("#field-outcome").query().isFocused()).as("the outcome has the keyboard").isTrue();
            // the robot writes text into the window it last used: the dialog's
            robot.targetWindow(robot.lookup("#report-dialog").query().getScene().getWindow());
            robot.type(i == 1 ? KeyCode.C : KeyCode.H);
            robot.type(KeyCode.TAB).write("12:0" + i);
            robot.type(KeyCode.ENTER);
            app.waitIdle();
            assertThat(robot.lookup("#report-dialog").tryQuery()).as("report %d saved: %s", i, robot.lookup(
                    ".form-error").tryQueryAs(javafx.scene.control.Label.class).map(l -> l.getText()).orElse(""))
                    .isEmpty();
            assertThat(table.getItems()).hasSize(due.size() - i - 1);
            if (!table.getItems().isEmpty()) {
                assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(due.get(i + 1).id());
                assertThat(table.isFocused()).isTrue();
            }
        }

        assertThat(app.workspace.outcomes().of(due.get(0).id()).orElseThrow().code())
                .isEqualTo(OutcomeCode.HAPPENED);
        assertThat(app.workspace.visits().byId(due.get(2).id()).orElseThrow().status())
                .isEqualTo(VisitStatus.COMPLETED);
        assertThat(app.workspace.outcomes().reportsDue(UiFixture.TODAY.minusWeeks(8))).isEmpty();
        assertThat(robot.lookup("#due-empty").tryQuery()).isPresent();
    }
}
