package org.visitdesk.ui.detainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.OutcomeService.Need;
import org.visitdesk.app.RecordType;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.followups.FollowUpsPage;
import org.visitdesk.ui.followups.OwnerPicker;

/**
 * A person's dialog shows their open follow-ups and last visits; when they leave, their open follow-ups are listed
 * and the coordinator keeps, hands off or drops them.
 */
@ExtendWith(ApplicationExtension.class)
class PersonFollowUpsTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee person;
    private Visitor alfa;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            person = TestRecords.person(ws, "A999000501", "Salida", "West 3A");
            alfa = TestRecords.volunteer(ws, "Alfa");
            var first = TestRecords.visit(ws, person, UiFixture.TODAY.minusDays(12).atTime(7, 0), List.of(alfa), "x");
            var second = TestRecords.visit(ws, person, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa),
                    "x");
            assertThat(ws.outcomes().record(new Outcome(first.id(), OutcomeCode.DENIED, DenialReason.DRESS_CODE,
                    null, null, null, ""), List.of()).isSaved()).isTrue();
            assertThat(ws.outcomes().record(new Outcome(second.id(), OutcomeCode.HAPPENED, null, null, null, null,
                    ""), List.of(new Need(FollowUpKind.COMMISSARY, null, UiFixture.TODAY.minusDays(1), ""),
                            new Need(FollowUpKind.RELEASE_SUPPORT, null, UiFixture.TODAY.plusDays(2), "")))
                    .isSaved()).isTrue();
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openPerson(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#detainee-edit");
        app.waitIdle();
    }

    private void release(FxRobot robot) {
        openPerson(robot);
        @SuppressWarnings("unchecked")
        ComboBox<DetaineeStatus> picker = robot.lookup("#field-status").queryAs(ComboBox.class);
        DatePicker since = robot.lookup("#field-statusDate").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(DetaineeStatus.RELEASED));
        robot.interact(() -> since.getEditor().setText("2026-12-06"));
        robot.clickOn("#dialog-save");
        app.waitIdle();
    }

    private List<FollowUpListing> followUps() {
        return app.workspace.followUps().ofDetainee(person.id());
    }

    @Test
    void theDialogShowsOpenFollowUpsOverdueInColourAndTheLastVisitsWithWhatHappened(FxRobot robot) {
        openPerson(robot);
        robot.clickOn("#tab-after");
        app.waitIdle();
        ListView<FollowUpListing> open = robot.lookup("#person-followups").queryListView();
        assertThat(open.getItems()).extracting(l -> l.followUp().kind())
                .containsExactly(FollowUpKind.COMMISSARY, FollowUpKind.RELEASE_SUPPORT);
        ListCell<?> overdue = robot.lookup("#person-followups .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getItem() == open.getItems().get(0)).findFirst()
                .orElseThrow();
        assertThat(overdue.getStyleClass()).contains(FollowUpsPage.OVERDUE);
        ListView<?> visits = robot.lookup("#person-visits").queryListView();
        assertThat(visits.getItems()).hasSize(2);
        String latest = robot.lookup("#person-visits .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() == visits.getItems().get(0)).findFirst().orElseThrow().getGraphic()
                .toString();
        assertThat(latest).contains("Happened", alfa.fullName());
        assertThat(visits.getItems().get(1).toString()).contains("DRESS_CODE");
    }

    @Test
    void aReleaseListsTheOpenFollowUpsAndHandsThemToAVisitorWithANote(FxRobot robot) {
        release(robot);
        ListView<FollowUpListing> listed = robot.lookup("#leaving-followups").queryListView();
        assertThat(listed.getItems()).hasSize(2);
        @SuppressWarnings("unchecked")
        ComboBox<OwnerPicker.Owner> owner = robot.lookup("#field-owner").queryAs(ComboBox.class);
        robot.interact(() -> {
            owner.setValue(owner.getItems().stream().filter(o -> o.visitor() != null).findFirst().orElseThrow());
            robot.lookup("#field-note").queryAs(TextArea.class).setText("Pick-up at the gate");
        });
        robot.clickOn("#leaving-handoff");
        app.waitIdle();
        assertThat(robot.lookup("#leaving-followups").tryQuery()).isEmpty();
        assertThat(followUps()).allSatisfy(l -> {
            assertThat(l.followUp().status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(l.owner().id()).isEqualTo(alfa.id());
            assertThat(l.followUp().note()).isEqualTo("Pick-up at the gate");
        });
        assertThat(app.workspace.history().of(RecordType.DETAINEE, person.id()).get(0).changes())
                .extracting(HistoryEntry.Change::fieldKey).contains("field.followUpOwner");
    }

    @Test
    void aReleaseCanDropThemOrKeepThem(FxRobot robot) {
        release(robot);
        robot.clickOn("#leaving-keep");
        app.waitIdle();
        assertThat(followUps()).extracting(l -> l.followUp().status()).containsOnly(FollowUpStatus.OPEN);

        // back in detention, then released again: this time they are dropped
        Detainee now = app.workspace.detainees().byId(person.id()).orElseThrow();
        app.workspace.detainees().save(new Detainee(now.id(), now.aNumber(), now.familyName(), now.givenName(),
                null, now.countryOfBirth(), now.languages(), "", now.facilityId(), now.housingUnit(),
                DetaineeStatus.DETAINED, UiFixture.TODAY, "", now.version()));
        release(robot);
        robot.clickOn("#leaving-drop");
        app.waitIdle();
        assertThat(followUps()).extracting(l -> l.followUp().status()).containsOnly(FollowUpStatus.DROPPED);
    }
}
