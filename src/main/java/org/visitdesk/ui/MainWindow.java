package org.visitdesk.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ChangeByOthers;
import org.visitdesk.app.Messages;
import org.visitdesk.app.Workspace;
import org.visitdesk.ui.calendar.CalendarPage;
import org.visitdesk.ui.connect.ConnectDialog;
import org.visitdesk.ui.connect.ConnectViewModel;
import org.visitdesk.ui.detainees.DetaineesPage;
import org.visitdesk.ui.export.ExportDialog;
import org.visitdesk.ui.facilities.FacilitiesPage;
import org.visitdesk.ui.followups.FollowUpsPage;
import org.visitdesk.ui.importing.ImportWizard;
import org.visitdesk.ui.outcomes.ReportsDuePage;
import org.visitdesk.ui.reports.ReportsPage;
import org.visitdesk.ui.unvisited.UnvisitedPage;
import org.visitdesk.ui.requests.RequestsPage;
import org.visitdesk.ui.tomorrow.TomorrowPage;
import org.visitdesk.ui.visitors.VisitorsPage;
import org.visitdesk.ui.visits.VisitsPage;
import org.visitdesk.ui.welcome.WelcomePage;

/** The main window: a navigation bar on the left, the chosen page in the middle, a status line below. */
public final class MainWindow {

    /** The pages of the navigation bar, in order. */
    enum Nav {
        CALENDAR("nav.calendar", "fth-calendar", KeyCode.DIGIT1, (ctx) -> new CalendarPage(ctx)),
        DETAINEES("nav.detainees", "fth-users", KeyCode.DIGIT2, (ctx) -> new DetaineesPage(ctx)),
        VISITORS("nav.visitors", "fth-user-check", KeyCode.DIGIT3, (ctx) -> new VisitorsPage(ctx)),
        VISITS("nav.visits", "fth-list", KeyCode.DIGIT4, (ctx) -> new VisitsPage(ctx)),
        FACILITIES("nav.facilities", "fth-home", KeyCode.DIGIT5, (ctx) -> new FacilitiesPage(ctx)),
        // before the visits' own pages in the bar, but Ctrl+9: the older pages keep their shortcuts
        REQUESTS("nav.requests", "fth-inbox", KeyCode.DIGIT9, (ctx) -> new RequestsPage(ctx)),
        // the day-before calls; every digit is taken, so Ctrl+T (Tomorrow)
        TOMORROW("nav.tomorrow", "fth-phone", KeyCode.T, (ctx) -> new TomorrowPage(ctx)),
        REPORTS_DUE("nav.reportsDue", "fth-clipboard", KeyCode.DIGIT6, (ctx) -> new ReportsDuePage(ctx)),
        FOLLOW_UPS("nav.followUps", "fth-check-square", KeyCode.DIGIT7, (ctx) -> new FollowUpsPage(ctx)),
        UNVISITED("nav.unvisited", "fth-user-x", KeyCode.DIGIT8, (ctx) -> new UnvisitedPage(ctx)),
        // Ctrl+0: the last digit left (Requests took Ctrl+9)
        REPORTS("nav.reports", "fth-bar-chart-2", KeyCode.DIGIT0, (ctx) -> new ReportsPage(ctx));

        /** The first page of the group "After the visit", which has a heading of its own. */
        static final Nav AFTER_THE_VISIT = REPORTS_DUE;
        /** The first page of the group "Before the visit" (requests and the waiting list). */
        static final Nav BEFORE_THE_VISIT = REQUESTS;

        final String key;
        final String icon;
        final KeyCode shortcut;
        final Function<PageContext, Page> factory;

        Nav(String key, String icon, KeyCode shortcut, Function<PageContext, Page> factory) {
            this.key = key;
            this.icon = icon;
            this.shortcut = shortcut;
            this.factory = factory;
        }
    }

    /** How long to gather other coordinators' saves before the page reads again (one save is a few notices). */
    static final Duration OTHERS_SETTLE = Duration.millis(300);
    /**
     * The least time between two reads for others' saves: a long stream of them (another coordinator's import)
     * reads the page once a second instead of all the time, and still within the two seconds promised.
     */
    static final Duration OTHERS_EVERY = Duration.seconds(1);

