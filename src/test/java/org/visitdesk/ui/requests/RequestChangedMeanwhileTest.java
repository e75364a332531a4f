package org.visitdesk.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.RequestListing;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.Urgency;
import org.visitdesk.ui.Snapshots;
import org.visitdesk.ui.UiFixture;

/**
 * A request saved or deleted after someone else saved it: the window says a change was saved meanwhile (requests
 * keep no history, so not by whom), and offers to reload it, or to save over it or delete it anyway.
 */
@ExtendWith(ApplicationExtension.class)
class RequestChangedMeanwhileTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Request request;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> request = ws.requests().save(new Request(0,
                UiFixture.TODAY.minusDays(2), RequestSource.HOTLINE, null, "Ixcoy", "Juana", "Guatemala",
                List.of("Mam"), "", Urgency.ROUTINE, "Rosa", "sister", "555-0100", "", null, null, null)).saved());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private TableView<RequestListing> showRequests(FxRobot robot) {
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        app.waitIdle();
        TableView<RequestListing> table = robot.lookup("#request-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        return table;
    }

    /** Someone else saves other needs for the request. */
    private void someoneElseSavesNeeds(String needs) {
        Request now = app.workspace.requests().byId(request.id()).orElseThrow();
        assertThat(app.workspace.requests().save(new Request(now.id(), now.received(), now.source(), now.aNumber(),
                now.familyName(), now.givenName(), now.countryOfBirth(), now.languages(), needs, now.urgency(),
                now.caller(), now.relationship(), now.callerPhone(), now.notes(), now.status(), now.statusDate(),
                now.detaineeId(), now.version())).isSaved()).isTrue();
    }

    private DialogPane asked(FxRobot robot) {
        Optional<DialogPane> asked = robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.lookup("#changed-reload") != null).findFirst();
        assertThat(asked).as("the coordinator is asked what to do").isPresent();
        return asked.get();
    }

    /** Opens the request's form, lets someone else save other needs, then types notes and saves. */
    private Window saveAfterSomeoneElse(FxRobot robot) {
        showRequests(robot);
        robot.clickOn("#request-edit");
        app.waitIdle();
        Window form = robot.window(w -> w.getScene() != null && w.getScene().lookup("#field-needs") != null);
        someoneElseSavesNeeds("a Bible");
        robot.clickOn("#field-notes").write("Calls after six.");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        return form;
    }

    @Test
    void aSaveAfterSomeoneElseSavedItSaysSoAndReloadShowsTheRequestAsSavedNow(FxRobot robot) {
        Window form = saveAfterSomeoneElse(robot);
        DialogPane asked = asked(robot);
        assertThat(asked.getContentText()).contains("A change was saved after you opened it", "Save mine over it");

        robot.clickOn("#changed-reload");
        app.waitIdle();

        assertThat(form.isShowing()).as("the form stays open").isTrue();
        assertThat(robot.lookup("#field-needs").queryAs(TextField.class).getText()).isEqualTo("a Bible");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(form.isShowing()).as("saved again at the version saved now, it closes").isFalse();
        assertThat(app.workspace.requests().byId(request.id()).orElseThrow().needs()).isEqualTo("a Bible");
    }

    @Test
    void savingOverTheirChangeKeepsWhatWasTyped(FxRobot robot) {
        Window form = saveAfterSomeoneElse(robot);
        asked(robot);

        robot.clickOn("#changed-overwrite");
        app.waitIdle();

        assertThat(form.isShowing()).isFalse();
        Request saved = app.workspace.requests().byId(request.id()).orElseThrow();
        assertThat(saved.notes()).isEqualTo("Calls after six.");
        assertThat(saved.needs()).as("what the form held").isEmpty();
    }

    @Test
    void aDeleteAfterSomeoneElseSavedItAsksFirstAndDeleteAnywayDeletesIt(FxRobot robot) throws Exception {
        TableView<RequestListing> table = showRequests(robot);
        someoneElseSavesNeeds("a Bible");
        robot.clickOn("#request-delete");
        app.waitIdle();
        robot.clickOn("#request-delete-confirm");
        app.waitIdle();

        DialogPane asked = asked(robot);
        assertThat(asked.getHeaderText()).isEqualTo("Someone else saved this after the list showed it");
        assertThat(asked.getContentText()).contains("after the list showed it", "Nothing is deleted yet",
                "Delete anyway");
        Path[] shot = new Path[1];
        robot.interact(() -> shot[0] = Snapshots.save(asked.getScene(), "screenshots", "changed-before-delete"));
        assertThat(Files.size(shot[0])).isPositive();
        assertThat(app.workspace.requests().byId(request.id())).as("nothing deleted yet").isPresent();

        robot.clickOn("#changed-overwrite");
        app.waitIdle();

        assertThat(app.workspace.requests().byId(request.id())).isEmpty();
        assertThat(table.getItems()).isEmpty();
    }
}
