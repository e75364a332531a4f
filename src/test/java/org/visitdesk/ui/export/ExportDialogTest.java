package org.visitdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
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
        // one visit in the week the calendar shows first (Monday 30 November to Sunday 6 December 2026); in the
        // next week one clean visit and one outside visiting hours, kept with a reason
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            // it took place before today: recording it needs a reason, as planning in the past does
            TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 1).atTime(12, 10), List.of(alfa),
                    "Recorded afterwards");
            TestRecords.visit(ws, uno, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
            TestRecords.visit(ws, uno, TestRecords.TUESDAY.plusDays(1).atTime(15, 0), List.of(alfa), "Agreed");
        });
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
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
                .startsWith("Wrote ").endsWith("week.xlsx.");
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            // the summary, then one sheet per day with visits: the Tuesday of the visible ISO week
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheetName(1)).isEqualTo("2026-12-01");
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("week.xlsx");
        }
    }

    @Test
    void theAppMenuOffersTheExportToo(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#app-menu");
        robot.clickOn("#menu-export");
        app.waitIdle();
        assertThat(robot.lookup("#export-run").tryQuery()).isPresent();
        assertThat(robot.lookup("#export-from").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
    }

    @Test
    void theDialogNamesTheVisitsThatWillBeRefusedAndSheetsLeaveThemOut(FxRobot robot) throws Exception {
        app.waitIdle();
        robot.clickOn("#app-menu");
        robot.clickOn("#menu-export");
        app.waitIdle();
        // the week of 7 December holds a visit that breaks a rule (outside visiting hours)
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
        assertThat(breaking).isEqualTo(1);
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

    @Test
    void calendarFilesAndTheMailMergeAreWrittenAndTheDialogSaysWhatLeaves(FxRobot robot) throws Exception {
        app.waitIdle();
        robot.clickOn("#app-menu");
        robot.clickOn("#menu-export");
        app.waitIdle();
        robot.interact(() -> {
            robot.lookup("#export-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 7));
            robot.lookup("#export-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 13));
        });
        Label privacy = robot.lookup("#export-privacy").queryAs(Label.class);
        assertThat(privacy.isVisible()).isFalse();
        robot.clickOn("#export-calendars");
        app.waitIdle();
        assertThat(privacy.isVisible()).isTrue();
        assertThat(privacy.getText()).contains("No A-number, date of birth, notes or follow-ups");
        TextField field = robot.lookup("#export-file").queryAs(TextField.class);
        assertThat(field.getText()).endsWith("calendars-2026-12-07-to-2026-12-13");
        Path folder = out.resolve("calendars");
        robot.interact(() -> field.setText(folder.toString()));
        robot.clickOn("#export-run");
        app.waitIdle();
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
                .startsWith("Wrote 1 calendar file (2 calendar entries)");
        try (var files = Files.list(folder)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            assertThat(Files.readString(written.get(0))).contains("BEGIN:VEVENT", "TZID=America/Los_Angeles")
                    .doesNotContain("999000001");
        }

        robot.clickOn("#export-mailmerge");
        app.waitIdle();
        assertThat(field.getText()).endsWith(".csv");
        Path csv = out.resolve("reminders");
        robot.interact(() -> field.setText(csv.toString()));
        robot.clickOn("#export-run");
        app.waitIdle();
        Path written = out.resolve("reminders.csv");
        assertThat(written).exists();
        assertThat(Files.readAllLines(written).get(0)).startsWith("visitor_name,email,phone,date,time");
        javafx.scene.Node dialog = robot.lookup("#export-run").query().getScene().getRoot();
        assertThat(org.visitdesk.ui.CutText.find(dialog)).as("cut text in the dialog").isEmpty();
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
    }
}
