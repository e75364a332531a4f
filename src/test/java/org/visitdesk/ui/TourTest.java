package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.calendarfx.view.DayEntryView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.ui.followups.LeavingFollowUps;
import org.visitdesk.ui.importing.ImportWizard;
import org.visitdesk.ui.outcomes.ReportDialog;
import org.visitdesk.ui.visits.VisitRow;

/**
 * The tour: every page, dialog and popover of the window, at 1440 x 900 and 1024 x 700, in English and Spanish,
 * light and dark. On each screen it fails on an uncaught exception or an unexpected error shown, a text cut short
 * ({@link CutText}), a CSS warning ({@link CssWarnings}), a window larger than the screen, and in Spanish on words
 * left in English ({@link LeftInEnglish}). A picture of each screen goes to {@code target/tour/<variant>/} for people
 * to look at (the tour does not replace looking). Every problem of a variant is listed at once.
 * <p>
 * One window per language and theme, resized for the two sizes; the records are made once. A stop of the tour is
 * one method that opens a screen, {@link #look}s at it, and closes what it opened; {@link #stops()} lists them in
 * order ({@link #calendarStops()} for the calendar's). To add a screen, write such a method and list it.
 */
class TourTest {

    /** A language and a theme: one window each. */
    record Variant(Locale language, boolean dark) {
        String folder() {
            return language.getLanguage() + "-" + (dark ? "dark" : "light");
        }

        @Override
        public String toString() {
            return folder();
        }
    }

    /** A screen the window fills. */
    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** One stop of the tour, named for the problems it finds. */
    record Stop(String name, Runnable visit) {
    }

    static final List<Size> SIZES = List.of(new Size(1440, 900), new Size(1024, 700));
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Path home;
    private static Workspace records;
    private static Workspace empty;
    private static Path badImport;
    private static CssWarnings css;
    private static final ListAppender<ILoggingEvent> unexpected = new ListAppender<>();
    private static final List<Throwable> uncaught = new ArrayList<>();
    private static Thread.UncaughtExceptionHandler handlerBefore;
    private static final Locale LOCALE_BEFORE = Locale.getDefault();
    private static final LeftInEnglish ENGLISH = LeftInEnglish.ofTheApp();
    private static final Shots shots = new Shots();
    /** The person of the series preview: West 3A, whose window is on Tuesdays at 12:10. */
    private static Detainee seriesPerson;

    private final FxRobot robot = new FxRobot();
    private final FxBackground background = new FxBackground();
    private final List<String> problems = new ArrayList<>();
    private Variant variant;
    private Size size;
    private Stage stage;
    private MainWindow window;
    private Settings settings;
    private int shot;
    private long lastLook = System.nanoTime();

    /** Every language and theme; {@code -Dtour.only=es-dark} tours one while a screen is being mended. */
    static List<Variant> variants() {
        String only = System.getProperty("tour.only", "");
        return List.of(new Variant(Locale.ENGLISH, false), new Variant(Locale.ENGLISH, true),
                new Variant(ES, false), new Variant(ES, true)).stream()
                .filter(v -> only.isEmpty() || only.equals(v.folder())).toList();
    }

    /** The stops of the tour, in order. */
    private List<Stop> stops() {
        return List.of(
                new Stop("first start", this::firstStart),
                new Stop("passphrase", this::passphrase),
                new Stop("welcome", this::welcome),
                new Stop("detainees", this::detainees),
                new Stop("detainee dialogs", this::detaineeDialogs),
                new Stop("person follow-ups", this::personFollowUps),
                new Stop("leaving follow-ups", this::leavingFollowUps),
                new Stop("delete question", this::deleteQuestion),
                new Stop("clean-up", this::cleanUp),
                new Stop("import with errors", this::importWithErrors),
                new Stop("visitors", this::visitors),
                new Stop("visitor dialogs", this::visitorDialogs),
                new Stop("visits", this::visits),
                new Stop("visit dialogs", this::visitDialogs),
                new Stop("series preview", this::seriesPreview),
                new Stop("report dialog", this::reportDialog),
                new Stop("reports due", this::reportsDue),
                new Stop("follow-ups", this::followUps),
                new Stop("unvisited", this::unvisited),
                new Stop("requests", this::requests),
                new Stop("tomorrow", this::tomorrow),
                new Stop("reports", this::reports),
                new Stop("facilities", this::facilities),
                new Stop("blackout day", this::blackoutDay),
                new Stop("lockdown question", this::lockdownQuestion),
                new Stop("app menu", this::appMenu),
                new Stop("export", this::export),
                new Stop("safety", this::safety),
                new Stop("connect", this::connect),
                new Stop("connect password", this::connectPassword));
    }

