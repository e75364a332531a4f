package org.visitdesk.ui;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.CalendarView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Visit;

/** Opens the real main window on a real store in a temp folder, for TestFX tests. */
public final class UiFixture {

    /** The day the tests live on: a Sunday, so "this week and the next" is fixed. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    public final Workspace workspace;
    public final FxBackground background = new FxBackground();
    public final MainWindow window;

    private UiFixture(Stage stage, Path dir, Workspace ws) {
        this.workspace = ws;
        Messages.setLocale(Locale.ENGLISH);
        VisitDeskApplication.applyTheme(false);
        Settings settings = new Settings(Preferences.userRoot().node("org/visitdesk-test"));
        this.window = new MainWindow(stage, background, settings, dir);
        Scene scene = new Scene(window.root(), 1280, 800);
        AppStyle.add(scene);
        AppStyle.install();
        stage.setScene(scene);
        stage.setTitle("VisitDesk");
        stage.show();
        window.attach(ws);
    }

    /** A clock fixed at noon on {@link #TODAY}. */
    public static Clock clock() {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(TODAY.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** Opens an empty store (the welcome page shows). Call from a TestFX {@code @Start} method. */
    public static UiFixture start(Stage stage, Path dir) {
        return new UiFixture(stage, dir, Workspace.open(dir, clock()));
    }

    /**
     * Opens a store with the records a test makes (see {@link TestRecords}). Call from a TestFX {@code @Start}
     * method.
     */
    public static UiFixture start(Stage stage, Path dir, Consumer<Workspace> records) {
        Workspace ws = Workspace.open(dir, clock());
        records.accept(ws);
        return new UiFixture(stage, dir, ws);
    }

    /** Shows the window on a workspace the test opened (a shared store, say). Call from a TestFX {@code @Start} method. */
    public static UiFixture start(Stage stage, Path dir, Workspace ws) {
        return new UiFixture(stage, dir, ws);
    }

    /** The calendar's entry of a visit, found through CalendarFX's model (its public API, not its skins). */
    public static Entry<?> entryOf(CalendarView view, Visit v) {
        for (CalendarSource source : view.getCalendarSources()) {
            for (Calendar<?> c : source.getCalendars()) {
                for (List<Entry<?>> day : c.findEntries(v.day(), v.day(), ZoneId.systemDefault()).values()) {
                    for (Entry<?> e : day) {
                        if (e.getUserObject() instanceof VisitListing l && l.visit().id() == v.id()) {
                            return e;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no entry for visit " + v.id());
    }

    /** Waits until all background work is done and its results are drawn. */
    public void waitIdle() {
        try {
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> background.runningProperty().get() == 0);
            }
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish in 20 s", e);
        }
    }

    /** Closes the store (call from {@code @AfterEach}). */
    public void close() {
        background.shutdown();
        workspace.close();
    }
}
