package org.visitdesk.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;

/**
 * The small questions and notes of the window, in one place and one look: confirm, inform, warn, tell an error, ask
 * for a reason, and the frame of a small dialog of its own (the passphrase questions). Pages and dialogs ask through
 * it instead of building alerts of their own; every one shows its words whole.
 */
public final class Dialogs {

    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    /**
     * A yes-or-no question. The two answers are named for what they do ("Delete", "Keep the visit"); a careful
     * question makes "no" the default, so that Enter never deletes. Build one with {@link #of} and the small
     * steps that follow it ({@link #careful}, {@link #titled}...).
     *
     * @param title   the window title; null for none
     * @param header  the question, in a sentence
     * @param text    what follows from each answer
     * @param yes     the words on the button that goes ahead
     * @param no      the words on the button that changes nothing; null for "Cancel"
     * @param yesId   the node id of the button that goes ahead (for keyboard users' tools and tests); null for none
     * @param noIsDefault true when "no" should be the default answer
     * @param warns       true when "yes" may cost something (shown with a warning sign)
     */
    public record Question(String title, String header, String text, String yes, String no, String yesId,
            boolean noIsDefault, boolean warns) {

        /** A question whose "no" is "Cancel" and whose default answer is "yes". */
        public static Question of(String header, String text, String yes) {
            return new Question(null, header, text, yes, null, null, false, false);
        }

        /** The same question with a window title. */
        public Question titled(String newTitle) {
            return new Question(newTitle, header, text, yes, no, yesId, noIsDefault, warns);
        }

        /** The same question with other words for "no". */
        public Question orElse(String newNo) {
            return new Question(title, header, text, yes, newNo, yesId, noIsDefault, warns);
        }

        /** The same question whose "yes" button has an id. */
        public Question yesId(String id) {
            return new Question(title, header, text, yes, no, id, noIsDefault, warns);
        }

        /** The same question with "no" as the default answer. */
        public Question careful() {
            return new Question(title, header, text, yes, no, yesId, true, warns);
        }

        /** The same question with a warning sign: going ahead changes something the coordinator must know. */
        public Question warning() {
            return new Question(title, header, text, yes, no, yesId, noIsDefault, true);
        }
    }

