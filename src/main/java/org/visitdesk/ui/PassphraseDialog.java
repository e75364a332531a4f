package org.visitdesk.ui;

import java.util.Arrays;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.PassphraseSuggestion;

/**
 * Asking for a passphrase: on first run (with one made up to take, or one's own typed twice, or none), to open the
 * records, and to change it. What is typed is taken as characters ({@link #take}) and cleared once used; the frame of
 * each dialog is {@link Dialogs#frame}'s.
 */
final class PassphraseDialog {

    /** The answer to the first-run question: a passphrase, or an explicit "without". */
    record Choice(char[] passphrase) {
        boolean declined() {
            return passphrase == null;
        }
    }

    private PassphraseDialog() {
    }

    /** The width of the first-run dialog's text: wide enough for the suggestion, narrow enough to read. */
    static final double TEXT_WIDTH = 540;

    /**
     * First run: recommends a passphrase and offers one made of random words (to take, copy, draw again, or
     * replace by one's own); empty when the window was closed.
     */
    static Optional<Choice> firstRun(Window owner) {
        Label explain = wrapped(Messages.get("safety.first.text"));
        PassphraseSuggestion words = PassphraseSuggestion.in(Messages.locale());
        ToggleGroup which = new ToggleGroup();
        RadioButton useSuggestion = new RadioButton(Messages.get("safety.suggest.use"));
        useSuggestion.setId("passphrase-use-suggestion");
        useSuggestion.setToggleGroup(which);
        useSuggestion.setSelected(true);
        TextField suggestion = new TextField(new String(words.next()));
        suggestion.setId("passphrase-suggestion");
        suggestion.setEditable(false);
        suggestion.getStyleClass().add("mono");
        HBox.setHgrow(suggestion, Priority.ALWAYS);
        Button another = new Button(Messages.get("safety.suggest.another"), new FontIcon("fth-refresh-cw"));
        another.setId("passphrase-another");
        Button copy = new Button(Messages.get("safety.suggest.copy"), new FontIcon("fth-copy"));
        copy.setId("passphrase-copy");
        another.setOnAction(e -> {
            suggestion.setText(new String(words.next()));
            copy.setText(Messages.get("safety.suggest.copy"));
        });
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(suggestion.getText());
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText(Messages.get("safety.suggest.copied"));
        });
        another.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Label strength = wrapped(Messages.get("safety.suggest.strength", Math.round(words.bits()),
                PassphraseSuggestion.WORDS, words.listSize()));
        strength.setId("passphrase-strength");
        strength.getStyleClass().add("hint");
        Label writeDown = wrapped(Messages.get("safety.suggest.writeDown"));
        CheckBox written = new CheckBox(Messages.get("safety.suggest.written"));
        written.setId("passphrase-written");
        VBox suggested = new VBox(8, new HBox(6, suggestion, another, copy), strength, writeDown, written);
        suggested.setPadding(new Insets(0, 0, 0, 26));
        suggested.disableProperty().bind(useSuggestion.selectedProperty().not());

        RadioButton useOwn = new RadioButton(Messages.get("safety.own"));
        useOwn.setId("passphrase-use-own");
        useOwn.setToggleGroup(which);
        PasswordField one = field("passphrase-new", "safety.passphrase");
        PasswordField two = field("passphrase-again", "safety.passphrase.again");
        VBox own = new VBox(8, one, two);
        own.setPadding(new Insets(0, 0, 0, 26));
        own.disableProperty().bind(useOwn.selectedProperty().not());
        Label problem = wrapped("");
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("danger");
        VBox box = new VBox(10, explain, useSuggestion, suggested, useOwn, own, problem);
        box.setPadding(new Insets(10));
        box.setPrefWidth(TEXT_WIDTH + 20);
        Dialog<Choice> d = new Dialogs(owner).frame(null, Messages.get("safety.first.header"), box);
        ButtonType protect = new ButtonType(Messages.get("safety.first.protect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType without = new ButtonType(Messages.get("safety.first.without"), ButtonBar.ButtonData.OTHER);
        Dialogs.button(d, protect, "passphrase-protect").addEventFilter(ActionEvent.ACTION, ev -> {
            String p = useSuggestion.isSelected()
                    ? written.isSelected() ? null : Messages.get("safety.suggest.notWritten")
                    : check(one.getCharacters(), two.getCharacters());
            if (p != null) {
                problem.setText(p);
                ev.consume();
            }
        });
        Dialogs.button(d, without, "passphrase-without");
        d.setResultConverter(b -> {
            char[] typed = take(one);
            clear(take(two));
            if (b == protect) {
                if (useSuggestion.isSelected()) {
                    clear(typed);
                    return new Choice(suggestion.getText().toCharArray());
                }
                return new Choice(typed);
            }
            clear(typed);
            return b == without ? new Choice(null) : null;
        });
        useSuggestion.requestFocus();
        return d.showAndWait();
    }

    /** A label that wraps at the dialog's text width and is never shortened to "…". */
    static Label wrapped(String text) {
        return Dialogs.wrapped(text, TEXT_WIDTH);
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
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        field.setPromptText(Messages.get("safety.passphrase"));
        Label wrong = wrapped(problem == null ? "" : problem);
        wrong.setId("passphrase-problem");
        wrong.getStyleClass().add("danger");
        VBox box = new VBox(10, wrong, field);
        box.setPadding(new Insets(10));
        Dialog<char[]> d = new Dialogs(owner).frame(null, Messages.get("safety.ask.header"), box);
        ButtonType open = new ButtonType(Messages.get("safety.ask.open"), ButtonBar.ButtonData.OK_DONE);
        Dialogs.button(d, open, "passphrase-open");
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        d.setResultConverter(b -> {
            char[] typed = take(field);
            return b == open ? typed : clearedNull(typed);
        });
        field.requestFocus();
        return d.showAndWait().filter(p -> p.length > 0 || clear(p));
    }

    /**
     * A new passphrase, typed twice, and the one in use when there is one; empty when cancelled. The answer is
     * {@code {old or null, new}}; what was typed is cleared from the fields, and from the arrays when cancelled.
     */
    static Optional<char[][]> change(Window owner, boolean hasOld) {
        PasswordField old = field("passphrase-old", "safety.passphrase.old");
        PasswordField one = field("passphrase-new", "safety.passphrase");
        PasswordField two = field("passphrase-again", "safety.passphrase.again");
        Label problem = wrapped(Messages.get("safety.first.text"));
        VBox box = new VBox(10, problem, one, two);
        if (hasOld) {
            box.getChildren().add(1, old);
        }
        box.setPadding(new Insets(10));
        Dialog<char[][]> d = new Dialogs(owner).frame(Messages.get("safety.title"),
                Messages.get(hasOld ? "safety.change" : "safety.protect"), box);
        ButtonType ok = new ButtonType(Messages.get("safety.change.ok"), ButtonBar.ButtonData.OK_DONE);
        Dialogs.button(d, ok, "passphrase-change").addEventFilter(ActionEvent.ACTION, ev -> {
            String p = check(one.getCharacters(), two.getCharacters());
            if (p != null) {
                problem.setText(p);
                ev.consume();
            }
        });
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        d.setResultConverter(b -> {
            char[] before = take(old);
            char[] chosen = take(one);
            clear(take(two));
            if (b == ok) {
                return new char[][] {hasOld ? before : null, chosen};
            }
            clear(before);
            clear(chosen);
            return null;
        });
        return d.showAndWait();
    }

    /** A passphrase field with its id and the words it shows while empty. */
    private static PasswordField field(String id, String promptKey) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPromptText(Messages.get(promptKey));
        return f;
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
