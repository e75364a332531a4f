package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
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
import org.visitdesk.app.HistoryEntry;

/** Edits a person through the real dialog, then reads the change on the dialog's History tab. */
@ExtendWith(ApplicationExtension.class)
class HistoryTabTest {

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
    void theHistoryTabListsAnEditedName(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#detainee-add");
        assertThat(robot.lookup("#tab-history").tryQuery()).as("a new record has no history yet").isEmpty();
        robot.clickOn("#field-aNumber").write("A999000301");
        robot.clickOn("#field-familyName").write("Uno");
        robot.clickOn("#field-givenName").write("Prueba");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryTableView();
        openFirst(robot, table);
        TextField family = robot.lookup("#field-familyName").queryAs(TextField.class);
        robot.doubleClickOn(family).write("Dos");
        assertThat(family.getText()).isEqualTo("Dos");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(app.workspace.detainees().search("Dos", 5)).hasSize(1);

        openFirst(robot, table);
        robot.clickOn("#tab-history");
        app.waitIdle();
        ListView<HistoryEntry> list = robot.lookup("#history-list").queryListView();
        assertThat(list.getItems()).extracting(HistoryEntry::action).containsExactly(HistoryEntry.Action.CHANGED,
                HistoryEntry.Action.CREATED);
        assertThat(list.getItems().get(0).changes()).singleElement().satisfies(c -> {
            assertThat(c.fieldKey()).isEqualTo("field.familyName");
            assertThat(c.before()).isEqualTo("Uno");
            assertThat(c.after()).isEqualTo("Dos");
        });
        assertThat(HistoryTabs.describe(list.getItems().get(0))).contains("Uno → Dos");
        robot.type(KeyCode.ESCAPE);
    }

    private static void openFirst(FxRobot robot, TableView<DetaineeListing> table) {
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#detainee-edit");
    }
}
