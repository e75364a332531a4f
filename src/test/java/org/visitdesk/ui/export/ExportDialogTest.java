package org.visitdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.ui.UiFixture;

/** The Export button of the calendar writes the visible week's roster through the real dialog. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.startWithSample(stage, dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void rosterOfTheVisibleWeekIsWrittenAndCanBeOpened(FxRobot robot) throws Exception {
        app.waitIdle();
        robot.clickOn("#calendar-export");
        app.waitIdle();
        Path file = out.resolve("week.xlsx");
        TextField field = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> field.setText(file.toString()));
        assertThat(robot.lookup("#export-open").queryButton().isDisabled()).isTrue();
        robot.clickOn("#export-run");
        app.waitIdle();

        assertThat(file).exists();
        // Open and Show in folder need the desktop's HostServices, which a headless test has not
        assertThat(robot.lookup("#export-status").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Wrote ").endsWith("week.xlsx.");
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            // the fixture's today is Sunday 6 Dec 2026: the visible ISO week is Mon 30 Nov to Sun 6 Dec
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).isBetween("2026-11-30", "2026-12-06");
            }
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("week.xlsx");
        }
    }

    @Test
    void theAppMenuOffersTheExportToo(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#app-menu");
        robot.clickOn("Export to Excel…");
        app.waitIdle();
        assertThat(robot.lookup("#export-run").tryQuery()).isPresent();
        assertThat(robot.lookup("#export-from").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        app.waitIdle();
    }

    @Test
    void theDialogNamesTheVisitsThatWillBeRefusedAndSheetsLeaveThemOut(FxRobot robot) throws Exception {
        app.waitIdle();
        robot.clickOn("#app-menu");
        robot.clickOn("Export to Excel…");
        app.waitIdle();
        // the sample's week of 7 December holds visits that break rules (outside hours, a closed day...)
        robot.interact(() -> {
            robot.lookup("#export-from").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 12, 7));
            robot.lookup("#export-to").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 12, 13));
        });
        app.waitIdle();
        javafx.scene.control.CheckBox leaveOut = robot.lookup("#export-leave-out")
                .queryAs(javafx.scene.control.CheckBox.class);
        assertThat(leaveOut.isSelected()).as("a roster keeps them, its Conflicts column says why").isFalse();
        robot.clickOn("#export-sheets");
        app.waitIdle();
        assertThat(leaveOut.isSelected()).as("visit sheets leave them out by default").isTrue();
        String named = robot.lookup("#export-breaking-visits").queryAs(javafx.scene.control.Label.class).getText();
        int breaking = app.workspace.exports().breaking(java.time.LocalDate.of(2026, 12, 7),
                java.time.LocalDate.of(2026, 12, 13), java.util.Locale.ENGLISH).size();
        assertThat(breaking).isGreaterThan(0);
        assertThat(named).contains("A-999-").contains(": ");
        javafx.scene.Node dialog = robot.lookup("#export-run").query().getScene().getRoot();
        assertThat(org.visitdesk.ui.CutText.find(dialog)).as("cut text in the dialog").isEmpty();

        Path file = out.resolve("sheets.xlsx");
        TextField field = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> field.setText(file.toString()));
        robot.clickOn("#export-run");
        app.waitIdle();
        String status = robot.lookup("#export-status").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(status).contains(breaking == 1 ? "1 visit was left out because it breaks a rule"
                : breaking + " visits were left out because they break a rule");
        int all = app.workspace.exports().sheets(java.time.LocalDate.of(2026, 12, 7),
                java.time.LocalDate.of(2026, 12, 13), out.resolve("check.xlsx"), true, java.util.Locale.ENGLISH)
                .rows();
        assertThat(status).startsWith("Wrote " + (all - breaking) + " visit");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        app.waitIdle();
    }
}