    /** The calendar's stops, kept apart from the rest: each is a method in "the calendar's stops" below. */
    private List<Stop> calendarStops() {
        return List.of(
                new Stop("calendar week", this::calendarWeek),
                new Stop("calendar day", this::calendarDay),
                new Stop("calendar month", this::calendarMonth),
                new Stop("conflict chosen", this::conflictChosen),
                new Stop("conflict menu", this::conflictMenu),
                new Stop("visit popover", this::visitPopover),
                new Stop("more visits", this::moreVisits),
                new Stop("find a time", this::findATime));
    }

    @BeforeAll
    static void makeRecords() throws Exception {
        FxToolkit.registerPrimaryStage();
        css = CssWarnings.collect();
        Logger diagnostics = (Logger) LoggerFactory.getLogger(Diagnostics.class);
        unexpected.start();
        diagnostics.addAppender(unexpected);
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            synchronized (uncaught) {
                uncaught.add(e);
            }
        });
        home = Files.createTempDirectory("visitdesk-tour");
        records = Workspace.open(Files.createDirectories(home.resolve("records")), UiFixture.clock());
        // made-up people, volunteers and visits over eight weeks, with the sample's deliberate conflicts
        records.loadSampleData(new SampleData.Size(30, 12, 60), 17, f -> { });
        // two people of one name, told apart by their A-numbers; one who left, for the clean-up
        seriesPerson = TestRecords.person(records, "A999297001", "Hernández López de la Cruz", "West 3A");
        TestRecords.person(records, "A999297002", "Hernández López de la Cruz", "West 3B");
        Detainee left = TestRecords.person(records, "A999297003", "Salida", "West 3C");
        records.detainees().save(new Detainee(left.id(), left.aNumber(), left.familyName(), left.givenName(), null,
                left.countryOfBirth(), left.languages(), "", left.facilityId(), left.housingUnit(),
                DetaineeStatus.RELEASED, UiFixture.TODAY.minusYears(2), ""));
        // reports with needs, so the Follow-ups page has lines, one overdue
        List<org.visitdesk.app.VisitListing> due = records.outcomes().reportsDue(UiFixture.TODAY.minusWeeks(8));
        for (int i = 0; i < Math.min(3, due.size()); i++) {
            records.outcomes().record(new org.visitdesk.domain.Outcome(due.get(i).visit().id(), OutcomeCode.HAPPENED,
                    null, null, null, null, ""), List.of(new org.visitdesk.app.OutcomeService.Need(
                    org.visitdesk.domain.FollowUpKind.values()[i * 3], null, UiFixture.TODAY.plusDays(i * 4L - 2),
                    "")));
        }
        // requests: one without an A-number (the ICE locator's words), one in a language no volunteer speaks
        records.requests().save(new org.visitdesk.domain.Request(0, UiFixture.TODAY.minusDays(12),
                org.visitdesk.domain.RequestSource.SIGN_UP_SHEET, null, "Ixcoy Tum de León", "Juana Micaela",
                "Guatemala", List.of("Mam", "Spanish"), "commissary; attorney", org.visitdesk.domain.Urgency.URGENT,
                "", "", "", "", null, null, null));
        records.requests().save(new org.visitdesk.domain.Request(0, UiFixture.TODAY.minusDays(3),
                org.visitdesk.domain.RequestSource.HOTLINE, org.visitdesk.domain.ANumber.parse("A999297004").orElseThrow(), "Tesfaye",
                "Selam", "Eritrea", List.of("Tigre"), "", org.visitdesk.domain.Urgency.SOON, "Abel", "brother",
                "555-0101", "", null, null, null));
        // a lockdown on a Thursday weeks ago (not in the calendar's stops), for the question of the visits it hit;
        // its reason typed in Spanish, as a coordinator may
        long adelanto = TestRecords.adelanto(records);
        var rules = records.facilities().rules(adelanto);
        List<BlackoutDay> closed = new ArrayList<>(rules.blackouts());
        closed.add(new BlackoutDay(0, adelanto, UiFixture.TODAY.minusDays(17), UiFixture.TODAY.minusDays(17),
                "Cierre"));
        records.facilities().save(new org.visitdesk.app.FacilityService.FacilityRules(rules.facility(),
                rules.windows(), closed));
        records.backupAutomatic("tour");
        empty = Workspace.open(Files.createDirectories(home.resolve("empty")), UiFixture.clock());
        // a detainees file whose every row has something wrong
        badImport = home.resolve("detainees.csv");
        Files.writeString(badImport, """
                A-Number,Family Name,Given Name,Date of Birth,Status,Status Date
                A12,Prueba,Uno,1990-13-01,detained,
                A999000777,,Dos,1985-02-30,released,2026-12-01
                A999000778,Prueba,Tres,not a date,gone,
                """);
    }

    @AfterAll
    static void closeRecords() throws Exception {
        shots.finish();
        css.close();
        ((Logger) LoggerFactory.getLogger(Diagnostics.class)).detachAppender(unexpected);
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        records.close();
        empty.close();
        Messages.setLocale(Locale.ENGLISH);
        Locale.setDefault(LOCALE_BEFORE);
        VisitDeskApplication.applyTheme(false);
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is no failure of the window
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyScreenIsWholeAndSpeaksItsLanguage(Variant v) throws Exception {
        variant = v;
        open(v);
        try {
            for (Size s : SIZES) {
                size = s;
                robot.interact(() -> {
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(s.width());
                    stage.setHeight(s.height());
                });
                for (Stop stop : java.util.stream.Stream.concat(stops().stream(), calendarStops().stream())
                        .toList()) {
                    try {
                        stop.visit().run();
                    } catch (RuntimeException | AssertionError e) {
                        problems.add(where(stop.name()) + " could not be toured: " + e);
                    }
                    closeLeftOvers(stop.name());
                }
            }
        } finally {
            robot.interact(() -> stage.close());
            background.shutdown();
        }
        assertThat(problems).as("problems on the tour, " + v).isEmpty();
    }

    /** A window in the variant's language and theme, on the records. */
    private void open(Variant v) throws Exception {
        Path pictures = Path.of("target", "tour", v.folder());
        if (Files.isDirectory(pictures)) {
            try (var old = Files.list(pictures)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Preferences prefs = Preferences.userRoot().node("org/visitdesk-tour");
        prefs.clear();
        settings = new Settings(prefs);
        settings.setDark(v.dark());
        robot.interact(() -> {
            Messages.setLocale(v.language());
            VisitDeskApplication.followLanguage();
            VisitDeskApplication.applyTheme(v.dark());
            stage = new Stage();
            window = new MainWindow(stage, background, settings, home.resolve("records"));
            window.setSafety(new SafetyDialog.Actions() {
                @Override
                public Workspace workspace() {
                    return records;
                }

                @Override
                public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
                }

                @Override
                public void restore(Path backup, char[] passphraseOfBackup, Workspace.ProtectionChange change) {
                }
            });
            Scene scene = new Scene(window.root(), SIZES.get(0).width(), SIZES.get(0).height());
            AppStyle.add(scene);
            AppStyle.install();
            stage.setScene(scene);
            stage.setTitle(Messages.get("app.title"));
            stage.show();
            window.attach(records);
        });
        idle();
        css.clear();
    }

    // ---- the stops -------------------------------------------------------------------------------------------

    /** Before the records open, over the window that says so, as at a real first start. */
    private void firstStart() {
        fx(window::detach);
        later(() -> PassphraseDialog.firstRun(stage));
        look("first-start");
        later(() -> fire("#passphrase-without"));
    }

    private void passphrase() {
        later(() -> PassphraseDialog.ask(stage, Messages.get("store.WRONG_PASSPHRASE")));
        look("passphrase-wrong");
        cancelDialogs();
    }

    private void welcome() {
        fx(() -> window.attach(empty));
        look("welcome");
        robot.interact(() -> {
            window.detach();
            window.attach(records);
        });
        idle();
    }

    private void detainees() {
        nav("detainees");
        look("detainees");
    }

    private void detaineeDialogs() {
        nav("detainees");
        later(() -> fire("#detainee-add"));
        look("detainee-new");
        cancelDialogs();
        selectDetainee("A-999-297-001");
        later(() -> fire("#detainee-edit"));
        look("detainee-edit");
        history();
        look("detainee-history");
        cancelDialogs();
    }

    /** The dialog of a person with open follow-ups, on its tab of follow-ups and last visits. */
    private void personFollowUps() {
        nav("detainees");
        selectDetainee(withFollowUps().aNumber().display());
        later(() -> fire("#detainee-edit"));
        fx(() -> select("#tab-after"));
        idle();
        look("detainee-follow-ups");
        cancelDialogs();
    }

    /** What becomes of the open follow-ups of a person who left (asked after the release is saved). */
    private void leavingFollowUps() {
        Detainee d = withFollowUps();
        Detainee released = new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(),
                d.countryOfBirth(), d.languages(), d.gender(), d.facilityId(), d.housingUnit(),
                DetaineeStatus.RELEASED, UiFixture.TODAY, d.notes());
        later(() -> LeavingFollowUps.ask(new PageContext(records, background, stage, settings), released, () -> { }));
        look("leaving-follow-ups");
        cancelDialogs();
    }

    private static Detainee withFollowUps() {
        return records.followUps().list(false).stream().map(l -> l.detainee()).filter(d -> d != null)
                .findFirst().orElseThrow();
    }

    private void deleteQuestion() {
        nav("detainees");
        selectDetainee("A-999-297-002");
        later(() -> fire("#detainee-delete"));
        look("detainee-delete");
        cancelDialogs();
    }

    private void cleanUp() {
        nav("detainees");
        later(() -> fire("#detainee-cleanup"));
        look("cleanup");
        cancelDialogs();
    }

    private void importWithErrors() {
        later(() -> new ImportWizard(new PageContext(records, background, stage, settings), badImport,
                ImportFileKind.DETAINEES, null).show());
        look("import-file");
        robot.interact(() -> fire("#import-next"));
        look("import-columns");
        robot.interact(() -> fire("#import-next"));
        look("import-errors");
        cancelDialogs();
    }

    private void visitors() {
        nav("visitors");
        look("visitors");
    }

    private void visitorDialogs() {
        nav("visitors");
        later(() -> fire("#visitor-add"));
        look("visitor-new");
        cancelDialogs();
        robot.interact(() -> robot.lookup("#visitor-table").queryTableView().getSelectionModel().select(0));
        later(() -> fire("#visitor-edit"));
        look("visitor-edit");
        history();
        look("visitor-history");
        cancelDialogs();
    }

    private void visits() {
        nav("visits");
        look("visits");
    }

    private void visitDialogs() {
        nav("visits");
        later(() -> fire("#visit-add"));
        look("visit-new");
        series();
        cancelDialogs();
        // the visit with the most volunteers, and conflicts if any: the fullest dialog
        robot.interact(() -> {
            TableView<VisitRow> table = robot.lookup("#visit-table").queryTableView();
            VisitRow fullest = table.getItems().stream()
                    .max(Comparator.comparingInt((VisitRow r) -> r.listing().visit().visitorIds().size())
                            .thenComparingInt(r -> r.conflicts().size()))
                    .orElseThrow();
            table.getSelectionModel().select(fullest);
        });
        later(() -> fire("#visit-edit"));
        // the conflicts are checked a moment after the dialog opens
        pause(400);
        look("visit-edit");
        history();
        look("visit-history");
        cancelDialogs();
    }

    /** The new visit made to repeat every week: its number of visits and last day show. */
    @SuppressWarnings("unchecked")
    private void series() {
        fx(() -> robot.lookup("#visit-repeat").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(org.visitdesk.ui.visits.VisitForm.Repeating.EVERY_WEEK));
        look("visit-new-repeat");
    }

    /**
     * The visits of a weekly series before they are saved: eight Tuesdays from last Tuesday, whose time has passed
     * (marked and left out), with the warnings of the others.
     */
    private void seriesPreview() {
        Detainee person = seriesPerson;
        java.time.LocalDateTime first = UiFixture.TODAY.minusDays(5).atTime(12, 10);
        List<org.visitdesk.app.SeriesService.Occurrence> visits = records.series().preview(
                new org.visitdesk.domain.Visit(0, person.id(), person.facilityId(), first, first.plusHours(1),
                        List.of(), null, null, "", ""), org.visitdesk.domain.Repeat.times(1, 8)).occurrences();
        later(() -> org.visitdesk.ui.visits.SeriesPreviewDialog.open(new PageContext(records, background, stage,
                settings), visits));
        look("series-preview");
        cancelDialogs();
        // what a drag of a visit of a series asks
        later(() -> org.visitdesk.ui.visits.SeriesQuestion.following(new Dialogs(stage),
                org.visitdesk.app.Messages.get("calendar.series.move", 5),
                org.visitdesk.app.Messages.get("calendar.keepOldTime")));
        look("series-question");
        cancelDialogs();
    }

    /** The report of a past visit, then a denial saved without its reason: the reason field marked. */
    private void reportDialog() {
        nav("visits");
        fx(() -> {
            TableView<VisitRow> table = robot.lookup("#visit-table").queryTableView();
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(r -> ReportDialog.canReport(r.listing(), UiFixture.TODAY)).findFirst().orElseThrow());
        });
        later(() -> fire("#visit-report"));
        look("report");
        fx(() -> {
            robot.lookup("#field-outcome").<javafx.scene.control.ComboBox<OutcomeCode>>query()
                    .setValue(OutcomeCode.DENIED);
            robot.lookup("#field-arrived").queryAs(javafx.scene.control.TextField.class).setText("13:60");
            fire("#dialog-save");
        });
        look("report-errors");
        cancelDialogs();
    }

    private void reportsDue() {
        nav("reports_due");
        look("reports-due");
    }

    /** The list with an overdue row in colour, then handing the overdue one to someone else. */
    private void followUps() {
        nav("follow_ups");
        look("follow-ups");
        fx(() -> {
            TableView<org.visitdesk.app.FollowUpListing> table = robot.lookup("#followup-table").queryTableView();
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(org.visitdesk.app.FollowUpListing::overdue).findFirst().orElseThrow());
        });
        later(() -> fire("#followup-handoff"));
        look("follow-up-handoff");
        cancelDialogs();
    }

    private void reports() {
        nav("reports");
        look("reports");
    }

    private void unvisited() {
        nav("unvisited");
        look("unvisited");
    }

    private void tomorrow() {
        nav("tomorrow");
        look("tomorrow");
    }

    private void requests() {
        nav("requests");
        look("requests");
        robot.interact(() -> robot.lookup("#request-table").queryTableView().getSelectionModel().select(0));
        later(() -> fire("#request-edit"));
        look("request-edit");
        cancelDialogs();
    }

    private void facilities() {
        nav("facilities");
        look("facilities");
        robot.interact(() -> select("#tab-blackouts"));
        look("facility-blackouts");
        robot.interact(() -> select("#tab-history"));
        look("facility-history");
        robot.interact(() -> select("#tab-windows"));
    }

    private void blackoutDay() {
        nav("facilities");
        robot.interact(() -> select("#tab-blackouts"));
        later(() -> fire("#blackout-add"));
        look("blackout-day");
        cancelDialogs();
        robot.interact(() -> select("#tab-windows"));
    }

    /** The visits a lockdown hit, to be marked as such (the tour's records have one three weeks ago). */
    private void lockdownQuestion() {
        nav("facilities");
        robot.interact(() -> select("#tab-blackouts"));
        fx(() -> robot.lookup("#blackout-table").queryTableView().getSelectionModel().select(0));
        later(() -> fire("#blackout-lockdown"));
        look("lockdown-question");
        cancelDialogs();
        robot.interact(() -> select("#tab-windows"));
    }

    private void appMenu() {
        MenuButton menu = robot.lookup("#app-menu").queryAs(MenuButton.class);
        robot.interact(menu::show);
        look("app-menu");
        robot.interact(menu::hide);
    }

    private void export() {
        later(() -> menuItem("menu-export").fire());
        look("export");
        fx(() -> robot.lookup("#export-report").queryAs(javafx.scene.control.RadioButton.class).fire());
        idle();
        look("export-report");
        fx(() -> robot.lookup("#export-calendars").queryAs(javafx.scene.control.RadioButton.class).fire());
        idle();
        look("export-calendars");
        cancelDialogs();
    }

    private void safety() {
        later(() -> fire("#safety"));
        look("safety");
        robot.interact(() -> robot.lookup("#safety-backups").queryListView().getSelectionModel().select(0));
        later(() -> fire("#safety-restore-selected"));
        look("safety-restore-question");
        cancelDialogs();
    }

    /** Connect to a shared store: empty, then with the fields it needs marked. */
    private void connect() {
        later(() -> menuItem("menu-connect").fire());
        look("connect");
        fx(() -> fire("#connect-test"));
        idle();
        look("connect-fields");
        cancelDialogs();
    }

    /** At start, a remembered shared store that refused the password. */
    private void connectPassword() {
        later(() -> org.visitdesk.ui.connect.ConnectDialog.askPassword(stage, new org.visitdesk.app.SharedAddress(
                "db.example.org", 5432, "visitdesk", "ana", true), Messages.get("store.SHARED_WRONG_PASSWORD")));
        look("connect-password");
        cancelDialogs();
    }

    // ---- the calendar's stops ----------------------------------------------------------------------------------

    /** The week of the sample's visits, with its conflicts beside it. */
    private void calendarWeek() {
        nav("calendar");
        fx(() -> fire("#calendar-week"));
        look("calendar-week");
    }

    private void calendarMonth() {
        nav("calendar");
        fx(() -> fire("#calendar-month"));
        look("calendar-month");
        fx(() -> fire("#calendar-week"));
    }

    /** The conflicts panel's menu on its first conflict: open the visit, find another time, cancel it. */
    private void conflictMenu() {
        nav("calendar");
        fx(() -> fire("#calendar-week"));
        Node row = robot.lookup(".conflict-row").query();
        robot.rightClickOn(row);
        look("conflict-menu");
        robot.type(KeyCode.ESCAPE);
    }

    /** The popover of a visit of the day, opened as a coordinator does, by a double click. */
    private void visitPopover() {
        nav("calendar");
        // at 1024 x 700 the week's visits may all be folded into "+N" chips; the day has room for them
        fx(() -> fire("#calendar-day"));
        idle();
        Node entry = robot.lookup(n -> n instanceof DayEntryView && n.isVisible()).query();
        robot.doubleClickOn(entry);
        look("visit-popover");
        hidePopOvers();
        fx(() -> fire("#calendar-week"));
    }

    /** The list behind a "+N" chip, where visits at one time were folded together. */
    private void moreVisits() {
        nav("calendar");
        fx(() -> fire("#calendar-week"));
        Node chip = robot.lookup(".more-visits").match(Node::isVisible).query();
        robot.clickOn(chip);
        look("more-visits");
        hidePopOvers();
    }

    private void hidePopOvers() {
        fx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof PopOver).forEach(Window::hide));
        idle();
    }

    private void findATime() {
        nav("calendar");
        later(() -> fire("#calendar-find-time"));
        look("find-a-time");
        cancelDialogs();
    }

    private void calendarDay() {
        nav("calendar");
        fx(() -> fire("#calendar-day"));
        look("calendar-day");
        fx(() -> fire("#calendar-week"));
    }

    /** A conflict chosen in the panel, in the day view: its day shows and its visits are selected. */
    private void conflictChosen() {
        nav("calendar");
        fx(() -> fire("#calendar-day"));
        fx(() -> robot.lookup("#conflict-list").queryListView().getSelectionModel().select(0));
        look("calendar-conflict");
        fx(() -> fire("#calendar-week"));
    }

    // ---- looking -----------------------------------------------------------------------------------------------

    /** Checks what shows now and keeps a picture of it. */
    private void look(String screen) {
        idle();
        long started = System.nanoTime();
        String where = where(screen);
        List<Window> showing = onFx(TourTest::showingWindows);
        // a text set in the background is drawn at the next pulse, a table's columns fitted at the one after (later
        // on a busy machine, after a resize): what is still wrong a second and a half later is wrong
        for (int waited = 0; waited < 1500
                && (!CutText.inShowingWindows().isEmpty() || !onFx(TourTest::sidewaysScrolling).isEmpty()
                        || !onFx(TourTest::tallRows).isEmpty());
                waited += 250) {
            pause(250);
            idle();
        }
        for (CutText.Cut c : CutText.inShowingWindows()) {
            problems.add(where + " cut text: " + c);
        }
        onFx(TourTest::sidewaysScrolling).forEach(id -> problems.add(where + " a list scrolls sideways: #" + id));
        onFx(TourTest::pastTheEdge).forEach(b -> problems.add(where + " a button runs past the window's edge: " + b));
        onFx(TourTest::tallRows).forEach(t -> problems.add(where + " a row taller than its text: #" + t));
        for (String w : css.found()) {
            problems.add(where + " CSS warning: " + w);
        }
        css.clear();
        synchronized (uncaught) {
            uncaught.forEach(e -> problems.add(where + " uncaught exception: " + e));
            uncaught.clear();
        }
        for (ILoggingEvent e : List.copyOf(unexpected.list)) {
            problems.add(where + " unexpected error shown: " + e.getFormattedMessage().lines().skip(1)
                    .findFirst().orElse(""));
        }
        unexpected.list.clear();
        fx(() -> {
            for (Window w : showing) {
                if (w.getScene().getRoot() instanceof DialogPane pane && pane.getStyleClass().contains("error")) {
                    problems.add(where + " an error is shown: " + pane.getHeaderText());
                }
                if (w.getWidth() > size.width() + 0.5 || w.getHeight() > size.height() + 0.5) {
                    problems.add(where + " a window larger than the screen: " + Math.round(w.getWidth()) + "x"
                            + Math.round(w.getHeight()));
                }
                if (variant.language().equals(ES)) {
                    ENGLISH.find(w.getScene().getRoot()).forEach(s -> problems.add(where + " left in English: " + s));
                    if (w instanceof Stage s && s != stage && ENGLISH.why(s.getTitle(), false) != null) {
                        problems.add(where + " window title left in English: " + s.getTitle());
                    }
                }
            }
            shots.take(showing, stage, "tour/" + variant.folder(), String.format("%s-%02d-%s", size, ++shot, screen));
        });
        System.out.printf("%s looked in %d ms, %d ms since the last%n", where, (System.nanoTime() - started) / 1_000_000,
                (started - lastLook) / 1_000_000);
        lastLook = System.nanoTime();
    }

    /** The ids of the lists and tables that show a horizontal scroll bar (on the JavaFX thread). */
    private static List<String> sidewaysScrolling() {
        List<String> out = new ArrayList<>();
        for (Window w : showingWindows()) {
            for (Node bar : w.getScene().getRoot().lookupAll(".virtual-flow > .scroll-bar")) {
                if (bar.isVisible() && ((javafx.scene.control.ScrollBar) bar).getOrientation()
                        == javafx.geometry.Orientation.HORIZONTAL) {
                    out.add(bar.getParent().getParent().getId());
                }
            }
        }
        return out;
    }

    /**
     * The buttons that reach past the right edge of their window (a row of actions wider than the window pushes the
     * page past it); buttons inside something that scrolls are left out (on the JavaFX thread).
     */
    private static List<String> pastTheEdge() {
        List<String> out = new ArrayList<>();
        for (Window w : showingWindows()) {
            double edge = w.getScene().getWidth() + 1;
            for (Node b : w.getScene().getRoot().lookupAll(".button")) {
                if (b.isVisible() && b.getScene() != null && !insideScrolling(b)
                        && b.localToScene(b.getBoundsInLocal()).getMaxX() > edge) {
                    out.add(b.getId() != null ? "#" + b.getId()
                            : b instanceof javafx.scene.control.Labeled l ? l.getText() : b.toString());
                }
            }
        }
        return out;
    }

    /** The ids of the tables with a row drawn taller than its cells need (on the JavaFX thread). */
    private static List<String> tallRows() {
        List<String> out = new ArrayList<>();
        for (Window w : showingWindows()) {
            for (Node n : w.getScene().getRoot().lookupAll(".table-row-cell")) {
                if (n instanceof javafx.scene.control.TableRow<?> row && row.isVisible() && row.getItem() != null
                        && row.getHeight() > row.prefHeight(row.getWidth()) + 2 && row.getTableView() != null
                        && !out.contains(row.getTableView().getId())) {
                    out.add(row.getTableView().getId());
                }
            }
        }
        return out;
    }

    private static boolean insideScrolling(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (!p.isVisible() || p instanceof javafx.scene.control.ScrollPane
                    || p.getStyleClass().contains("virtual-flow") || p.getStyleClass().contains("tool-bar")) {
                return true;
            }
        }
        return false;
    }

    private String where(String screen) {
        return "[" + variant + " " + size + " " + screen + "]";
    }

    /** The windows that show, the main window first. */
    private static List<Window> showingWindows() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null).toList();
    }

    /** Closes what a stop left open (and says so: a stop closes what it opens). */
    private void closeLeftOvers(String stop) {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Window> open = onFx(() -> showingWindows().stream().filter(w -> w != stage).toList());
            if (open.isEmpty()) {
                break;
            }
            open.forEach(w -> left.add(w.getClass().getSimpleName()));
            cancelDialogs();
            robot.interact(() -> open.stream().filter(w -> w instanceof PopupWindow).forEach(Window::hide));
        }
        if (!left.isEmpty()) {
            problems.add(where(stop) + " left windows open: " + left);
        }
    }

    // ---- doing ------------------------------------------------------------------------------------------------

    /**
     * Waits until background work is done and drawn: the JavaFX thread has answered three times in a row (a pulse,
     * which lays out and styles, comes at least every 16 ms) with no background work running.
     */
    private void idle() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int quiet = 0;
        while (quiet < 3) {
            WaitForAsyncUtils.waitForFxEvents(1);
            quiet = background.runningProperty().get() == 0 ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("background work did not finish in 20 s");
            }
        }
    }

    private static void pause(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
    }

    /** Asks on the JavaFX thread and waits for the answer. */
    private static <T> T onFx(java.util.concurrent.Callable<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the JavaFX thread did not answer", e);
        }
    }

    /** Runs on the JavaFX thread and waits. */
    private void fx(Runnable r) {
        robot.interact(r);
    }

    /** Runs on the JavaFX thread without waiting for it: for what opens a dialog and waits for its answer. */
    private void later(Runnable r) {
        Platform.runLater(r);
        idle();
    }

    private void nav(String page) {
        fx(() -> fire("#nav-" + page));
        idle();
    }

    private void fire(String query) {
        Node n = robot.lookup(query).query();
        if (n instanceof ToggleButton t) {
            t.fire();
        } else {
            ((Button) n).fire();
        }
    }

    private void select(String tabId) {
        for (Node n : robot.lookup(".tab-pane").queryAll()) {
            for (Tab t : ((TabPane) n).getTabs()) {
                if (tabId.equals("#" + t.getId()) && t.getTabPane().isVisible()) {
                    t.getTabPane().getSelectionModel().select(t);
                }
            }
        }
    }

    /** Shows the History tab of the dialog open now. */
    private void history() {
        fx(() -> select("#tab-history"));
        idle();
    }

    private void selectDetainee(String aNumber) {
        fx(() -> {
            TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryTableView();
            DetaineeListing row = table.getItems().stream()
                    .filter(l -> l.detainee().aNumber().display().equals(aNumber)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private MenuItem menuItem(String id) {
        return robot.lookup("#app-menu").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Answers every open dialog with its "cancel" (or "close") button, the newest first. */
    private void cancelDialogs() {
        for (int i = 0; i < 5; i++) {
            Button cancel = onFx(this::cancelButton);
            if (cancel == null) {
                return;
            }
            later(cancel::fire);
            idle();
        }
    }

    private Button cancelButton() {
        List<Window> open = new ArrayList<>(showingWindows());
        java.util.Collections.reverse(open);
        for (Window w : open) {
            // a form that marked a field has ControlsFX's decoration pane around the dialog's pane
            Node root = w.getScene().getRoot();
            if ((root instanceof DialogPane ? root : root.lookup(".dialog-pane")) instanceof DialogPane pane) {
                for (ButtonType t : pane.getButtonTypes()) {
                    ButtonBar.ButtonData d = t.getButtonData();
                    if (d.isCancelButton() || d == ButtonBar.ButtonData.CANCEL_CLOSE) {
                        return (Button) pane.lookupButton(t);
                    }
                }
                return (Button) pane.lookupButton(pane.getButtonTypes().get(pane.getButtonTypes().size() - 1));
            }
        }
        return null;
    }
}
