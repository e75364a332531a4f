package org.visitdesk.ui.detainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.RecordType;
import org.visitdesk.domain.Detainee;
import org.visitdesk.ui.Snapshots;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * A person's form saved after someone else saved the person: the window says who and when, and offers to reload
 * (the form then shows the person as saved now) or to save over their change (which the history keeps).
 */
@ExtendWith(ApplicationExtension.class)
class ChangedBySomeoneElseTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee person;
    /** The person's form. */
    private Window form;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> person = TestRecords.person(ws, "A999000621", "Cambio", "West 3A"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Opens the person's form, lets "Ana Uno" save another housing unit meanwhile, then types notes and saves. */
    private DialogPane saveAfterAnaChangedIt(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#detainee-edit");
        app.waitIdle();
        form = robot.window(w -> w.getScene() != null && w.getScene().lookup("#field-aNumber") != null);

        app.workspace.useCoordinator("Ana Uno");
        Detainee now = app.workspace.detainees().byId(person.id()).orElseThrow();
        assertThat(app.workspace.detainees().save(new Detainee(now.id(), now.aNumber(), now.familyName(),
                now.givenName(), now.dateOfBirth(), now.countryOfBirth(), now.languages(), now.gender(),
                now.facilityId(), "East 2B", now.status(), now.statusDate(), now.notes(), now.version())).isSaved())
                .isTrue();
        app.workspace.useCoordinator("Beto Dos");

        robot.clickOn("#field-notes").write("Asked for a Bible in Spanish.");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        Optional<DialogPane> asked = robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.lookup("#changed-reload") != null).findFirst();
        assertThat(asked).as("the coordinator is asked what to do").isPresent();
        return asked.get();
    }

    @Test
    void itSaysWhoChangedItAndReloadShowsThePersonAsSavedNow(FxRobot robot) throws Exception {
        DialogPane asked = saveAfterAnaChangedIt(robot);

        assertThat(asked.getHeaderText()).isEqualTo("Someone else saved this after you opened it");
        assertThat(asked.getContentText()).contains("Ana Uno saved a change on Sun 6 Dec 2026 at", "Reload",
                "Save mine over it");
        Path[] shot = new Path[1];
        robot.interact(() -> shot[0] = Snapshots.save(asked.getScene(), "screenshots", "changed-by-someone-else"));
        assertThat(Files.size(shot[0])).isPositive();

        robot.clickOn("#changed-reload");
        app.waitIdle();

        assertThat(form.isShowing()).as("the form stays open").isTrue();
        assertThat(robot.lookup("#field-housingUnit").queryAs(TextField.class).getText()).isEqualTo("East 2B");
        assertThat(app.workspace.detainees().byId(person.id()).orElseThrow().notes()).isEmpty();

        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(form.isShowing()).as("saved again at the version saved now, it closes").isFalse();
    }

    @Test
    void savingOverTheirChangeKeepsWhatWasTypedAndTheHistorySaysWhose(FxRobot robot) {
        saveAfterAnaChangedIt(robot);

        robot.clickOn("#changed-overwrite");
        app.waitIdle();

        assertThat(form.isShowing()).isFalse();
        Detainee saved = app.workspace.detainees().byId(person.id()).orElseThrow();
        assertThat(saved.notes()).isEqualTo("Asked for a Bible in Spanish.");
        assertThat(saved.housingUnit()).as("what the form held").isEqualTo("West 3A");
        HistoryEntry newest = app.workspace.history().of(RecordType.DETAINEE, person.id()).get(0);
        assertThat(newest.coordinator()).isEqualTo("Beto Dos");
        assertThat(newest.overwrote().coordinator()).isEqualTo("Ana Uno");
    }
}
