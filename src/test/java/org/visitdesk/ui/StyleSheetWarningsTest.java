package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.CalendarView;
import com.calendarfx.view.EntryViewBase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;

/**
 * The real window on sample data logs no CSS warning, in the light and the dark theme: on start, in the calendar's
 * week, day and month, and with a visit's popover open. Pictures of each go to {@code target/styling/}.
 */
@ExtendWith(ApplicationExtension.class)
class StyleSheetWarningsTest {

    private static CssWarnings css;

    @TempDir
    Path dir;

    private UiFixture app;
    private final Locale before = Locale.getDefault();
    private Visit clean;

    @BeforeAll
    static void collect() {
        css = CssWarnings.collect();
    }

    @AfterAll
    static void stop() {
        css.close();
    }

    @Start
    void start(Stage stage) {
        css.clear();
        // a visit of each look: clean, breaking a rule (kept with a reason), and only warned about
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            clean = TestRecords.visit(ws, uno, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
            TestRecords.visit(ws, uno, TestRecords.TUESDAY.plusDays(1).atTime(15, 0), List.of(alfa), "Agreed");
            TestRecords.visit(ws, uno, TestRecords.TUESDAY.plusDays(2).atTime(12, 10), List.of(), "");
        });
    }

    @AfterEach
    void close() {
        VisitDeskApplication.applyTheme(false);
        Messages.setLocale(Locale.ENGLISH);
        Locale.setDefault(before);
        app.close();
    }

    @Test
    void theCaptureHearsAWarning(FxRobot robot) {
        // the check below would pass on a deaf capture: prove it hears one
        robot.interact(() -> {
            Stage extra = new Stage();
            Label bad = new Label("x");
            bad.setStyle("-fx-text-fill: -no-such-colour;");
            extra.setScene(new Scene(new StackPane(bad), 100, 50));
            extra.show();
            extra.hide();
        });
        assertThat(css.found()).anyMatch(m -> m.contains("-no-such-colour"));
    }

    @Test
    void theCalendarInBothThemesLogsNoWarning(FxRobot robot) {
        app.waitIdle();
        assertThat(css.found()).as("CSS warnings on start").isEmpty();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> VisitDeskApplication.applyTheme(dark));
            String theme = dark ? "dark" : "light";
            CalendarView calendar = robot.lookup("#calendar-view").queryAs(CalendarView.class);
            robot.interact(() -> {
                calendar.setDate(LocalDate.of(2026, 12, 8));
                calendar.showWeekPage();
            });
            look(robot, theme + "-week");
            robot.interact(() -> {
                calendar.showDayPage();
                calendar.setRequestedTime(LocalTime.of(11, 0));
            });
            look(robot, theme + "-day");
            robot.interact(calendar::showMonthPage);
            look(robot, theme + "-month");
            robot.interact(calendar::showWeekPage);
            app.waitIdle();
            openAPopover(robot);
            look(robot, theme + "-popover");
            robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                    .findFirst().ifPresent(w -> Snapshots.save(w.getScene(), "styling", theme + "-popover-only")));
            robot.type(KeyCode.ESCAPE);
            robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow).toList()
                    .forEach(Window::hide));
        }
        assertThat(css.found()).as("CSS warnings").isEmpty();
    }

    private void look(FxRobot robot, String name) {
        app.waitIdle();
        robot.interact(() -> Snapshots.save(app.window.root().getScene(), "styling", name));
        assertThat(css.found()).as("CSS warnings at " + name).isEmpty();
    }

    /** Double-clicks a visit in the week so that its details show in a popover. */
    private void openAPopover(FxRobot robot) {
        CalendarView calendar = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        EntryViewBase<?> entry = calendar.getWeekPage().getDetailedWeekView().getWeekView()
                .findEntryView(UiFixture.entryOf(calendar, clean));
        assertThat(entry).as("the visit is drawn in the week").isNotNull();
        Bounds b = entry.localToScreen(entry.getBoundsInLocal());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + Math.min(10, b.getHeight() / 2))
                .doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).as("a popover shows").anyMatch(w -> w instanceof PopupWindow && w.isShowing());
    }
}
