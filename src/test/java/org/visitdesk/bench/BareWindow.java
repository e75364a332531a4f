package org.visitdesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The baseline of the start-up figures: a bare JavaFX window of the app's size, which says when its first frame
 * is drawn as the app does under {@code -Dvisitdesk.bench=true}, then quits. Its main class is not the
 * {@code Application}, as with the app's {@code Main}, so that it starts from a class path the same way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window. */
    public static final class Shown extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("VisitDesk")), 1200, 760));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
                System.out.println("visitdesk-bench frame " + System.currentTimeMillis());
                System.out.flush();
                Platform.exit();
            }));
            stage.show();
        }
    }
}
