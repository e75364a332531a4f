package org.visitdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** The Reports page in a window (Ctrl+9): the week's visits stacked by outcome and its median wait drawn. */
@ExtendWith(ApplicationExtension.class)
class ReportsPageTest {

    @TempDir
    Path dir;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Visit v = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa), "x");
            assertThat(ws.outcomes().record(new Outcome(v.id(), OutcomeCode.HAPPENED, null, LocalTime.of(10, 40),
                    LocalTime.of(12, 10), null, ""), List.of()).isSaved()).isTrue();
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theChartsShowTheWeeksOfTheRange(FxRobot robot) {
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        app.waitIdle();
        StackedBarChart<String, Number> visits = robot.lookup("#reports-visits").query();
        assertThat(visits.getData()).hasSize(OutcomeCode.values().length + 1);
        XYChart.Series<String, Number> happened = visits.getData().get(0);
        assertThat(happened.getName()).isEqualTo("Happened");
        assertThat(happened.getData()).hasSize(ReportsViewModel.WEEKS);
        assertThat(happened.getData().get(ReportsViewModel.WEEKS - 1).getYValue()).isEqualTo(1);
        assertThat(happened.getData().get(ReportsViewModel.WEEKS - 1).getXValue()).isEqualTo("30 Nov");
        LineChart<String, Number> waits = robot.lookup("#reports-waits").query();
        assertThat(waits.getData().get(0).getData()).singleElement()
                .satisfies(d -> assertThat(d.getYValue()).isEqualTo(90L));
        assertThat(robot.lookup("#reports-summary").queryAs(Label.class).getText())
                .contains("1 visit planned", "1 happened", "Median wait: 90 min.");
    }
}
