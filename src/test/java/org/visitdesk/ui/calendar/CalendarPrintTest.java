package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.print.PrintView;
import com.calendarfx.view.print.ViewType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.print.PageOrientation;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.AppStyle;
import org.visitdesk.ui.Printing;
import org.visitdesk.ui.Snapshots;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * Printing the calendar: there is no printer under the headless toolkit, so the test looks at what goes to
 * CalendarFX's print view (the week shown, on a landscape page, the visits with their marks, the key with the
 * legend of the marks) and at the clear message the print button gives without a printer. A picture of the print
 * view's preview lands in target/print/.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarPrintTest {

    @TempDir
    Path dir;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            // in the week the calendar shows first (30 November to 6 December), recorded afterwards with a reason
            TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 1).atTime(12, 10), List.of(alfa), "Afterwards");
            // outside visiting hours, kept with a reason: a visit with the ✖ mark
            TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 2).atTime(15, 0), List.of(alfa), "Agreed");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theWeekShownGoesToThePrintViewWithItsMarksAndTheirLegend(FxRobot robot) {
        app.waitIdle();
        CalendarPage page = (CalendarPage) app.window.pageShown();
        PrintView[] made = new PrintView[1];
        robot.interact(() -> made[0] = page.printView());
        PrintView pv = made[0];
        assertThat(pv.getViewType()).isEqualTo(ViewType.WEEK_VIEW);
        assertThat(ViewType.WEEK_VIEW.getPageOrientation()).isEqualTo(PageOrientation.LANDSCAPE);
        assertThat(pv.getDate()).isEqualTo(UiFixture.TODAY);
        assertThat(pv.getPreviewPane().getPrintablePage().isShowCalendarKeys()).isTrue();

        CalendarSource legend = pv.getCalendarSources().get(1);
        assertThat(legend.getCalendars()).extracting(Calendar::getName)
                .containsExactly("✖ breaks a rule   ⚠ warning   +N more at that time");
        // the preview as the coordinator sees it
        robot.interact(() -> {
            Stage s = new Stage();
            Scene scene = new Scene(pv, 1280, 860);
            AppStyle.add(scene);
            s.setScene(scene);
            s.show();
        });
        app.waitIdle();
        List<String> titles = new ArrayList<>();
        robot.interact(() -> {
            for (Calendar<?> c : pv.getCalendarSources().get(0).getCalendars()) {
                c.findEntries(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), ZoneId.systemDefault())
                        .values().forEach(day -> day.forEach(e -> titles.add(((Entry<?>) e).getTitle())));
            }
        });
        robot.interact(() -> Snapshots.save(pv.getScene(), "print", "calendar-week-print-view"));
        assertThat(pv.getPreviewPane().getPrintablePage().getPageStartDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(titles).hasSize(2).anyMatch(t -> t.startsWith("\u2716"));
        robot.interact(() -> ((Stage) pv.getScene().getWindow()).close());
    }

    @Test
    void withoutAPrinterThePrintButtonSaysSo(FxRobot robot) {
        app.waitIdle();
        if (Printing.hasPrinter()) {
            return;
        }
        robot.clickOn("#calendar-print");
        app.waitIdle();
        assertThat(robot.lookup("No printer is set up on this computer.").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
    }
}