    /** Asks and waits; true when the answer is "yes". */
    public boolean confirm(Question q) {
        Alert ask = alert(q.warns() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, q.title(),
                q.header(), q.text());
        ButtonType yes = new ButtonType(q.yes(), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = q.no() == null ? ButtonType.CANCEL
                : new ButtonType(q.no(), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(yes, no);
        Button yesButton = (Button) ask.getDialogPane().lookupButton(yes);
        if (q.yesId() != null) {
            yesButton.setId(q.yesId());
        }
        if (q.noIsDefault()) {
            yesButton.setDefaultButton(false);
            ((Button) ask.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** "Changed by someone else": who and when, and reload or overwrite; waits (empty when closed). */
    public Optional<ChangedMeanwhile.Choice> changedMeanwhile(OtherChange change, ChangedMeanwhile.Kind kind) {
        return ChangedMeanwhile.ask(owner, change, kind);
    }

    /** A note that needs no answer; shown without waiting. */
    public void inform(String title, String header, String text) {
        alert(Alert.AlertType.INFORMATION, title, header, text).show();
    }

    /** A warning that needs no answer: it was done, but mind this. Shown without waiting. */
    public void warn(String title, String header, String text) {
        alert(Alert.AlertType.WARNING, title, header, text).show();
    }

    /** Something could not be done, and why. Shown without waiting. */
    public void error(String header, String text) {
        alert(Alert.AlertType.ERROR, null, header, text).show();
    }

    /** Something could not be done, and why; waits until it was read (before the window closes, say). */
    public void errorAndWait(String header, String text) {
        alert(Alert.AlertType.ERROR, null, header, text).showAndWait();
    }

    /**
     * The frame of a small dialog of its own (a form with buttons the caller adds): over the window, titled, with
     * its header, sized to show its content whole.
     *
     * @param title the window title; null for the app's name
     */
    public <R> Dialog<R> frame(String title, String header, Node content) {
        Dialog<R> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title == null ? Messages.get("app.title") : title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        fitToContent(d);
        return d;
    }

    /** Adds a button to a dialog and gives it a node id (for keyboard users' tools and tests). */
    public static Button button(Dialog<?> d, ButtonType type, String id) {
        if (!d.getDialogPane().getButtonTypes().contains(type)) {
            d.getDialogPane().getButtonTypes().add(type);
        }
        Button b = (Button) d.getDialogPane().lookupButton(type);
        b.setId(id);
        return b;
    }

    /**
     * What was typed in a password field, as characters (never through a String), the field then cleared; the
     * caller clears the characters once used.
     */
    public static char[] typed(javafx.scene.control.PasswordField field) {
        return PassphraseDialog.take(field);
    }

    /**
     * A copy of what is typed in a password field, as characters (never through a String), leaving the field as it
     * is (a try before the real use); the caller clears the characters once used.
     */
    public static char[] typedKeeping(javafx.scene.control.PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] out = new char[typed.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = typed.charAt(i);
        }
        return out;
    }

    /** A label that wraps at a width (a dialog's text column) and is never shortened to "…". */
    public static Label wrapped(String text, double width) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(width);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * Sizes a dialog to its content once it shows. Some window managers (openbox) drop the size a dialog asks for
     * before it is mapped, and it opens at its minimum, cutting its wrapped text to one line: so the size is asked
     * for again once the dialog is up.
     */
    public static void fitToContent(Dialog<?> d) {
        d.setOnShown(e -> Platform.runLater(() -> refit(d)));
    }

    /** Sizes a dialog that shows to its content again, after its words changed (an answer read in the background). */
    public static void refit(Dialog<?> d) {
        if (d.isShowing() && d.getDialogPane().getScene() != null) {
            Window w = d.getDialogPane().getScene().getWindow();
            w.sizeToScene();
            growToContent(w);
            keepOnScreen(w);
        }
    }

    /**
     * Makes a window at least as large as its content asks. {@code sizeToScene} alone is not enough: a dialog
     * opened while its owner was busy (Find a time from the Unvisited list) stayed at half its height under
     * openbox, and its lists were squeezed to nothing under the rows around them.
     */
    private static void growToContent(Window w) {
        Scene scene = w.getScene();
        double frameWidth = Math.max(0, w.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, w.getHeight() - scene.getHeight());
        double width = scene.getRoot().prefWidth(-1);
        double height = scene.getRoot().prefHeight(width);
        if (w.getWidth() < width + frameWidth) {
            w.setWidth(width + frameWidth);
        }
        if (w.getHeight() < height + frameHeight) {
            w.setHeight(height + frameHeight);
        }
    }

    /**
     * Keeps a window that was sized to its content inside the screen it is on and inside the window that owns it
     * (a dialog taller than a 700-pixel screen hides its buttons); its lists and fields then give up the room.
     */
    public static void keepOnScreen(Window w) {
        Rectangle2D room = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double maxWidth = room.getWidth();
        double maxHeight = room.getHeight();
        if (w instanceof Stage s && s.getOwner() != null && s.getOwner().getHeight() > 0) {
            maxWidth = Math.min(maxWidth, Math.max(s.getOwner().getWidth(), 480));
            maxHeight = Math.min(maxHeight, Math.max(s.getOwner().getHeight(), 400));
        }
        if (w.getWidth() > maxWidth) {
            w.setWidth(maxWidth);
        }
        if (w.getHeight() > maxHeight) {
            w.setHeight(maxHeight);
        }
        w.setX(Math.max(room.getMinX(), Math.min(w.getX(), room.getMaxX() - w.getWidth())));
        w.setY(Math.max(room.getMinY(), Math.min(w.getY(), room.getMaxY() - w.getHeight())));
    }

    /**
     * "Go ahead anyway?": the reasons against, then a field for the reason to go ahead, which the "yes" button
     * needs. Waits; the reason typed, or empty when the answer is "no" (the default).
     *
     * @param ids the node ids of the reasons against, the reason field, and the "yes" and "no" buttons
     */
    public Optional<String> askReason(Question q, String reasonLabel, String reasonPrompt, ReasonIds ids) {
        Alert ask = alert(Alert.AlertType.WARNING, q.title(), q.header(), null);
        Label why = new Label(q.text());
        why.setId(ids.text());
        why.setWrapText(true);
        TextField reason = new TextField();
        reason.setId(ids.reason());
        reason.setPromptText(reasonPrompt);
        VBox content = new VBox(10, why, new Label(reasonLabel), reason);
        content.setPrefWidth(480);
        ask.getDialogPane().setContent(content);
        ButtonType no = new ButtonType(q.no(), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType yes = new ButtonType(q.yes(), ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(no, yes);
        Button yesButton = (Button) ask.getDialogPane().lookupButton(yes);
        yesButton.setId(ids.yes());
        yesButton.disableProperty().bind(reason.textProperty().isEmpty());
        yesButton.setDefaultButton(false);
        Button noButton = (Button) ask.getDialogPane().lookupButton(no);
        noButton.setId(ids.no());
        noButton.setDefaultButton(true);
        Optional<ButtonType> chosen = ask.showAndWait();
        if (chosen.isPresent() && chosen.get() == yes && !reason.getText().isBlank()) {
            return Optional.of(reason.getText().strip());
        }
        return Optional.empty();
    }

    /** The node ids of a question that asks for a reason. */
    public record ReasonIds(String text, String reason, String yes, String no) {
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text) {
        Alert a = new Alert(type);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title == null ? Messages.get("app.title") : title);
        a.setHeaderText(header);
        a.setContentText(text);
        // a long sentence grows the alert instead of being cut
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return a;
    }
}
