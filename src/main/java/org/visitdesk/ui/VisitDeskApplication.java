package org.visitdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;

/** The desktop application: shows the window at once, then opens the records in the background. */
public final class VisitDeskApplication extends Application {

    private static volatile Path dataFolder;
    private static volatile HostServices hostServices;

    private final FxBackground background = new FxBackground();
    private final Settings settings = Settings.user();
    private volatile Workspace workspace;
    private volatile char[] passphrase;
    private Path folder;
    private Stage stage;
    private MainWindow window;

    /** Starts the window on a data folder; returns when the window closes. */
    public static void launch(Path folder) {
        dataFolder = folder;
        Application.launch(VisitDeskApplication.class);
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
        Scene scene = new Scene(window.root(), 1200, 760);
        scene.getStylesheets().add(VisitDeskApplication.class.getResource("visitdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(new Image(VisitDeskApplication.class.getResource("visitdesk.png").toExternalForm()));
        placeWindow(stage);
        stage.show();
        this.stage = stage;
        background.run(() -> Workspace.state(folder), this::unlock, this::cannotOpen);
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
                settings.put("passphraseDeclined", Boolean.toString(c.get().declined()));
                open(c.get().passphrase());
            }
            case ENCRYPTED -> askAndOpen(null);
            default -> open(null);
        }
    }

    private void askAndOpen(String problem) {
        Optional<char[]> p = PassphraseDialog.ask(stage, problem);
        if (p.isEmpty()) {
            Platform.exit();
            return;
        }
        open(p.get());
    }

    private void open(char[] pass) {
        background.run(() -> Workspace.open(folder, Clock.systemDefaultZone(), pass,
                () -> Platform.runLater(window::recovering)), ws -> {
            passphrase = pass;
            attach(ws);
            background.run(ws::dailyBackupIfDue, made -> { }, Failure::show);
        }, e -> {
            if (e instanceof ProblemException pe && pe.key().equals("store.WRONG_PASSPHRASE")) {
                clear(pass);
                askAndOpen(Messages.get(pe.key()));
            } else {
                cannotOpen(e);
            }
        });
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
                background.run(() -> ws.changePassphrase(oldPassphrase, newPassphrase), nw -> {
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
            java.util.Arrays.fill(secret, '\0');
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
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(text);
        a.show();
    }

    private void cannotOpen(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(e instanceof ProblemException pe ? Messages.get(pe.key()) : Messages.get("store.CANNOT_OPEN"));
        alert.setContentText(Messages.get(e instanceof ProblemException pe && pe.key().equals("store.ALREADY_OPEN")
                ? "store.closing" : "store.closing.nothingLost"));
        if (!(e instanceof ProblemException)) {
            Diagnostics.logUnexpected(e);
        }
        alert.showAndWait();
        Platform.exit();
    }

    private void placeWindow(Stage stage) {
        double[] b = settings.windowBounds();
        if (!Double.isNaN(b[2]) && b[2] > 200 && b[3] > 200) {
            Rectangle2D wanted = new Rectangle2D(b[0], b[1], b[2], b[3]);
            // only put the window back where it was if that place is still on some screen
            if (!Screen.getScreensForRectangle(wanted).isEmpty()) {
                stage.setX(b[0]);
                stage.setY(b[1]);
            }
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        }
        stage.setMaximized(settings.windowMaximized());
        stage.setOnCloseRequest(ev -> settings.saveWindow(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }

    @Override
    public void stop() {
        background.shutdown();
        clear(passphrase);
        Workspace ws = workspace;
        if (ws != null) {
            try {
                // every close leaves a backup, so that yesterday can be restored
                ws.backupAutomatic("close");
            } catch (RuntimeException e) {
                Diagnostics.logUnexpected(e);
            } finally {
                ws.close();
            }
        }
    }
}
