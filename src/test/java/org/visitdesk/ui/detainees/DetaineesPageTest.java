package org.visitdesk.ui.detainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.ui.UiFixture;

/** Adds people through the real dialog into a real store, and finds them by search. */
@ExtendWith(ApplicationExtension.class)
class DetaineesPageTest {

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
    void addedPersonIsSavedAndFoundBySearchIgnoringAccents(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#detainee-add");
        robot.clickOn("#field-aNumber").write("a 999-000-123");
        robot.clickOn("#field-familyName").write("Prueba Núñez");
        robot.clickOn("#field-givenName").write("José");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(app.workspace.detainees().search("999000123", 5)).singleElement()
                .satisfies(d -> assertThat(d.fullName()).isEqualTo("José Prueba Núñez"));

        TextField search = robot.lookup("#detainee-search").queryAs(TextField.class);
        robot.clickOn(search).write("jose nunez");
        app.waitIdle();
        TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryTableView();
        assertThat(table.getItems()).extracting(l -> l.detainee().aNumber().display())
                .containsExactly("A-999-000-123");

        robot.doubleClickOn(search).eraseText(search.getText().length()).write("000123");
        app.waitIdle();
        assertThat(table.getItems()).hasSize(1);

        robot.eraseText(6).write("zzz");
        app.waitIdle();
        assertThat(table.getItems()).isEmpty();
    }

    @Test
    void wrongANumberMarksTheFieldAndSavesNothing(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#detainee-add");
        robot.clickOn("#field-aNumber").write("A12345");
        robot.clickOn("#field-familyName").write("Prueba");
        robot.clickOn("#field-givenName").write("Uno");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(app.workspace.detainees().count()).isZero();
        // the dialog stays open with what was typed
        assertThat(robot.lookup("#field-aNumber").queryAs(TextField.class).getText()).isEqualTo("A12345");
        assertThat(robot.lookup("#field-familyName").queryAs(TextField.class).getText()).isEqualTo("Prueba");
        assertThat(robot.lookup("#field-aNumber").query().getStyleClass()).as("ControlsFX marks the field")
                .contains("error");
        assertThat(robot.lookup("#field-familyName").query().getStyleClass()).doesNotContain("error");
        robot.type(KeyCode.ESCAPE);
    }
}
