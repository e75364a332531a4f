package org.visitdesk.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.visitdesk.app.Messages;

/**
 * The small questions and notes of the window, in one place and one look: confirm, inform, ask for a reason.
 * Pages and dialogs ask through it instead of building alerts of their own.
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
     */
    public record Question(String title, String header, String text, String yes, String no, String yesId,
            boolean noIsDefault) {

        /** A question whose "no" is "Cancel" and whose default answer is "yes". */
        public static Question of(String header, String text, String yes) {
            return new Question(null, header, text, yes, null, null, false);
        }

        /** The same question with a window title. */
        public Question titled(String newTitle) {
            return new Question(newTitle, header, text, yes, no, yesId, noIsDefault);
        }

        /** The same question with other words for "no". */
        public Question orElse(String newNo) {
            return new Question(title, header, text, yes, newNo, yesId, noIsDefault);
        }

        /** The same question whose "yes" button has an id. */
        public Question yesId(String id) {
            return new Question(title, header, text, yes, no, id, noIsDefault);
        }

        /** The same question with "no" as the default answer. */
        public Question careful() {
            return new Question(title, header, text, yes, no, yesId, true);
        }
    }

    /** Asks and waits; true when the answer is "yes". */
    public boolean confirm(Question q) {
        Alert ask = alert(Alert.AlertType.CONFIRMATION, q.title(), q.header(), q.text());
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
        return a;
    }
}
