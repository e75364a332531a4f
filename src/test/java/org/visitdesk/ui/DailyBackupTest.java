package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.ui.TestRecords.TUESDAY;

import com.calendarfx.view.CalendarView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.ProblemException;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;

/**
 * The day's backup is made on a thread of its own once the first week is drawn, as the app starts it: a backup
 * held running by the test (a latch, no timing) does not hold up the load of another week, and the status bar
 * says what the backup is doing; a failed one is a warning in the status bar, not a dialog.
 */
@ExtendWith(ApplicationExtension.class)
class DailyBackupTest {

    /** A week the calendar has not loaded when the backup starts. */
    private static final LocalDate LATER = TUESDAY.plusWeeks(3);

    @TempDir
    Path dir;

    private UiFixture app;
    private DailyBackup backup;
    private Visit later;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            later = TestRecords.visit(ws, uno, LATER.atTime(12, 10), List.of(TestRecords.volunteer(ws, "Alfa")), "");
        });
        backup = new DailyBackup(app.window.backupStatus());
    }

    @AfterEach
    void close() {
        release.countDown();
        backup.shutdown();
        app.close();
    }

    /** A backup that runs until the test lets it end. */
    private DailyBackup.Job held() {
        return new DailyBackup.Job() {
            @Override
            public boolean due() {
                return true;
            }

            @Override
            public void make() {
                started.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Test
    void aBackupBeingMadeDoesNotHoldUpTheLoadOfAWeek(FxRobot robot) throws Exception {
        app.waitIdle();
        CalendarView view = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        robot.interact(() -> app.window.pageShown().whenReady(() -> backup.start(held())));
        assertThat(started.await(20, TimeUnit.SECONDS)).as("the backup started once the week was drawn").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).getText()).isEqualTo("Making today's backup…");

        // a week not loaded yet is read while the backup still runs
        robot.interact(() -> view.setDate(LATER));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> hasEntry(view, later)).get());
        assertThat(release.getCount()).as("the backup is still being made").isEqualTo(1);
        assertThat(note(robot).getText()).isEqualTo("Making today's backup…");

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Today's backup is made.".equals(note(robot).getText()));
    }

    @Test
    void aFailedBackupIsAWarningInTheStatusBarAndWorkGoesOn(FxRobot robot) throws Exception {
        app.waitIdle();
        robot.interact(() -> backup.start(new DailyBackup.Job() {
            @Override
            public boolean due() {
                return true;
            }

            @Override
            public void make() {
                throw new ProblemException("store.DISK_FULL", "disk full", null);
            }
        }));
        backup.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        Label note = note(robot);
        assertThat(note.getText()).isEqualTo("Today's backup could not be made: the disk is full. Your records are"
                + " safe.");
        assertThat(note.getStyleClass()).contains("warning");
        assertThat(note.getTooltip().getText()).contains("you can keep working");
        assertThat(robot.listWindows()).filteredOn(Window::isShowing).hasSize(1);
        assertThat(robot.lookup(".nav-button").queryAllAs(ToggleButton.class)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.isDisabled()).isFalse());
    }

    @Test
    void noBackupDueSaysNothing(FxRobot robot) {
        app.waitIdle();
        robot.interact(() -> backup.start(new DailyBackup.Job() {
            @Override
            public boolean due() {
                return false;
            }

            @Override
            public void make() {
                throw new AssertionError("no backup is due");
            }
        }));
        backup.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).isVisible()).isFalse();
    }

    private static Label note(FxRobot robot) {
        return robot.lookup("#backup-status").queryAs(Label.class);
    }

    private static boolean hasEntry(CalendarView view, Visit v) {
        try {
            UiFixture.entryOf(view, v);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
