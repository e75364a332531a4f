package org.visitdesk.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * VisitDesk's style sheet on every window the app shows: the main window, and also each dialog and popup, whose
 * scenes do not inherit the main scene's sheets (so ControlsFX's fields in a dialog would miss the colours the
 * sheet defines, and the dialogs would miss its classes).
 */
public final class AppStyle {

    /** The style sheet, as a URL. */
    public static final String SHEET = AppStyle.class.getResource("visitdesk.css").toExternalForm();

    private static boolean installed;

    private AppStyle() {
    }

    /** From now on every window shown gets the sheet before its first layout. Call on the JavaFX thread. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        // a window joins this list when it starts showing, before its scene is styled and measured
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    add(w.getScene());
                }
            }
        });
        Window.getWindows().forEach(w -> add(w.getScene()));
    }

    /** Adds the sheet to a scene that does not have it yet. */
    public static void add(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(SHEET)) {
            scene.getStylesheets().add(SHEET);
        }
    }
}
