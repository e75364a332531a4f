package org.visitdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.importing.TestFiles;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * The wizard through its pages on a real store: columns, report, import, summary; a bad file's rows; a release known
 * in advance and the offer to cancel the visits after it.
 */
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
    void aReleaseKnownInAdvanceOffersToCancelTheVisitsFromThatDayOn(FxRobot robot) throws Exception {
        Detainee person = TestRecords.person(app.workspace, "A999000401", "Salida", "West 3A");
        Visitor alfa = TestRecords.volunteer(app.workspace, "Alfa");
        // Tuesday 8 and Thursday 10 December; today is Sunday 6 December
        Visit tuesday = TestRecords.visit(app.workspace, person, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa),
                "");
        Visit thursday = TestRecords.visit(app.workspace, person, TestRecords.TUESDAY.plusDays(2).atTime(12, 10),
                List.of(alfa), "");
        Path f = TestFiles.csv(dir, "released.csv", "A-Number,Family Name,Given Name,Status,Status Date\n"
                + "A999000401,Salida,Prueba,released,2026-12-10\n");
        open(robot, f);
        robot.clickOn("#import-next");
        app.waitIdle();
        robot.clickOn("#import-next");
        app.waitIdle();
        robot.clickOn("#import-next");
        app.waitIdle();
        assertThat(text(robot, "#import-summary")).contains("1 updated");
        assertThat(text(robot, "#import-leaving")).contains("One visit is planned for them from that day on");
        assertThat(app.workspace.visits().byId(thursday.id()).orElseThrow().status())
                .as("nothing cancelled before the coordinator says so").isEqualTo(VisitStatus.SCHEDULED);

        robot.clickOn("#import-cancel-visits");
        app.waitIdle();
        assertThat(text(robot, "#import-leaving")).isEqualTo("One visit cancelled.");
        assertThat(app.workspace.visits().byId(thursday.id()).orElseThrow().status())
                .isEqualTo(VisitStatus.CANCELLED);
        assertThat(app.workspace.visits().byId(tuesday.id()).orElseThrow().status())
                .as("before the release: kept").isEqualTo(VisitStatus.SCHEDULED);
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
