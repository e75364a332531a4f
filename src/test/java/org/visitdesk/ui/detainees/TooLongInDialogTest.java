package org.visitdesk.ui.detainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.ui.UiFixture;

/** A value longer than the store holds, or with a control character, is a marked field: nothing reaches SQL. */
@ExtendWith(ApplicationExtension.class)
class TooLongInDialogTest {

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
    void aTooLongNameAndAControlCharacterAreMarkedAndNothingIsSaved(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#detainee-add");
        robot.clickOn("#field-aNumber").write("A999000551");
        TextField family = robot.lookup("#field-familyName").queryAs(TextField.class);
        TextField given = robot.lookup("#field-givenName").queryAs(TextField.class);
        String longName = "x".repeat(201);
        robot.interact(() -> {
            family.setText(longName);
            // JavaFX drops C0 codes from a text field itself; a C1 code (CSI) gets through
            given.setText("Uno\u009b2J");
        });
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(app.workspace.detainees().count()).isZero();
        assertThat(family.getText()).as("what was typed is kept").isEqualTo(longName);
        assertThat(family.getStyleClass()).as("ControlsFX marks the field").anyMatch(c -> c.contains("error"));
        assertThat(given.getStyleClass()).anyMatch(c -> c.contains("error"));
        assertThat(robot.lookup(".form-error").queryLabeled().getText())
                .contains("Too long: at most 200 characters (this has 201)", "control character");

        // shortened and cleaned, it saves
        robot.interact(() -> {
            family.setText("x".repeat(200));
            given.setText("Uno");
        });
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(app.workspace.detainees().count()).isEqualTo(1);
        assertThat(robot.lookup("#field-notes").tryQueryAs(TextArea.class)).isEmpty();
    }
}
