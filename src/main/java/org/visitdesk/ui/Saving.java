package org.visitdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps a dialog open while its record is being saved: Cancel, Escape and the window's close box wait, so a
 * save is never finished behind a dialog the coordinator believes they cancelled.
 */
public final class Saving {

    private static final String SAVING = "visitdesk.saving";
    private static final String HOOKED = "visitdesk.saving.hooked";

    private Saving() {
    }

    /** The save has started. */
    public static void begin(Dialog<?> dialog) {
        dialog.getDialogPane().getProperties().put(SAVING, Boolean.TRUE);
        cancel(dialog, true);
        Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (w != null && !dialog.getDialogPane().getProperties().containsKey(HOOKED)) {
            dialog.getDialogPane().getProperties().put(HOOKED, Boolean.TRUE);
            w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, ev -> {
                if (dialog.getDialogPane().getProperties().containsKey(SAVING)) {
                    ev.consume();
                }
            });
        }
    }

    /** The save has ended, saved or not. */
    public static void end(Dialog<?> dialog) {
        dialog.getDialogPane().getProperties().remove(SAVING);
        cancel(dialog, false);
    }

    private static void cancel(Dialog<?> dialog, boolean disabled) {
        for (ButtonType t : dialog.getDialogPane().getButtonTypes()) {
            if (t.getButtonData().isCancelButton()) {
                Node b = dialog.getDialogPane().lookupButton(t);
                if (b != null) {
                    b.setDisable(disabled);
                }
            }
        }
    }
}