    private final Stage stage;
    private final FxBackground background;
    private final Settings settings;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<Nav, ToggleButton> navButtons = new LinkedHashMap<>();
    private final Map<Nav, Page> pages = new LinkedHashMap<>();
    private final Map<Nav, Object> places = new EnumMap<>(Nav.class);
    private final Label status = new Label();
    private final Label unprotected = new Label();
    private final Label backupNote = new Label();
    /** Who else changed something on the shared store last, and when. */
    private final Label othersNote = new Label();
    /** The last save by someone else that the status bar names, said again after a change of language. */
    private ChangeByOthers lastByOthers;
    /** Other coordinators' saves heard since the page last read again: one read for a burst of them. */
    private final PauseTransition othersSettle = new PauseTransition(OTHERS_SETTLE);
    /** When the page last read again for others' saves ({@link System#nanoTime}). */
    private long lastOthersRead = System.nanoTime() - 60_000_000_000L;
    private Runnable backupNoteAgain = () -> { };
    private Path folder;
    private Workspace workspace;
    private SafetyDialog.Actions safety;
    private StoreChoice storeChoice;
    /** The connect dialog's tries: a server that does not answer takes seconds, which the records' work must not wait. */
    private final FxBackground connecting = new FxBackground();

    MainWindow(Stage stage, FxBackground background, Settings settings, Path folder) {
        this.stage = stage;
        this.background = background;
        this.settings = settings;
        root.getStyleClass().add("main-window");
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar(folder));
        ProgressIndicator opening = new ProgressIndicator();
        Label openingLabel = new Label(Messages.get("app.opening"));
        VBox box = new VBox(12, opening, openingLabel);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
        navButtons.values().forEach(b -> b.setDisable(true));
        // an .xlsx or .csv file dropped on the window starts the Import wizard
        root.setOnDragOver(e -> {
            if (workspace != null && e.getDragboard().hasFiles()
                    && e.getDragboard().getFiles().stream().anyMatch(ImportWizard::accepts)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream()
                    .filter(ImportWizard::accepts).findFirst() : Optional.<File>empty();
            e.setDropCompleted(dropped.isPresent() && workspace != null);
            e.consume();
            if (dropped.isPresent() && workspace != null) {
                new ImportWizard(context(), dropped.get().toPath(), null, this::reshowCurrent).show();
            }
        });
    }

    Parent root() {
        return root;
    }

