package org.visitdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.SharedAddress;
import org.visitdesk.app.Workspace;
import org.visitdesk.ui.connect.ConnectDialog;
import org.visitdesk.ui.connect.ConnectViewModel;

/** The desktop application: shows the window at once, then opens the records in the background. */
public final class VisitDeskApplication extends Application {

    /** Set only by the speed benchmark: say when the first frame and the first week are drawn, then quit. */
    private static final boolean BENCH = Boolean.getBoolean("visitdesk.bench");

    private static volatile Path dataFolder;
    private static volatile String sharedStore;
    private static volatile HostServices hostServices;

    private final FxBackground background = new FxBackground();
    private final Settings settings = Settings.user();
    private volatile Workspace workspace;
    private volatile char[] passphrase;
    private Path folder;
    private Stage stage;
    private MainWindow window;
    private DailyBackup dailyBackup;

    /** Starts the window on a data folder; returns when the window closes. */
    public static void launch(Path folder) {
        launch(folder, null);
    }

    /**
     * Starts the window on a shared store (a PostgreSQL JDBC URL; null: the data folder's own store); the data
     * folder keeps this computer's settings, log and temporary files. Returns when the window closes.
     */
    public static void launch(Path folder, String sharedUrl) {
        dataFolder = folder;
        sharedStore = sharedUrl;
        Application.launch(VisitDeskApplication.class);
        // the window is gone; the backup on close and the closing of the records end before the process does
        CloseBackup.awaitEnd();
    }

    private static final Locale OS_LOCALE = Locale.getDefault();

    /**
     * Makes the JVM's default locale follow the language chosen in the app, so that what reads it (CalendarFX's
     * labels and dates, JavaFX's own button texts) speaks the same language; the OS locale when they agree.
     */
    static void followLanguage() {
        Locale chosen = Messages.locale();
        Locale.setDefault(chosen.getLanguage().equals(OS_LOCALE.getLanguage()) ? OS_LOCALE
                : Locale.forLanguageTag(chosen.getLanguage() + ("es".equals(chosen.getLanguage()) ? "-US" : "")));
    }

    /** Applies the light or dark AtlantaFX theme. */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The desktop's services (open a file or a folder in its default program); null before the window starts. */
    public static HostServices hostServices() {
        return hostServices;
    }

