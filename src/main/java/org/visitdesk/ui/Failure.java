package org.visitdesk.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;

/** Shows a failure in plain words; the log gets the kind of error and where, never the data. */
public final class Failure {

    private Failure() {
    }

    /** Shows the problem in a dialog (on the UI thread). */
    public static void show(Throwable e) {
        ProblemException problem = ProblemException.behind(e);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.get("app.title"));
        if (problem != null) {
            alert.setHeaderText(Messages.get(problem.key()));
            alert.setContentText(Messages.get("failure.whatToDo"));
        } else {
            // exception messages can quote data (an A-number in a constraint message): log only type and place
            Diagnostics.logUnexpected(e);
            alert.setHeaderText(Messages.get("failure.unexpected"));
            alert.setContentText(Messages.get("failure.nothingLost"));
            ButtonType copy = new ButtonType(Messages.get("failure.copy"), ButtonBar.ButtonData.HELP);
            alert.getButtonTypes().add(copy);
            String details = Diagnostics.describe(e);
            alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, ev -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(details);
                Clipboard.getSystemClipboard().setContent(c);
                ev.consume();
            });
        }
        alert.show();
    }
}
