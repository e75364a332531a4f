package org.visitdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;

/** The desktop application: shows the window at once, then opens the records in the background. */
public final class VisitDeskApplication extends Application {

    private static volatile Path dataFolder;

    private final FxBackground background = new FxBackground();
    private final Settings settings = Settings.user();
    private volatile Workspace workspace;
    private MainWindow window;

    /** Starts the window on a data folder; returns when the window closes. */
    public static void launch(Path folder) {
        dataFolder = folder;
        Application.launch(VisitDeskApplication.class);
    }

    /** Applies the light or dark AtlantaFX theme. */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        if (settings.locale() != null) {
            Messages.setLocale(settings.locale());
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
        Path folder = dataFolder != null ? dataFolder : Workspace.chooseFolder(null);
        window = new MainWindow(stage, background, settings, folder);
        Scene scene = new Scene(window.root(), 1200, 760);
        scene.getStylesheets().add(VisitDeskApplication.class.getResource("visitdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(new Image(VisitDeskApplication.class.getResource("visitdesk.png").toExternalForm()));
        placeWindow(stage);
        stage.show();
        background.run(() -> Workspace.open(folder), ws -> {
            workspace = ws;
            window.attach(ws);
        }, this::cannotOpen);
    }

    private void cannotOpen(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(e instanceof ProblemException pe ? Messages.get(pe.key()) : Messages.get("store.CANNOT_OPEN"));
        alert.setContentText(Messages.get("store.closing"));
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
        Workspace ws = workspace;
        if (ws != null) {
            ws.close();
        }
    }
}
