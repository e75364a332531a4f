package org.visitdesk.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.OutcomeService.Need;
import org.visitdesk.app.RecordType;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.VisitDeskApplication;

/** The Follow-ups page in a window: overdue rows in colour in both themes, and handing one to a cleared visitor. */
@ExtendWith(ApplicationExtension.class)
class FollowUpsPageTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee uno;
    private Visitor alfa;
    private Visitor notCleared;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            alfa = TestRecords.volunteer(ws, "Alfa");
            Visitor b = TestRecords.volunteer(ws, "Beta");
            notCleared = ws.visitors().save(new Visitor(b.id(), b.familyName(), b.givenName(), b.email(), "",
                    b.languages(), b.orientationDate(), b.idChecked(), VisitorStatus.RESTRICTED, "")).saved();
            uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Visit v = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa), "Late");
            assertThat(ws.outcomes().record(new Outcome(v.id(), OutcomeCode.HAPPENED, null, null, null, null, ""),
                    List.of(new Need(FollowUpKind.COMMISSARY, null, UiFixture.TODAY.minusDays(1), ""),
                            new Need(FollowUpKind.PHONE, null, UiFixture.TODAY.plusDays(3), ""))).isSaved())
                    .isTrue();
        });
    }

    @AfterEach
    void close() {
        app.close();
        robotTheme(false);
    }

    private static void robotTheme(boolean dark) {
        VisitDeskApplication.applyTheme(dark);
    }

    @Test
    void overdueRowsShowInTheDangerColourInLightAndDark(FxRobot robot) {
        robot.clickOn("#nav-follow_ups");
        app.waitIdle();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> robotTheme(dark));
            app.waitIdle();
            TableRow<?> overdue = row(robot, FollowUpKind.COMMISSARY);
            TableRow<?> onTime = row(robot, FollowUpKind.PHONE);
            assertThat(overdue.getStyleClass()).contains(FollowUpsPage.OVERDUE);
            assertThat(onTime.getStyleClass()).doesNotContain(FollowUpsPage.OVERDUE);
            Paint red = textFill(overdue);
            Paint usual = textFill(onTime);
            assertThat(red).as("overdue text, dark=%s", dark).isNotEqualTo(usual);
        }
    }

    @Test
    void aFollowUpIsHandedToAClearedVisitorWithANoteAndThePersonsHistorySaysSo(FxRobot robot) {
        robot.clickOn("#nav-follow_ups");
        app.waitIdle();
        TableView<FollowUpListing> table = robot.lookup("#followup-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.followUp().kind() == FollowUpKind.COMMISSARY).findFirst().orElseThrow()));
        robot.clickOn("#followup-handoff");
        app.waitIdle();
        ComboBox<OwnerPicker.Owner> owner = robot.lookup("#field-owner").queryComboBox();
        assertThat(owner.getItems()).extracting(o -> o.visitor() == null ? "coordinator" : o.visitor().fullName())
                .containsExactly("coordinator", alfa.fullName()).doesNotContain(notCleared.fullName());
        robot.interact(() -> {
            owner.setValue(owner.getItems().get(1));
            robot.lookup("#field-note").queryAs(TextArea.class).setText("Money order by Friday");
        });
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(robot.lookup("#field-owner").tryQuery()).as("the dialog closed").isEmpty();
        FollowUpListing handed = table.getItems().stream()
                .filter(l -> l.followUp().kind() == FollowUpKind.COMMISSARY).findFirst().orElseThrow();
        assertThat(handed.owner().id()).isEqualTo(alfa.id());
        assertThat(handed.followUp().note()).isEqualTo("Money order by Friday");
        assertThat(table.getSelectionModel().getSelectedItem().followUp().id()).isEqualTo(handed.followUp().id());
        HistoryEntry latest = app.workspace.history().of(RecordType.DETAINEE, uno.id()).get(0);
        assertThat(latest.changes()).extracting(HistoryEntry.Change::fieldKey)
                .contains("field.followUp", "field.followUpOwner", "field.followUpNote");
    }

    private static TableRow<?> row(FxRobot robot, FollowUpKind kind) {
        Set<Node> rows = robot.lookup(".table-row-cell").queryAll();
        return rows.stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof FollowUpListing l && l.followUp().kind() == kind).findFirst()
                .orElseThrow();
    }

    private static Paint textFill(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow().getTextFill();
    }
}
