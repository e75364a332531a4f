package org.visitdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.visitdesk.app.SaveResult;
import org.visitdesk.domain.FieldError;

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

    /**
     * The usual end of a record dialog: when anything is wrong (what could not be read first, then the domain's
     * own rules for the other fields) mark it and save nothing; else save in the background and close the dialog
     * with the saved record, or mark what the store refused.
     */
    public static <T> void submit(Dialog<T> dialog, javafx.scene.control.Button ok, Form form,
            java.util.List<FieldError> typed, java.util.List<FieldError> problems,
            java.util.function.Consumer<java.util.function.Consumer<SaveResult<T>>> save) {
        java.util.List<FieldError> all = new java.util.ArrayList<>(typed);
        for (FieldError e : problems) {
            if (typed.stream().noneMatch(t -> t.field().equals(e.field()))) {
                all.add(e);
            }
        }
        if (!all.isEmpty()) {
            form.showErrors(all);
            return;
        }
        ok.setDisable(true);
        begin(dialog);
        save.accept(result -> {
            ok.setDisable(false);
            end(dialog);
            if (result.isSaved()) {
                dialog.setResult(result.saved());
                dialog.close();
            } else {
                form.showErrors(result.errors());
            }
        });
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
