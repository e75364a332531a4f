package org.visitdesk.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;

/**
 * "Changed by someone else": a save was refused because another coordinator (or another window) saved the record
 * after it was opened. It says who and when, and lets the coordinator reload the record as saved now or save theirs
 * over it; closing it keeps the form as typed.
 */
public final class ChangedMeanwhile {

    /** What the coordinator chose. */
    public enum Choice {
        /** Show the record as it is saved now; what was typed is dropped. */
        RELOAD,
        /** Save again over the other change; the history says so. */
        OVERWRITE
    }

    /** How the question speaks: of a form that was saved, or of a visit that was dragged. */
    public enum Kind {
        SAVE("changed.save.what", "changed.save.overwrite"),
        MOVE("changed.move.what", "changed.move.overwrite");

        private final String whatKey;
        private final String overwriteKey;

        Kind(String whatKey, String overwriteKey) {
            this.whatKey = whatKey;
            this.overwriteKey = overwriteKey;
        }
    }

    private ChangedMeanwhile() {
    }

    /** Who changed it and when, in a sentence. */
    public static String who(OtherChange change) {
        if (change.at() == null) {
            return Messages.get("changed.unknown");
        }
        String when = Messages.get("changed.when", Dates.showDay(change.at().toLocalDate()),
                Dates.show(change.at().toLocalTime()));
        return change.named() ? Messages.get("changed.who", change.coordinator(), when)
                : Messages.get("changed.whoUnnamed", when);
    }

    /** The whole text of the question: who and when, then what each answer does. */
    public static String text(OtherChange change, Kind kind) {
        return who(change) + "\n\n" + Messages.get(kind.whatKey);
    }

    /** Asks and waits; empty when the coordinator closed it (the form stays as typed, unsaved). */
    public static Optional<Choice> ask(Window owner, OtherChange change, Kind kind) {
        Alert ask = new Alert(Alert.AlertType.WARNING);
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.setTitle(Messages.get("changed.title"));
        ask.setHeaderText(Messages.get("changed.header"));
        ask.setContentText(text(change, kind));
        // a long sentence grows the alert instead of being cut
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType reload = new ButtonType(Messages.get("changed.reload"), ButtonBar.ButtonData.OK_DONE);
        ButtonType overwrite = new ButtonType(Messages.get(kind.overwriteKey), ButtonBar.ButtonData.OTHER);
        ask.getButtonTypes().setAll(reload, overwrite, ButtonType.CANCEL);
        ((Button) ask.getDialogPane().lookupButton(reload)).setId("changed-reload");
        ((Button) ask.getDialogPane().lookupButton(overwrite)).setId("changed-overwrite");
        Dialogs.fitToContent(ask);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == reload) {
            return Optional.of(Choice.RELOAD);
        }
        if (answer.isPresent() && answer.get() == overwrite) {
            return Optional.of(Choice.OVERWRITE);
        }
        return Optional.empty();
    }
}