    private Node navigation() {
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav-bar");
        nav.setPadding(new Insets(12, 8, 12, 8));
        Label brand = new Label(Messages.get("app.title"));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        nav.getChildren().add(brand);
        for (Nav n : Nav.values()) {
            if (n == Nav.AFTER_THE_VISIT) {
                Label group = new Label(Messages.get("nav.afterTheVisit"));
                group.getStyleClass().addAll("nav-group", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                group.setPadding(new Insets(10, 0, 0, 8));
                nav.getChildren().add(group);
            }
            if (n == Nav.BEFORE_THE_VISIT) {
                Label group = new Label(Messages.get("nav.beforeTheVisit"));
                group.getStyleClass().addAll("nav-group", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                group.setPadding(new Insets(10, 0, 0, 8));
                nav.getChildren().add(group);
            }
            ToggleButton b = new ToggleButton(Messages.get(n.key), new FontIcon(n.icon));
            b.setId("nav-" + n.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(Messages.get(n.key) + "  (Ctrl+" + n.shortcut.getName() + ")"));
            b.setOnAction(e -> show(n));
            navButtons.put(n, b);
            nav.getChildren().add(b);
        }
        // a selected nav button stays selected when clicked again
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton(null, new FontIcon("fth-moon"));
        dark.setId("theme-dark");
        dark.setSelected(settings.dark());
        dark.setTooltip(new Tooltip(Messages.get("app.darkTheme")));
        dark.selectedProperty().addListener((obs, o, on) -> {
            settings.setDark(on);
            VisitDeskApplication.applyTheme(on);
        });
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
        language.getItems().addAll(Locale.ENGLISH, Locale.forLanguageTag("es"));
        language.setValue(Messages.locale());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getDisplayLanguage(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setTooltip(new Tooltip(Messages.get("app.language")));
        language.valueProperty().addListener((obs, o, l) -> switchLanguage(l));
        Button safetyButton = new Button(null, new FontIcon("fth-shield"));
        safetyButton.setId("safety");
        safetyButton.setTooltip(new Tooltip(Messages.get("safety.title")));
        safetyButton.setOnAction(e -> {
            if (safety != null) {
                SafetyDialog.show(stage, background, safety);
            }
        });
        language.setMaxWidth(Double.MAX_VALUE);
        // the app's menu: what is not tied to one page
        MenuButton menu = new MenuButton(null, new FontIcon("fth-menu"));
        menu.setId("app-menu");
        menu.setTooltip(new Tooltip(Messages.get("menu.tooltip")));
        MenuItem exportItem = new MenuItem(Messages.get("menu.export"), new FontIcon("fth-download"));
        exportItem.setId("menu-export");
        exportItem.setOnAction(e -> {
            if (workspace != null) {
                LocalDate today = LocalDate.now(workspace.clock());
                LocalDate monday = today.with(DayOfWeek.MONDAY);
                ExportDialog.open(context(), monday, monday.plusDays(6));
            }
        });
        MenuItem importItem = new MenuItem(Messages.get("menu.import"), new FontIcon("fth-upload"));
        importItem.setId("menu-import");
        importItem.setOnAction(e -> {
            if (workspace != null) {
                new ImportWizard(context(), null, null, this::reshowCurrent).show();
            }
        });
        MenuItem safetyItem = new MenuItem(Messages.get("safety.title"), new FontIcon("fth-shield"));
        safetyItem.setOnAction(e -> safetyButton.fire());
        MenuItem connectItem = new MenuItem(Messages.get("menu.connect"), new FontIcon("fth-server"));
        connectItem.setId("menu-connect");
        connectItem.setOnAction(e -> connect());
        MenuItem thisComputerItem = new MenuItem(Messages.get("menu.thisComputer"), new FontIcon("fth-hard-drive"));
        thisComputerItem.setId("menu-this-computer");
        thisComputerItem.setOnAction(e -> {
            if (storeChoice != null) {
                storeChoice.thisComputer();
            }
        });
        // going back is offered only from a shared store
        menu.setOnShowing(e -> thisComputerItem.setVisible(workspace != null && workspace.shared()));
        menu.getItems().addAll(exportItem, importItem, new SeparatorMenuItem(), safetyItem, new SeparatorMenuItem(),
                connectItem, thisComputerItem);
        menu.disableProperty().bind(navButtons.get(Nav.CALENDAR).disableProperty());
        HBox tools = new HBox(6, dark, safetyButton, menu);
        tools.setAlignment(Pos.CENTER_LEFT);
        nav.getChildren().addAll(spacer, language, tools);
        nav.setPrefWidth(205);
        return nav;
    }

    private Node statusBar(Path folder) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(background.runningProperty().greaterThan(0));
        this.folder = folder;
        status.setText(storeText());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        unprotected.setId("unprotected-warning");
        unprotected.getStyleClass().add(Styles.WARNING);
        unprotected.setVisible(false);
        unprotected.setManaged(false);
        backupNote.setId("backup-status");
        backupNote.setVisible(false);
        backupNote.setManaged(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        othersNote.setId("others-changes");
        othersNote.getStyleClass().add(Styles.TEXT_MUTED);
        othersNote.setVisible(false);
        othersNote.setManaged(false);
        // the news keeps its words on a narrow window: the store's long address gives way first
        othersNote.setMinWidth(Region.USE_PREF_SIZE);
        othersSettle.setOnFinished(e -> {
            lastOthersRead = System.nanoTime();
            Page page = pageShown();
            if (page != null) {
                page.changedElsewhere();
            }
        });
        HBox bar = new HBox(8, busy, status, backupNote, othersNote, gap, unprotected);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Which records are open: the data folder's own store, or a shared store's address. */
    private String storeText() {
        Workspace ws = workspace;
        return ws != null && ws.shared() ? Messages.get("app.sharedStore", ws.sharedAddress())
                : Messages.get("app.dataFolder", folder.toString());
    }

    /** The records are open: show the welcome page on an empty store, else the first page. */
    void attach(Workspace ws) {
        attach(ws, () -> { });
    }

    /**
     * The records are open: show the welcome page on an empty store, else the first page; {@code ready} runs on
     * the UI thread once that page has drawn what it first shows (the calendar: its first week).
     */
    void attach(Workspace ws, Runnable ready) {
        this.workspace = ws;
        status.setText(storeText());
        // declining the passphrase is allowed, but it must not be forgotten
        unprotected.setText(Messages.get("safety.unprotected"));
        // a shared store is protected by its server (users, passwords, TLS), not by a VisitDesk passphrase
        boolean warn = !ws.encrypted() && !ws.shared();
        unprotected.setVisible(warn);
        unprotected.setManaged(warn);
        installShortcuts();
        navButtons.values().forEach(b -> b.setDisable(false));
        if (ws.shared()) {
            // connecting the listener is a round trip to the server: not on the UI thread
            background.run(() -> {
                ws.onChangesByOthers(change -> Platform.runLater(() -> changedByOthers(ws, change)));
                return null;
            }, none -> { }, Failure::show);
        }
        background.run(ws::isEmpty, empty -> {
            if (empty) {
                content.getChildren().setAll(new WelcomePage(context(), () -> show(Nav.CALENDAR)).root());
                ready.run();
            } else {
                show(Nav.CALENDAR);
                pages.get(Nav.CALENDAR).whenReady(ready);
            }
        }, e -> {
            Failure.show(e);
            ready.run();
        });
    }

    /**
     * Another coordinator saved: the page shown reads again once the burst of notices has settled, and the status
     * bar says what changed, by whom and when (not after a lost connection: who is unknown).
     */
    private void changedByOthers(Workspace ws, ChangeByOthers change) {
        if (ws != workspace) {
            return;
        }
        if (!change.missed()) {
            lastByOthers = change;
            showOthersNote();
        }
        if (othersSettle.getStatus() != Animation.Status.RUNNING) {
            // the notices of the next moments are gathered into the same read
            double sinceLast = (System.nanoTime() - lastOthersRead) / 1_000_000.0;
            othersSettle.setDuration(Duration.millis(Math.max(OTHERS_SETTLE.toMillis(),
                    OTHERS_EVERY.toMillis() - sinceLast)));
            othersSettle.playFromStart();
        }
    }

    private void showOthersNote() {
        ChangeByOthers c = lastByOthers;
        if (c == null || workspace == null) {
            return;
        }
        LocalTime at = LocalTime.ofInstant(c.at(), workspace.clock().getZone());
        othersNote.setText(Messages.get("live.changed." + c.first().name(), c.coordinator(), Dates.show(at)));
        othersNote.setTooltip(new Tooltip(Messages.get("live.changed.tooltip")));
        othersNote.getTooltip().setWrapText(true);
        othersNote.getTooltip().setMaxWidth(420);
        othersNote.setVisible(true);
        othersNote.setManaged(true);
    }

    /** The status bar's line about the day's backup, which is made beside the work. */
    DailyBackup.Status backupStatus() {
        return new DailyBackup.Status() {
            @Override
            public void backingUp() {
                showBackupNote("backup.daily.running", null, false);
            }

            @Override
            public void backedUp() {
                showBackupNote("backup.daily.done", null, false);
            }

            @Override
            public void backupFailed(boolean diskFull) {
                String key = diskFull ? "backup.daily.diskFull" : "backup.daily.failed";
                showBackupNote(key, key + ".detail", true);
            }
        };
    }

    private void showBackupNote(String key, String detailKey, boolean warning) {
        // said again in the other language when the language changes
        backupNoteAgain = () -> showBackupNote(key, detailKey, warning);
        backupNote.setText(Messages.get(key));
        backupNote.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.WARNING);
        backupNote.getStyleClass().add(warning ? Styles.WARNING : Styles.TEXT_MUTED);
        backupNote.setTooltip(detailKey == null ? null : new Tooltip(Messages.get(detailKey)));
        if (backupNote.getTooltip() != null) {
            backupNote.getTooltip().setWrapText(true);
            backupNote.getTooltip().setMaxWidth(420);
        }
        backupNote.setVisible(true);
        backupNote.setManaged(true);
    }

    /** What the window asks of the application about which records are open. */
    interface StoreChoice {
        /** Records opened by the connect dialog take the place of those open now. */
        void connected(Workspace ws);

        /** Back to this computer's own store, from a shared one. */
        void thisComputer();
    }

    /** Where the connect dialog and "Use this computer's store" send their work. */
    void setStoreChoice(StoreChoice choice) {
        this.storeChoice = choice;
    }

    /** The "Connect to a shared store" dialog; its tries run apart from the records' work, which they never hold up. */
    private void connect() {
        Clock clock = workspace != null ? workspace.clock() : Clock.systemDefaultZone();
        ConnectViewModel vm = new ConnectViewModel(settings, connecting, ConnectViewModel.stores(folder, clock));
        ConnectDialog.show(stage, vm, ws -> {
            if (storeChoice != null) {
                storeChoice.connected(ws);
            } else {
                ws.close();
            }
        });
    }

    /** Where the safety settings send their work. */
    void setSafety(SafetyDialog.Actions actions) {
        this.safety = actions;
    }

    /**
     * The records were not closed cleanly (VisitDesk or the computer stopped) and are being recovered, which takes
     * a while on a large store: say so instead of a bare "opening", with the time it has taken so far.
     */
    void recovering() {
        ProgressIndicator busy = new ProgressIndicator();
        Label title = new Label(Messages.get("app.recovering"));
        title.setId("recovering");
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(Messages.get("app.recovering.text"));
        explain.setWrapText(true);
        explain.setMaxWidth(480);
        Label elapsed = new Label();
        elapsed.getStyleClass().add(Styles.TEXT_MUTED);
        long started = System.nanoTime();
        Timeline clock = new Timeline(new KeyFrame(
                Duration.seconds(1), e -> elapsed.setText(Messages.get("app.recovering.elapsed",
                        (System.nanoTime() - started) / 1_000_000_000L))));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        VBox box = new VBox(12, busy, title, explain, elapsed);
        box.setAlignment(Pos.CENTER);
        // the clock stops when the records are attached and the box is replaced
        box.sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                clock.stop();
            }
        });
        content.getChildren().setAll(box);
    }

