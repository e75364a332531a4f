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
 * "Changed by someone else": a save or a delete was refused because another coordinator (or another window) saved
 * the record after it was opened or shown. It says who and when, and lets the coordinator reload the record as saved
 * now or save theirs over it (delete it anyway); closing it keeps the form as typed (the record as it is).
 */
public final class ChangedMeanwhile {

    /** What the coordinator chose. */
    public enum Choice {
        /** Show the record as it is saved now; what was typed is dropped. */
        RELOAD,
        /** Save again over the other change; the history says so. */
        OVERWRITE
    }

    /** How the question speaks: of a form that was saved, of a visit that was dragged, or of a record deleted. */
    public enum Kind {
        SAVE("changed.save.what", "changed.save.overwrite", SAVE_WHO),
        MOVE("changed.move.what", "changed.move.overwrite", SAVE_WHO),
        DELETE("changed.delete.what", "changed.delete.overwrite", new String[] {"changed.delete.who",
                "changed.delete.whoUnnamed", "changed.delete.unknown", "changed.delete.header"});

        private final String whatKey;
        private final String overwriteKey;
        /** The keys saying who and when (named, unnamed, not known), then the question's header. */
        private final String[] whoKeys;

        Kind(String whatKey, String overwriteKey, String[] whoKeys) {
            this.whatKey = whatKey;
            this.overwriteKey = overwriteKey;
            this.whoKeys = whoKeys;
        }
    }

    /**
     * What a delete refused for a change made meanwhile asks, and what one that found the record gone says; the
     * list view models take one, so that their tests answer without a window.
     */
    public interface Deleting {
        /** Who changed the record and when: reload, delete anyway (overwrite), or leave it (empty). */
        Optional<Choice> changedMeanwhile(OtherChange change);

        /** The record was deleted already: nothing left to delete. */
        void gone();

        /** The questions asked in the window's dialogs. */
        static Deleting in(Dialogs dialogs) {
            return new Deleting() {
                @Override
                public Optional<Choice> changedMeanwhile(OtherChange change) {
                    return dialogs.changedMeanwhile(change, Kind.DELETE);
                }

                @Override
                public void gone() {
                    dialogs.inform(Messages.get("action.delete"), Messages.get("changed.delete.gone.header"),
                            Messages.get("changed.delete.gone"));
                }
            };
        }
    }

    /** Who and when, of a save or a move: "your changes are not saved yet". */
    private static final String[] SAVE_WHO = {"changed.who", "changed.whoUnnamed", "changed.unknown",
        "changed.header"};

    private ChangedMeanwhile() {
    }

    /** Who changed it and when, in a sentence (of a save: "your changes are not saved yet"). */
    public static String who(OtherChange change) {
        return who(change, Kind.SAVE);
    }

    /** Who changed it and when, in a sentence that says what was not done yet. */
    public static String who(OtherChange change, Kind kind) {
        if (change.at() == null) {
            return Messages.get(kind.whoKeys[2]);
        }
        String when = Messages.get("changed.when", Dates.showDay(change.at().toLocalDate()),
                Dates.show(change.at().toLocalTime()));
        return change.named() ? Messages.get(kind.whoKeys[0], change.coordinator(), when)
                : Messages.get(kind.whoKeys[1], when);
    }

    /** The whole text of the question: who and when, then what each answer does. */
    public static String text(OtherChange change, Kind kind) {
        return who(change, kind) + "\n\n" + Messages.get(kind.whatKey);
    }

    /** Asks and waits; empty when the coordinator closed it (the form stays as typed, unsaved). */
    public static Optional<Choice> ask(Window owner, OtherChange change, Kind kind) {
        Alert ask = new Alert(Alert.AlertType.WARNING);
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.setTitle(Messages.get("changed.title"));
        ask.setHeaderText(Messages.get(kind.whoKeys[3]));
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
