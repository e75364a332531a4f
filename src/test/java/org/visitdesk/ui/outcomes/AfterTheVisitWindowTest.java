package org.visitdesk.ui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
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
import org.visitdesk.app.UnvisitedListing;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * The walk through the window: a denial with its reason recorded from the calendar's popover, its need on
 * the Follow-ups page, and the person, first on the Unvisited list (a denial does not count as a visit), leaving
 * the top once "Find a time" from that list has planned them a visit.
 */
@ExtendWith(ApplicationExtension.class)
class AfterTheVisitWindowTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee uno;
    private Detainee dos;
    private Visit denied;

    /** Uno: a visit last Tuesday, no report yet. Dos: visited on Wednesday. Tres: a visit planned next week. */
    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            dos = TestRecords.person(ws, "A999000002", "Dos", "West 3A");
            Detainee tres = TestRecords.person(ws, "A999000003", "Tres", "West 3A");
            denied = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa),
                    "Recorded afterwards");
            Visit seen = TestRecords.visit(ws, dos, UiFixture.TODAY.minusDays(4).atTime(12, 10), List.of(alfa),
                    "Recorded afterwards");
            ws.outcomes().record(new Outcome(seen.id(), OutcomeCode.HAPPENED, null, null, null, null, ""), List.of());
            TestRecords.visit(ws, tres, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aDenialFromTheCalendarShowsItsFollowUpAndFindATimeTakesThePersonOffTheTopOfUnvisited(FxRobot robot) {
        app.waitIdle();
        ReportDialogTest.openPopoverOf(robot, denied);
        robot.clickOn("#popover-report");
        app.waitIdle();
        robot.type(KeyCode.D);
        app.waitIdle();
        robot.type(KeyCode.TAB, KeyCode.L);
        assertThat(robot.lookup("#field-denialReason").<javafx.scene.control.ComboBox<DenialReason>>query()
                .getValue()).isEqualTo(DenialReason.LOCKDOWN);
        robot.clickOn("#need-ATTORNEY");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(robot.lookup("#report-dialog").tryQuery()).isEmpty();

        robot.clickOn("#nav-follow_ups");
        app.waitIdle();
        TableView<FollowUpListing> followUps = robot.lookup("#followup-table").queryTableView();
        assertThat(followUps.getItems()).extracting(l -> l.followUp().kind(), l -> l.detainee().id(),
                l -> l.followUp().visitId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.ATTORNEY, uno.id(), denied.id()));

        robot.clickOn("#nav-unvisited");
        app.waitIdle();
        TableView<UnvisitedListing> unvisited = robot.lookup("#unvisited-table").queryTableView();
        // a denial is no visit: Uno, never visited and with nothing planned, is still first
        assertThat(unvisited.getItems()).extracting(l -> l.person().id()).startsWith(uno.id(), dos.id());
        assertThat(unvisited.getItems().get(0).openFollowUps()).isEqualTo(1);

        robot.interact(() -> unvisited.getSelectionModel().select(0));
        robot.clickOn("#unvisited-edit");
        app.waitIdle();
        ListView<?> slots = robot.lookup("#find-slots").queryListView();
        assertThat(slots.getItems()).as("free times for Uno").isNotEmpty();
        robot.interact(() -> slots.getSelectionModel().select(0));
        robot.clickOn("#find-use");
        app.waitIdle();
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(unvisited.getItems()).extracting(l -> l.person().id()).first().isEqualTo(dos.id());
        UnvisitedListing unoNow = unvisited.getItems().stream().filter(l -> l.person().id() == uno.id())
                .findFirst().orElseThrow();
        assertThat(unoNow.nextVisit()).isNotNull();
        assertThat(unoNow.lastVisit()).isNull();
    }
}