    /** The records are being closed (restore, new passphrase): nothing may use them meanwhile. */
    void detach() {
        workspace = null;
        othersSettle.stop();
        pages.clear();
        navButtons.values().forEach(b -> b.setDisable(true));
        ProgressIndicator busy = new ProgressIndicator();
        VBox box = new VBox(12, busy, new Label(Messages.get("app.opening")));
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    private PageContext context() {
        return new PageContext(workspace, background, stage, settings);
    }

    private void installShortcuts() {
        for (Nav n : Nav.values()) {
            stage.getScene().getAccelerators().put(new KeyCodeCombination(n.shortcut, KeyCombination.SHORTCUT_DOWN),
                    () -> show(n));
        }
        // one Ctrl+N and one Ctrl+F for the window, acting on the page shown
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            Page page = pageShown();
            if (page != null) {
                page.add();
            }
        });
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            Page page = pageShown();
            if (page != null) {
                page.focusSearch();
            }
        });
    }

    /** The page on screen now, or null before the records are open. */
    public Page pageShown() {
        return navButtons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(e -> pages.get(e.getKey()))
                .findFirst().orElse(null);
    }

    /** Shows a page, making it on first use. */
    void show(Nav n) {
        if (workspace == null) {
            return;
        }
        Page page = pages.computeIfAbsent(n, k -> {
            Page made = k.factory.apply(context());
            Object place = places.remove(k);
            if (place != null) {
                made.showPlace(place);
            }
            return made;
        });
        navButtons.get(n).setSelected(true);
        content.getChildren().setAll(page.root());
        page.shown();
    }

    /** Shows the current page again, so that it reads what an import added. */
    private void reshowCurrent() {
        navButtons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).findFirst()
                .ifPresent(this::show);
    }

    private void switchLanguage(Locale l) {
        if (l == null || l.getLanguage().equals(Messages.locale().getLanguage())) {
            return;
        }
        Messages.setLocale(l);
        settings.setLocale(l);
        VisitDeskApplication.followLanguage();
        status.setText(storeText());
        unprotected.setText(Messages.get("safety.unprotected"));
        backupNoteAgain.run();
        showOthersNote();
        // rebuild everything so that every label is read again from the new bundle, each page where it was
        pages.forEach((n, p) -> {
            if (p.place() != null) {
                places.put(n, p.place());
            }
        });
        pages.clear();
        Nav current = navButtons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(Nav.CALENDAR);
        navButtons.clear();
        root.setLeft(navigation());
        stage.setTitle(Messages.get("app.title"));
        if (workspace != null) {
            navButtons.values().forEach(b -> b.setDisable(false));
            show(current);
        }
    }
}
