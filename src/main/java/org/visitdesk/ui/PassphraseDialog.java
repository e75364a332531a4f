package org.visitdesk.ui;

import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.visitdesk.app.Messages;

/** Asking for the passphrase: on first run (twice, with the choice to go without), and to open the records. */
final class PassphraseDialog {

    /** The answer to the first-run question: a passphrase, or an explicit "without". */
    record Choice(char[] passphrase) {
        boolean declined() {
            return passphrase == null;
        }
    }

    private PassphraseDialog() {
    }

    /** First run: recommends a passphrase; empty when the window was closed. */
    static Optional<Choice> firstRun(Window owner) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("app.title"));
        d.setHeaderText(Messages.get("safety.first.header"));
        Label explain = new Label(Messages.get("safety.first.text"));
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        PasswordField one = new PasswordField();
        one.setId("passphrase-new");
        one.setPromptText(Messages.get("safety.passphrase"));
        PasswordField two = new PasswordField();
        two.setId("passphrase-again");
        two.setPromptText(Messages.get("safety.passphrase.again"));
        Label problem = new Label();
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("danger");
        VBox box = new VBox(10, explain, one, two, problem);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        ButtonType protect = new ButtonType(Messages.get("safety.first.protect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType without = new ButtonType(Messages.get("safety.first.without"), ButtonBar.ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().addAll(protect, without);
        d.getDialogPane().lookupButton(protect).setId("passphrase-protect");
        d.getDialogPane().lookupButton(without).setId("passphrase-without");
        d.getDialogPane().lookupButton(protect).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            String p = check(one.getCharacters(), two.getCharacters());
            if (p != null) {
                problem.setText(p);
                ev.consume();
            }
        });
        d.setResultConverter(b -> {
            char[] typed = take(one);
            clear(take(two));
            if (b == protect) {
                return new Choice(typed);
            }
            clear(typed);
            return b == without ? new Choice(null) : null;
        });
        one.requestFocus();
        return d.showAndWait();
    }

    /** A problem with a new passphrase, or null when it will do (read as characters: no String copy is made). */
    static String check(CharSequence one, CharSequence two) {
        if (one.length() < 8) {
            return Messages.get("safety.passphrase.short");
        }
        if (CharSequence.compare(one, two) != 0) {
            return Messages.get("safety.passphrase.differ");
        }
        return null;
    }

    /** Asks for the passphrase of the records; a problem (a wrong passphrase) is shown above the field. */
    static Optional<char[]> ask(Window owner, String problem) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("app.title"));
        d.setHeaderText(Messages.get("safety.ask.header"));
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        field.setPromptText(Messages.get("safety.passphrase"));
        Label wrong = new Label(problem == null ? "" : problem);
        wrong.setId("passphrase-problem");
        wrong.getStyleClass().add("danger");
        wrong.setWrapText(true);
        VBox box = new VBox(10, wrong, field);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        ButtonType open = new ButtonType(Messages.get("safety.ask.open"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(open).setId("passphrase-open");
        d.setResultConverter(b -> {
            char[] typed = take(field);
            return b == open ? typed : clearedNull(typed);
        });
        field.requestFocus();
        return d.showAndWait().filter(p -> p.length > 0 || clear(p));
    }

    private static boolean clear(char[] p) {
        Arrays.fill(p, '\0');
        return false;
    }

    private static char[] clearedNull(char[] p) {
        clear(p);
        return null;
    }

    /**
     * What was typed in a password field, as characters copied from its content (never through a String), then
     * overwritten there and cleared. JavaFX's undo history of the field keeps what it keeps: see the README.
     */
    static char[] take(PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] out = new char[typed.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = typed.charAt(i);
        }
        if (out.length > 0) {
            // same length, printable (a text field drops control characters): written over the typed ones in place
            field.replaceText(0, out.length, "*".repeat(out.length));
            field.clear();
        }
        return out;
    }
}