    @Override
    public void start(Stage stage) {
        hostServices = getHostServices();
        if (settings.locale() != null) {
            Messages.setLocale(settings.locale());
            followLanguage();
        }
        applyTheme(settings.dark());
        // a bug must not end in a silent window: say what happened, and that saved work is safe
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (Platform.isFxApplicationThread()) {
                Failure.show(e);
            } else {
                Platform.runLater(() -> Failure.show(e));
            }
        });
        folder = dataFolder != null ? dataFolder : Workspace.chooseFolder(null);
        Diagnostics.logTo(folder);
        window = new MainWindow(stage, background, settings, folder);
        window.setSafety(safetyActions());
        window.setStoreChoice(storeChoice());
        dailyBackup = new DailyBackup(window.backupStatus());
        Scene scene = new Scene(window.root(), 1200, 760);
        AppStyle.add(scene);
        AppStyle.install();
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(new Image(VisitDeskApplication.class.getResource("visitdesk.png").toExternalForm()));
        placeWindow(stage);
        if (BENCH) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> benchMark("frame")));
        }
        stage.show();
        this.stage = stage;
        String shared = sharedStore;
        if (shared != null) {
            // its server keeps the users and passwords: no VisitDesk passphrase to ask for, no first-run choice
            background.run(() -> Workspace.openShared(shared, folder, Clock.systemDefaultZone()), this::attach,
                    this::cannotOpen);
            return;
        }
        SharedAddress remembered = settings.sharedAddress();
        if (remembered != null) {
            openShared(remembered, null);
            return;
        }
        background.run(() -> Workspace.state(folder), this::unlock, this::cannotOpen);
    }

    /**
     * Opens the shared store this computer connects to, with the password typed (null: VISITDESK_DB_PASSWORD, else
     * {@code ~/.pgpass}); when that fails, asks for the password, saying why, or goes back to this computer's store.
     */
    private void openShared(SharedAddress address, char[] password) {
        ConnectViewModel.Opener stores = ConnectViewModel.stores(folder, Clock.systemDefaultZone());
        background.run(() -> {
            try {
                return stores.open(address.url(), settings.coordinatorName(), password);
            } finally {
                clear(password);
            }
        }, this::attach, e -> {
            // asking for the password the first time needs no reason given; any other failure is said above the field
            boolean needsPassword = e instanceof ProblemException pe && pe.key().equals("store.SHARED_NEEDS_PASSWORD");
            Optional<ConnectDialog.Answer> answer = ConnectDialog.askPassword(stage, address,
                    needsPassword && password == null ? null : ConnectViewModel.words(e));
            if (answer.isEmpty()) {
                Platform.exit();
            } else if (answer.get().thisComputer()) {
                settings.useThisComputersStore();
                background.run(() -> Workspace.state(folder), this::unlock, this::cannotOpen);
            } else {
                openShared(address, answer.get().password());
            }
        });
    }

    /** Switching stores while the window is open: a shared one from the connect dialog, or back to this computer's. */
    private MainWindow.StoreChoice storeChoice() {
        return new MainWindow.StoreChoice() {
            @Override
            public void connected(Workspace opened) {
                Workspace before = workspace;
                workspace = null;
                window.detach();
                // the passphrase of this computer's store is asked again if the coordinator comes back to it
                keep(null);
                background.run(() -> {
                    closeLeaving(before);
                    return opened;
                }, VisitDeskApplication.this::attach, e -> {
                    attach(opened);
                    Failure.show(e);
                });
            }

            @Override
            public void thisComputer() {
                settings.useThisComputersStore();
                Workspace before = workspace;
                workspace = null;
                window.detach();
                background.run(() -> {
                    closeLeaving(before);
                    return Workspace.state(folder);
                }, VisitDeskApplication.this::unlock, VisitDeskApplication.this::cannotOpen);
            }
        };
    }

    /** Closes the records being left, this computer's own with a backup as at every close. */
    private void closeLeaving(Workspace ws) {
        if (ws == null) {
            return;
        }
        // a backup being made beside the work ends first
        dailyBackup.awaitIdle();
        try {
            if (!ws.shared()) {
                ws.backupAutomatic("close");
            }
        } catch (RuntimeException e) {
            Diagnostics.logUnexpected(e);
        } finally {
            ws.close();
        }
    }

    /** Asks what the state of the folder needs: a new passphrase, the passphrase, or nothing. */
    private void unlock(Workspace.StoreState state) {
        switch (state) {
            case NEW -> {
                Optional<PassphraseDialog.Choice> c = PassphraseDialog.firstRun(stage);
                if (c.isEmpty()) {
                    Platform.exit();
                    return;
                }
                open(c.get().passphrase(), c.get().declined());
            }
            case ENCRYPTED -> askAndOpen(null);
            default -> open(null, false);
        }
    }

    private void askAndOpen(String problem) {
        Optional<char[]> p = PassphraseDialog.ask(stage, problem);
        if (p.isEmpty()) {
            Platform.exit();
            return;
        }
        open(p.get(), false);
    }

    /** Opens the records; a first start also keeps its choice about a passphrase with them. */
    private void open(char[] pass, boolean declined) {
        background.run(() -> {
            Workspace ws = Workspace.open(folder, Clock.systemDefaultZone(), pass,
                    () -> Platform.runLater(window::recovering));
            if (declined) {
                try {
                    ws.settings().setPassphraseDeclined(true);
                } catch (RuntimeException e) {
                    ws.close();
                    throw e;
                }
            }
            return ws;
        }, ws -> {
            if (BENCH) {
                benchMark("open");
            }
            passphrase = pass;
            workspace = ws;
            // the day's backup on its own thread once the week is drawn: on a large store it takes a while, and
            // the week's load and every page's reads must not wait for it
            window.attach(ws, () -> {
                // a passphrase change or a restore begun while the week loaded has closed this store meanwhile
                if (workspace == ws) {
                    dailyBackup.start(DailyBackup.of(ws));
                }
                if (BENCH) {
                    benchMark("week");
                    Platform.exit();
                }
            });
        }, e -> {
            if (e instanceof ProblemException pe && pe.key().equals("store.WRONG_PASSPHRASE")) {
                clear(pass);
                askAndOpen(Messages.get(pe.key()));
            } else {
                cannotOpen(e);
            }
        });
    }

    private static void benchMark(String what) {
        System.out.println("visitdesk-bench " + what + " " + System.currentTimeMillis());
        System.out.flush();
    }

    private void attach(Workspace ws) {
        workspace = ws;
        window.attach(ws);
    }

    private SafetyDialog.Actions safetyActions() {
        return new SafetyDialog.Actions() {
            @Override
            public Workspace workspace() {
                return workspace;
            }

            @Override
            public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
                Workspace ws = workspace;
                workspace = null;
                window.detach();
                background.run(() -> {
                    // the store is closed and changed: a backup being made beside the work ends first
                    dailyBackup.awaitIdle();
                    return ws.changePassphrase(oldPassphrase, newPassphrase);
                }, nw -> {
                    clear(oldPassphrase);
                    keep(newPassphrase);
                    attach(nw);
                    inform(Messages.get("safety.changed"));
                }, e -> {
                    clear(oldPassphrase);
                    clear(newPassphrase);
                    reopenAfter(e);
                });
            }

            @Override
            public void restore(Path backup, char[] passphraseOfBackup, Workspace.ProtectionChange change) {
                Workspace ws = workspace;
                workspace = null;
                window.detach();
                char[] tryWith = passphraseOfBackup != null ? passphraseOfBackup : passphrase;
                Set<Workspace.ProtectionChange> accepted = change == Workspace.ProtectionChange.NONE ? Set.of()
                        : Set.of(change);
                background.run(() -> {
                    dailyBackup.awaitIdle();
                    ws.close();
                    Workspace.restore(folder, backup, tryWith, accepted);
                    return Workspace.open(folder, Clock.systemDefaultZone(), tryWith);
                }, nw -> {
                    keep(tryWith);
                    attach(nw);
                    inform(Messages.get("safety.restored"));
                }, e -> {
                    if (tryWith != passphrase) {
                        clear(tryWith);
                    }
                    reopenAfter(e);
                });
            }
        };
    }

    /** The passphrase the records now open with; the one before is overwritten. */
    private void keep(char[] now) {
        char[] before = passphrase;
        passphrase = now;
        if (before != null && before != now) {
            clear(before);
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** After a failed restore or change the old records are still there: open them again, then say why. */
    private void reopenAfter(Throwable problem) {
        background.run(() -> Workspace.open(folder, Clock.systemDefaultZone(), passphrase), ws -> {
            attach(ws);
            Failure.show(problem);
        }, e -> {
            if (Workspace.state(folder) == Workspace.StoreState.ENCRYPTED) {
                Failure.show(problem);
                askAndOpen(null);
            } else {
                cannotOpen(e);
            }
        });
    }

    private void inform(String text) {
        new Dialogs(stage).inform(null, text, null);
    }

    private void cannotOpen(Throwable e) {
        if (!(e instanceof ProblemException)) {
            Diagnostics.logUnexpected(e);
        }
        new Dialogs(stage).errorAndWait(
                e instanceof ProblemException pe ? Messages.get(pe.key()) : Messages.get("store.CANNOT_OPEN"),
                Messages.get(e instanceof ProblemException pe && pe.key().equals("store.ALREADY_OPEN")
                        ? "store.closing" : "store.closing.nothingLost"));
        Platform.exit();
    }

    /**
     * Puts the window where it was, whole on a screen that still shows it, at a size a page can be used in. The
     * frame's bounds are restored as they were saved, so that closing and opening again keeps the same window.
     */
    private void placeWindow(Stage stage) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        WindowPlace p = WindowPlace.on(screens, settings.window());
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        if (settings.windowMaximized()) {
            stage.setMaximized(true);
        } else {
            // some window managers drop a size asked for before the window is mapped (it opens at 200 x 200),
            // and the stage only learns it later: ask again once it is shown
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
                if (!stage.isMaximized()) {
                    stage.setWidth(p.width());
                    stage.setHeight(p.height());
                    stage.setX(p.x());
                    stage.setY(p.y());
                }
            }));
        }
        stage.setOnCloseRequest(ev -> settings.saveWindow(new WindowPlace(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight()), stage.isMaximized()));
    }

    @Override
    public void stop() {
        background.shutdown();
        clear(passphrase);
        // the benchmark starts the app many times; a backup at each close would only fill the folder
        CloseBackup.start(workspace, dailyBackup, !BENCH);
    }
}
