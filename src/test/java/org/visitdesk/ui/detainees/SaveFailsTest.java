package org.visitdesk.ui.detainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
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
import org.visitdesk.ui.UiFixture;

/** A save the store cannot do is said in words, and the dialog stays usable: typed text kept, Save and Cancel work. */
@ExtendWith(ApplicationExtension.class)
class SaveFailsTest {

    @TempDir
    Path dir;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aFailedSaveLeavesTheDialogOpenWithWhatWasTypedAndItCanBeCancelled(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#detainee-add");
        robot.clickOn("#field-aNumber").write("A999000552");
        robot.clickOn("#field-familyName").write("Sample");
        robot.clickOn("#field-givenName").write("Uno");
        Window person = robot.window(w -> w.getScene() != null && w.getScene().lookup("#field-aNumber") != null);

        // the store goes away under the open dialog (as when the disk it is on is pulled out)
        app.workspace.close();
        robot.clickOn("#dialog-save");
        app.waitIdle();

        List<Window> errors = robot.listTargetWindows().stream().filter(w -> w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane p && p.getStyleClass().contains("error")).toList();
        assertThat(errors).as("the failure is said in a dialog").hasSize(1);
        robot.interact(() -> ((Stage) errors.get(0)).close());

        assertThat(person.isShowing()).as("the dialog stays").isTrue();
        Button save = (Button) robot.lookup("#dialog-save").query();
        assertThat(save.isDisabled()).as("Save can be tried again").isFalse();
        assertThat(robot.lookup("#field-familyName").queryAs(TextField.class).getText()).isEqualTo("Sample");
        DialogPane pane = (DialogPane) person.getScene().getRoot();
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        assertThat(cancel.isDisabled()).as("Cancel works again").isFalse();
        robot.interact(cancel::fire);
        app.waitIdle();
        assertThat(person.isShowing()).as("Cancel closes it").isFalse();
    }
}
