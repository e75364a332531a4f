package org.visitdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** The Export dialog writes the access report of the calendar's week, de-identified when asked: the CLI's file. */
@ExtendWith(ApplicationExtension.class)
class ExportReportTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        // the week the calendar shows first: Monday 30 November to Sunday 6 December 2026
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Visit happened = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa),
                    "Recorded afterwards");
            Visit denied = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(1).atTime(7, 0), List.of(alfa),
                    "Recorded afterwards");
            assertThat(ws.outcomes().record(new Outcome(happened.id(), OutcomeCode.HAPPENED, null,
                    LocalTime.of(11, 10), LocalTime.of(12, 40), LocalTime.of(13, 30), ""), List.of()).isSaved())
                    .isTrue();
            assertThat(ws.outcomes().record(new Outcome(denied.id(), OutcomeCode.DENIED, DenialReason.DRESS_CODE,
                    null, null, null, ""), List.of()).isSaved()).isTrue();
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theAccessReportOfTheWeekIsWrittenWithoutNamesWhenAsked(FxRobot robot) throws Exception {
        app.waitIdle();
        robot.clickOn("#calendar-export");
        app.waitIdle();
        CheckBox deidentified = robot.lookup("#export-deidentified").queryAs(CheckBox.class);
        assertThat(deidentified.isDisabled()).as("only for the report").isTrue();
        robot.clickOn("#export-report");
        assertThat(deidentified.isDisabled()).isFalse();
        robot.clickOn("#export-deidentified");
        TextField field = robot.lookup("#export-file").queryAs(TextField.class);
        assertThat(field.getText()).endsWith("access-report-deidentified-2026-11-30-to-2026-12-06.xlsx");
        Path file = out.resolve("report.xlsx");
        robot.interact(() -> field.setText(file.toString()));
        robot.clickOn("#export-run");
        app.waitIdle();

        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
                .startsWith("Wrote the access report").endsWith("report.xlsx.");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            Map<String, Double> s = new HashMap<>();
            StringBuilder text = new StringBuilder();
            wb.forEach(sheet -> sheet.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    text.append(c.getStringCellValue()).append('\n');
                }
            })));
            for (Row r : wb.getSheet("Summary")) {
                Cell label = r.getCell(0);
                Cell value = r.getCell(1);
                if (label != null && value != null && value.getCellType() == CellType.NUMERIC) {
                    s.put(label.getStringCellValue(), value.getNumericCellValue());
                }
            }
            assertThat(s).containsEntry("Visits planned", 2.0).containsEntry("Happened", 1.0)
                    .containsEntry("Denied", 1.0).containsEntry("Median wait (minutes)", 90.0)
                    .containsEntry("Denied: Dress code", 1.0);
            assertThat(text.toString()).doesNotContain("A-999-000-001", "Uno").contains("P-001");
        }
    }
}
