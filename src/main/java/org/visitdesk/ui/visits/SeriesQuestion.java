package org.visitdesk.ui.visits;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;
import org.visitdesk.ui.Dialogs;

/**
 * The question asked before a visit of a series with visits after it is moved or cancelled: only this visit, this
 * and the following, or neither. Asked by the calendar (a drag, a cancel) and the visit dialog (a new time).
 */
public final class SeriesQuestion {

    private SeriesQuestion() {
    }

    /**
     * Asks and waits: false for only this visit (the default, so that Enter never changes more than the one in
     * hand), true for it and the visits after it too, empty for neither.
     *
     * @param header  the question: what happens to which visits
     * @param neither the words on the button that changes nothing
     */
    public static Optional<Boolean> following(Dialogs dialogs, String header, String neither) {
        Label text = Dialogs.wrapped(Messages.get("calendar.series.text"), 460);
        Dialog<Boolean> d = dialogs.frame(Messages.get("calendar.series.title"), header, new VBox(text));
        d.getDialogPane().setId("series-scope");
        ButtonType only = new ButtonType(Messages.get("calendar.series.onlyThis"), ButtonBar.ButtonData.OK_DONE);
        ButtonType following = new ButtonType(Messages.get("calendar.series.following"), ButtonBar.ButtonData.OTHER);
        ButtonType none = new ButtonType(neither, ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialogs.button(d, only, "series-only-this").setDefaultButton(true);
        Dialogs.button(d, following, "series-following");
        Dialogs.button(d, none, "series-neither");
        d.setResultConverter(b -> b == only ? Boolean.FALSE : b == following ? Boolean.TRUE : null);
        return d.showAndWait();
    }
}
