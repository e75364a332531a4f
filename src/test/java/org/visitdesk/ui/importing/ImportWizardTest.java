package org.visitdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.importing.TestFiles;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.UiFixture;

/** The wizard through its pages on a real store: columns, report, import, summary; and a bad file's rows. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    @TempDir
    Path dir;
    private UiFixture app;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        app = UiFixture.start(s, dir.resolve("data"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> new ImportWizard(new PageContext(app.workspace, app.background, stage, null), file,
                ImportFileKind.DETAINEES, null).show());
        app.waitIdle();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theDetaineesToolbarOpensTheWizard(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.clickOn("#detainee-import");
        app.waitIdle();
        assertThat(robot.lookup("#import-wizard").tryQuery()).isPresent();
        assertThat(robot.lookup("#import-kind-detainees").tryQuery()).isPresent();
    }

    @Test
    void aGoodFileGoesThroughEveryPageAndIsImported(FxRobot robot) throws Exception {
        Path f = TestFiles.csv(dir, "people.csv", "A#,Apellido,Nombre,Shoe size\nA999000001,Prueba,Uno,41\n"
                + "A999000002,Prueba,Dos,42\nA999000003,Prueba,Tres,43\n");
        open(robot, f);
        robot.clickOn("#import-next");
        app.waitIdle();
        assertThat(text(robot, "#import-recognized")).isEqualTo("A-Number, Family Name, Given Name");
        assertThat(text(robot, "#import-extra")).isEqualTo("Shoe size");
        robot.clickOn("#import-next");
        app.waitIdle();
        assertThat(text(robot, "#import-report")).startsWith("Every row is valid.").contains("3 would be created");
        assertThat(app.workspace.detainees().count()).isZero();
        robot.clickOn("#import-next");
        app.waitIdle();
        assertThat(text(robot, "#import-summary")).contains("3 created");
        assertThat(app.workspace.detainees().count()).isEqualTo(3);
    }

    @Test
    void aBadFileListsItsRowsAndImportsNothing(FxRobot robot) throws Exception {
        Path f = TestFiles.csv(dir, "bad.csv", "A-Number,Family Name,Given Name\nA999000001,Prueba,Uno\nA12,Prueba,Dos\n");
        open(robot, f);
        robot.clickOn("#import-next");
        app.waitIdle();
        robot.clickOn("#import-next");
        app.waitIdle();
        ListView<String> errors = robot.lookup("#import-errors").queryListView();
        assertThat(errors.getItems()).singleElement().asString().startsWith("row 3, column A (A-Number): “A12”");
        assertThat(robot.lookup("#import-next").query().isDisabled()).isTrue();
        assertThat(app.workspace.detainees().count()).isZero();
    }
}
